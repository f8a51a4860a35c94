// The registry of directives: for each document number, the real documents it names (a number
// reused in another term names two) with what is known of each, and every document citing it.
// The indexer keeps it in the index's metadata (one entry per number, see indexer/registry.h);
// `vankien-query --cite` and the service read it.
#ifndef VANKIEN_SCHEMA_REGISTRY_RECORD_H_
#define VANKIEN_SCHEMA_REGISTRY_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/document_record.h"

namespace vankien::schema {

// How a citation without its own issue date was tied to a record.
enum class Attachment {
  kDate,       // the citation gives a date within a month of the record's
  kOnly,       // there is one record of the number
  kBefore,     // the only record issued before the citing document
  kAmbiguous,  // several records fit; tied to the most recent one issued before the citing document
};

struct Citation {
  std::string document;       // id of the citing document
  std::string title;
  std::string document_date;  // "YYYY-MM-DD" or ""
  std::string date;           // the issue date the citation gives, or ""
  std::string issuer;         // the issuer phrase it gives, or ""
  std::string subject;        // the subject phrase it gives, or ""
  Attachment attachment = Attachment::kOnly;
  // What the citing document is, for telling guidance, plans and reports apart: its kind
  // ("document" or "article"), its own number (canonical, or "") and type code, and the level
  // of the body that issued it (analysis/party_level.h: "tw", "tinh", "huyen", "co_so", or "").
  std::string kind;
  std::string citing_number;
  std::string citing_type;
  std::string level;
  // The strongest relation the citing document states to the number (schema::Mention::relation;
  // RelationStrength orders them), with the sentence that states it: its text, at most
  // kMaxEvidenceBytes (cut at a word, "…" appended), and its byte offsets in the citing
  // document's part `evidence_part`. Empty and 0 for a plain citation.
  std::string relation;
  std::string evidence;
  Part evidence_part = Part::kText;
  uint32_t evidence_begin = 0;
  uint32_t evidence_end = 0;
  // "" when the number is written in the citing document; "short" or "plenum" when only a name
  // that was resolved to it is, with how surely (schema::Mention::confidence).
  std::string named_by;
  double confidence = 1;
  friend bool operator==(const Citation&, const Citation&) = default;
};

// An evidence sentence is shown beside each citation: long enough to read, short enough that a
// number cited by thousands keeps a small registry entry.
inline constexpr std::size_t kMaxEvidenceBytes = 400;

// How strongly a relation binds the citing document to the number, for keeping one relation
// when a document cites a number several times: replaces, repeals, amends (5) > guides (4) >
// reviews (3) > implements (2) > based_on (1) > a plain mention "" (0). Unknown names count as 0.
int RelationStrength(std::string_view relation);

struct DirectiveRecord {
  std::string number;     // canonical: "01-NQ/ĐUK"
  bool party = true;
  std::string type;       // code
  std::string type_name;  // "Nghị quyết"; for QĐ, Quyết định or Quy định as the texts call it
  std::string body;       // code
  std::string body_name;
  std::string date;       // issue date "YYYY-MM-DD", or "" when no source gives it
  std::string term;       // khóa, from the document itself
  std::string issuer;     // from the document itself, else the issuer phrase cited most
  std::string subject;    // from the document itself, else the subject phrase cited most
  std::vector<std::string> documents;  // ids of indexed documents that are this directive
  std::vector<Citation> citations;     // newest first
  friend bool operator==(const DirectiveRecord&, const DirectiveRecord&) = default;
};

std::string AttachmentName(Attachment attachment);

// Serialises the records of one number (JSON).
std::string SerializeRegistryEntry(const std::vector<DirectiveRecord>& records);

// Parses what SerializeRegistryEntry wrote. Throws std::runtime_error on malformed data.
std::vector<DirectiveRecord> ParseRegistryEntry(std::string_view data);

// The metadata key of a number's entry.
std::string RegistryKey(std::string_view number);

// The stored entry of `number` (canonical), or an empty list.
std::vector<DirectiveRecord> ReadRegistryEntry(const Xapian::Database& db, std::string_view number);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_REGISTRY_RECORD_H_
