// A document as vankien stores it: what the readers extract from a file, what the indexer adds
// (topics, identifier mentions), and what the query side shows. It is kept, serialised as JSON,
// in the Xapian document's data, so the index alone can display and highlight every result.
#ifndef VANKIEN_SCHEMA_DOCUMENT_RECORD_H_
#define VANKIEN_SCHEMA_DOCUMENT_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::schema {

// Which part of a document a byte offset refers to.
enum class Part : unsigned char { kTitle, kSubject, kText };

struct TopicScore {
  std::string code;
  double score = 0;
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
  std::string path;        // the file it was read from, relative to the indexed root
  std::string text;        // paragraphs separated by blank lines ("\n\n")
  std::vector<TopicScore> topics;
  std::vector<Mention> mentions;
  uint64_t invalid_utf8 = 0;  // ill-formed UTF-8 sequences replaced by U+FFFD when reading

  // The text of a part.
  const std::string& PartText(Part part) const;

  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

// Serialises a record: its fields as one line of JSON, then a line break, then the text, so
// that a result list can read the fields without reading the text. All strings must be valid
// UTF-8 (the readers ensure it).
std::string SerializeRecord(const DocumentRecord& record);

// Parses what SerializeRecord wrote; without_text skips the text (record.text stays empty).
// Throws std::runtime_error on malformed data.
DocumentRecord ParseRecord(std::string_view data, bool with_text = true);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_DOCUMENT_RECORD_H_
