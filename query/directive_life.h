// What the index knows of a directive's life, read from its registry record
// (schema/registry_record.h): whether a later indexed document replaced, repealed or amended it
// (its validity, as far as the index knows), and the timeline of the documents that followed
// it — guidance, implementation plans level by level, reviews, amendments, the end.
//
// Only what an indexed text states counts: a status other than "cited" needs a citation whose
// relation the citing document's own sentence (its evidence) gives. Where no relation is stated
// the timeline still places a citing document by its type (a Hướng dẫn guides, a Kế hoạch or
// Chương trình implements, a Báo cáo reviews), saying so (basis "document_type"); validity never
// rests on that.
#ifndef VANKIEN_QUERY_DIRECTIVE_LIFE_H_
#define VANKIEN_QUERY_DIRECTIVE_LIFE_H_

#include <string>
#include <vector>

#include "schema/registry_record.h"

namespace vankien::query {

struct Validity {
  // "replaced", "repealed" or "amended" when an indexed document issued on or after the record
  // says it replaces, repeals or amends it (replaced before repealed before amended); else
  // "cited" when anything cites it, else "uncited".
  std::string status;
  std::vector<schema::Citation> by;  // the citations giving the status (not for "cited"), newest first
  std::string last_cited;            // the newest citing document's date "YYYY-MM-DD", or ""
};

// The validity of `record` as its citations give it.
Validity ValidityOf(const schema::DirectiveRecord& record);

// Vietnamese, one line: "đã được thay thế bởi 47-QĐ/TW (ngày 01-02-2022)", "đã bị bãi bỏ bởi …",
// "được sửa đổi, bổ sung bởi …", "còn được trích dẫn đến 2024", "chưa có văn bản nào trích dẫn".
// A citing document without a number is named by its title.
std::string ValidityLine(const Validity& validity);

struct LifeEvent {
  // "issued", "guidance", "implementation", "review", "amendment", "replacement", "repeal",
  // "based_on", "citation" (a document citing it with no stated relation nor telling type),
  // "report" (an article citing it with no stated relation).
  std::string stage;
  // "relation" (stated by the citing text), "document_type" (read from the citing document's
  // type), "" (issued, citation, report).
  std::string basis;
  std::string level;     // the citing document's level (analysis/party_level.h), or ""
  std::string date;      // "YYYY-MM-DD" or ""
  std::string document;  // the citing document's id; for "issued", the record's first document or ""
  int citation = -1;     // index in record.citations; -1 for "issued"
};

// The timeline of `record`: its issue, then one event per citation, oldest first (undated last;
// on one day, by level from the Centre down).
std::vector<LifeEvent> LifeOf(const schema::DirectiveRecord& record);

// Vietnamese names of a stage ("Hướng dẫn thực hiện") and of a level name ("Tỉnh, thành"); "" for
// unknown names.
std::string StageLabel(const std::string& stage);
std::string LevelLabel(const std::string& level);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_DIRECTIVE_LIFE_H_
