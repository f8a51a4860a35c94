#include "query/document_citation.h"

#include "analysis/identifier_codes.h"
#include "analysis/token_filters.h"

namespace vankien::query {
namespace {

// The subject of a document as a citation gives it after "về": its trích yếu, else its title
// without the type name the citation already wrote ("Hướng dẫn về quản lý …" → "quản lý …").
std::string CitedSubject(const schema::DocumentRecord& r, const std::string& type_name) {
  std::string subject = r.title.empty() ? r.subject : r.title;
  if (!type_name.empty() && subject.size() > type_name.size() &&
      analysis::FoldedForm(subject.substr(0, type_name.size())) == analysis::FoldedForm(type_name)) {
    subject.erase(0, type_name.size());
    const std::size_t start = subject.find_first_not_of(' ');
    subject.erase(0, start == std::string::npos ? subject.size() : start);
    constexpr std::string_view kAbout = "về ";
    if (subject.starts_with(kAbout)) subject.erase(0, kAbout.size());
  }
  return subject;
}

}  // namespace

std::string DocumentTypeName(const schema::DocumentRecord& r) {
  // Only the Party has a Quy định numbered QĐ; a State decision's title often starts with the
  // verb ("Quy định mức thu học phí"). Its own number says which system it is in, else its body.
  const schema::Mention* own = nullptr;
  for (const schema::Mention& m : r.mentions) {
    if (m.own && m.canonical == r.identifier) own = &m;
  }
  const analysis::Code* body = analysis::FindIssuingBody(r.body);
  const bool party =
      own != nullptr ? own->party : body != nullptr && body->system == analysis::CodeSystem::kParty;
  if (r.type == "QĐ" && party) {
    if (own != nullptr && !own->type_word.empty()) return own->type_word;
    const std::string kQuyDinh = "Quy định";
    if (analysis::FoldedWords(r.title).starts_with("quy dinh ")) return kQuyDinh;
  }
  return analysis::TypeName(r.type, r.body);
}

std::string CitedIssuer(const schema::DocumentRecord& r) {
  if (!r.issuer.empty()) return r.issuer;
  std::string body_name = analysis::BodyName(r.body);
  return body_name.find(',') == std::string::npos ? body_name : "";
}

std::string CitationDate(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  auto without_zero = [](const std::string& two) { return two[0] == '0' ? two.substr(1) : two; };
  return without_zero(iso.substr(8, 2)) + "/" + without_zero(iso.substr(5, 2)) + "/" + iso.substr(0, 4);
}

std::string VietnameseCitation(const schema::DocumentRecord& r) {
  if (r.kind == "article") {
    std::string citation = "“" + r.title + "”";
    if (!r.source.empty()) citation += ", " + r.source;
    if (!r.date.empty()) citation += ", ngày " + CitationDate(r.date);
    return citation + ".";
  }
  const std::string type_name = DocumentTypeName(r);
  const std::string number = r.identifier.empty() ? r.number : r.identifier;
  std::string citation = type_name;
  if (!number.empty()) citation += (citation.empty() ? "Số " : " số ") + number;
  if (!r.date.empty()) citation += (citation.empty() ? "Ngày " : " ngày ") + CitationDate(r.date);
  const std::string issuer = CitedIssuer(r);
  if (!issuer.empty()) citation += (citation.empty() ? "Của " : " của ") + issuer;
  if (citation.empty()) return r.title;
  if (const std::string subject = CitedSubject(r, type_name); !subject.empty()) citation += " về " + subject;
  return citation;
}

}  // namespace vankien::query
