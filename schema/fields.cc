#include "schema/fields.h"

#include <array>
#include <cstdint>
#include <stdexcept>

namespace vankien::schema {
namespace {

constexpr std::array kFields = {
    Field{field::kFolded, "", FieldKind::kFreeText, "",
          "every word of title, subject and text, without diacritics (đ → d), case-folded"},
    Field{field::kExact, "E", FieldKind::kFreeText, "",
          "every word that has diacritics, as written (NFC, case-folded, tone placement "
          "canonical); ranks exact matches above folded ones"},
    Field{field::kPair, "W", FieldKind::kFreeText, "",
          "every two consecutive words within a sentence, folded, joined by a space; ranks "
          "words in query order and answers quoted phrases"},
    Field{field::kDocId, "Q", FieldKind::kBoolean, "docid",
          "the stable document id (XML id, or the path of a .txt file below its root)"},
    Field{field::kKind, "K", FieldKind::kBoolean, "kind", "document or article"},
    Field{field::kType, "T", FieldKind::kBoolean, "type loai",
          "document type code (NQ, CT, QĐi, …)"},
    Field{field::kBody, "O", FieldKind::kBoolean, "body coquan", "issuing body code (TW, ĐUK, …)"},
    Field{field::kOrgan, "A", FieldKind::kBoolean, "",
          "each organ sharing a body code that the issuer names, folded (bo chinh tri), or ? "
          "when a document of a body names no issuer: for body: filters naming an organ"},
    Field{field::kYear, "Y", FieldKind::kBoolean, "year nam", "year of the issue or publication date"},
    Field{field::kTerm, "R", FieldKind::kBoolean, "term khoa", "term (khóa) of the issuing body"},
    Field{field::kTopic, "P", FieldKind::kBoolean, "topic chude", "topic code from the taxonomy"},
    Field{field::kIdentifier, "I", FieldKind::kBoolean, "id so",
          "the document's own number, canonical (05-CT/TW)"},
    Field{field::kCites, "C", FieldKind::kBoolean, "cites trichdan",
          "the canonical number of every document it cites"},
    Field{field::kSigner, "S", FieldKind::kBoolean, "signer nguoiky",
          "the name of who signed the document, its words folded one space apart "
          "(nguyen van an), from the signature of the official layout"},
    Field{field::kReplaces, "Lreplaces:", FieldKind::kBoolean, "replaces thaythe",
          "every number a sentence says is replaced: by the document itself or by a number it "
          "names (\"Quy định này thay thế …\", \"Nghị định 20 thay thế Nghị định 24\")"},
    Field{field::kRepeals, "Lrepeals:", FieldKind::kBoolean, "repeals baibo",
          "every number a sentence says is repealed (bãi bỏ, hủy bỏ, hết hiệu lực)"},
    Field{field::kAmends, "Lamends:", FieldKind::kBoolean, "amends suadoi",
          "every number a sentence says is amended (sửa đổi, bổ sung)"},
    Field{field::kGuides, "Lguides:", FieldKind::kBoolean, "guides huongdan",
          "every number a sentence says is guided (hướng dẫn thực hiện, quy định chi tiết)"},
    Field{field::kImplements, "Limplements:", FieldKind::kBoolean, "implements thuchien",
          "every number a sentence says is implemented (thực hiện, triển khai, cụ thể hóa)"},
    Field{field::kReviews, "Lreviews:", FieldKind::kBoolean, "reviews soket tongket",
          "every number a sentence says is reviewed (sơ kết, tổng kết N năm thực hiện)"},
    Field{field::kBasedOn, "Lbased_on:", FieldKind::kBoolean, "based_on cancu",
          "every number the document gives as its ground (căn cứ)"},
    Field{field::kFile, "F", FieldKind::kBoolean, "",
          "the source file the document was read from (for incremental indexing)"},
};

constexpr std::size_t kMaxTermBytes = 245;

// FNV-1a: stable across builds and platforms, which std::hash is not, and terms outlive builds.
uint64_t StableHash(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace

std::span<const Field> Fields() { return kFields; }

bool IsRelationField(std::string_view name) {
  for (std::string_view relation : {field::kReplaces, field::kRepeals, field::kAmends, field::kGuides,
                                    field::kImplements, field::kReviews, field::kBasedOn}) {
    if (name == relation) return true;
  }
  return false;
}

const Field& GetField(std::string_view name) {
  for (const Field& f : kFields) {
    if (f.name == name) return f;
  }
  throw std::logic_error("unknown schema field: " + std::string(name));
}

const Field* FieldForQueryName(std::string_view query_name) {
  for (const Field& f : kFields) {
    std::string_view names = f.query_names;
    while (!names.empty()) {
      std::size_t space = names.find(' ');
      if (names.substr(0, space) == query_name) return &f;
      if (space == std::string_view::npos) break;
      names.remove_prefix(space + 1);
    }
  }
  return nullptr;
}

std::string Term(std::string_view name, std::string_view value) {
  std::string term(GetField(name).prefix);
  term += value;
  return term;
}

std::string BoundedTerm(std::string_view name, std::string_view value) {
  std::string term = Term(name, value);
  if (term.size() <= kMaxTermBytes) return term;
  std::string hash = std::to_string(StableHash(value));
  term.resize(kMaxTermBytes - hash.size() - 1);
  // Do not cut a UTF-8 sequence in half.
  while (!term.empty() && (static_cast<unsigned char>(term.back()) & 0xC0) == 0x80) term.pop_back();
  if (!term.empty() && static_cast<unsigned char>(term.back()) >= 0xC0) term.pop_back();
  return term + "#" + hash;
}

}  // namespace vankien::schema
