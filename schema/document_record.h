// A document as vankien stores it: what the readers extract from a file, what the indexer adds
// (topics, identifier mentions), and what the query side shows. The index keeps it whole, so
// the index alone can display and highlight every result: the fields as JSON in a value slot,
// which Xapian stores uncompressed and reads quickly for every hit, and the text as the
// document's data, compressed (schema/stored_text.h), which only snippets and the document view
// read.
#ifndef VANKIEN_SCHEMA_DOCUMENT_RECORD_H_
#define VANKIEN_SCHEMA_DOCUMENT_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace vankien::schema {

// Which part of a document a byte offset refers to.
enum class Part : unsigned char { kTitle, kSubject, kText };

// A part's name in stored and printed JSON: "title", "subject", "text".
const char* PartName(Part part);

// The part named `name`; kText for any name but "title" and "subject".
Part PartFromName(std::string_view name);

struct TopicScore {
  std::string code;
  double score = 0;
  // The phrases that gave most of the score, strongest first (a few: TopicTuning::evidence), so
  // a reader can judge why the document has the topic.
  std::vector<std::string> evidence;
  friend bool operator==(const TopicScore&, const TopicScore&) = default;
};

// One identifier the document mentions (see analysis/identifier_extractor.h).
struct Mention {
  std::string canonical;   // "05-CT/TW"
  bool party = true;       // Party numbering system (else State)
  std::string type;        // type code
  std::string body;        // body code
  std::string type_word;   // "Quy định" when written before the number
  std::string date;        // "YYYY-MM-DD" issue date given by the citation, or ""
  std::string issuer;      // "Bộ Chính trị"
  std::string subject;     // "Nâng cao chất lượng …"
  Part part = Part::kText;
  uint32_t begin = 0;      // byte offsets of the identifier in that part
  uint32_t end = 0;
  bool own = false;        // the document's own number, not a citation
  // How the citing document relates to the number, read from the sentence around the citation
  // (analysis/citation_relation.h): "" for a plain mention, else one of "replaces", "repeals",
  // "amends", "guides", "implements", "reviews", "based_on".
  std::string relation;
  // The sentence that gives the relation (byte offsets in the same part), shown as its evidence;
  // both 0 when relation is "".
  uint32_t evidence_begin = 0;
  uint32_t evidence_end = 0;
  // Where the relation comes from: "" when from this document itself ("Quy định này thay thế
  // …", a "Căn cứ" line), else the canonical number the sentence names as its subject ("Kế
  // hoạch số 12-KH/TU thực hiện Chỉ thị 05-CT/TW": 12-KH/TU implements 05-CT/TW).
  std::string by;
  // "" when the number is written; "short" ("Chỉ thị 05") or "plenum" ("Nghị quyết Trung ương 4
  // khóa XII") when a name was resolved to it — begin/end then cover the name as written.
  std::string named_by;
  double confidence = 1;   // how sure the resolution of a name is, in (0, 1]; 1 for a number
  friend bool operator==(const Mention&, const Mention&) = default;
};

struct DocumentRecord {
  std::string id;          // stable id: XML @id, or the .txt path below its root
  std::string kind;        // "document" or "article"
  std::string type;        // type code ("NQ"), or ""
  std::string number;      // own number as printed ("01-NQ/ĐUK"), or ""
  std::string identifier;  // own number, canonical ("01-NQ/ĐUK"), or ""
  std::string body;        // issuing body code ("ĐUK"), or ""
  std::string issuer;      // issuing body as printed, or ""
  std::string date;        // "YYYY-MM-DD", or ""
  std::string term;        // khóa: "XII", "2015-2020", or ""
  std::string place;
  std::string title;
  std::string subject;     // trích yếu, or an article's lead
  std::string source;
  std::string signer;        // who signed the document ("Nguyễn Văn A"), or ""
  std::string signer_title;  // the capacity signed in ("T/M Ban Thường vụ — Bí thư"), or ""
  std::string path;        // the file it was read from, relative to the indexed root
  std::string text;        // paragraphs separated by blank lines ("\n\n")
  std::vector<TopicScore> topics;
  std::vector<Mention> mentions;
  uint64_t invalid_utf8 = 0;  // ill-formed UTF-8 sequences replaced by U+FFFD when reading

  // The text of a part.
  const std::string& PartText(Part part) const;

  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

// Stores a record in a Xapian document: the fields in slot::kRecord, the text as the data. All
// strings must be valid UTF-8 (the readers ensure it).
void StoreRecord(const DocumentRecord& record, Xapian::Document* document);

// Reads a record back from a stored document; without the text, the data is not read at all.
// Throws std::runtime_error when the stored fields or the stored text are malformed.
DocumentRecord LoadRecord(const Xapian::Document& document, bool with_text = true);

// The record's fields (all but the text) as JSON, and back. ParseFields throws
// std::runtime_error on malformed JSON.
std::string SerializeFields(const DocumentRecord& record);
DocumentRecord ParseFields(std::string_view json);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_DOCUMENT_RECORD_H_
