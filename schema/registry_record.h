// The registry of directives: for each document number, the real documents it names (a number
// reused in another term names two) with what is known of each, and every document citing it.
// The indexer keeps it in the index's metadata (one entry per number, see indexer/registry.h);
// `vankien-query --cite` and the service read it.
#ifndef VANKIEN_SCHEMA_REGISTRY_RECORD_H_
#define VANKIEN_SCHEMA_REGISTRY_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

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
  friend bool operator==(const Citation&, const Citation&) = default;
};

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
