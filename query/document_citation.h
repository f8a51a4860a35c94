// The standard Vietnamese citation of a document, as official texts refer to one another: type,
// "số" and number, "ngày" and issue date, "của" and issuer, "về" and subject (the parts of a
// reference named by Nghị định 30/2020/NĐ-CP on official documents):
//   Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo …
// and, for a news article, its title in quotes, the source and the date:
//   “Chi bộ thôn Đông Say …”, Báo Lâm Giang, ngày 12/3/2021.
#ifndef VANKIEN_QUERY_DOCUMENT_CITATION_H_
#define VANKIEN_QUERY_DOCUMENT_CITATION_H_

#include <string>

#include "schema/document_record.h"

namespace vankien::query {

// Who issued `record` as a citation names it: its issuer as printed, else the name of its body
// code when that names one body ("Ban Tổ chức Trung ương"; not "Tỉnh ủy, Thành ủy"), else "".
std::string CitedIssuer(const schema::DocumentRecord& record);

// The name of record's type ("Chỉ thị"), "" when it has none. A Party body's QĐ is a Quyết định
// or, in older documents, a Quy định ("Quy định số 47-QĐ/TW"): the word written before its own
// number, else its title, which an official document begins with its type's name ("Quy định
// về …"), tells which. A State body's QĐ is a Quyết định.
std::string DocumentTypeName(const schema::DocumentRecord& record);

// A date "YYYY-MM-DD" as a citation writes it, without leading zeros: "15/5/2016". Returns
// `iso` unchanged when it is not such a date.
std::string CitationDate(const std::string& iso);

// The citation of `record`, built from its fields only (never its text); the parts a record lacks
// are left out, so a record with nothing but a title is cited by its title. One line, no final
// period for a document (it is read inside a sentence), one for an article.
std::string VietnameseCitation(const schema::DocumentRecord& record);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_DOCUMENT_CITATION_H_
