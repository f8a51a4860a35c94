#include "query/document_citation.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

// Sample records, invented for the test.
schema::DocumentRecord Directive() {
  schema::DocumentRecord r;
  r.id = "tu-ct-12-2019";
  r.kind = "document";
  r.type = "CT";
  r.body = "TU";
  r.identifier = "12-CT/TU";
  r.issuer = "Ban Thường vụ Tỉnh ủy Lam Giang";
  r.date = "2019-05-07";
  r.title = "Chỉ thị về tăng cường công tác dân vận";
  return r;
}

TEST_CASE("a document is cited by type, number, date, issuer and subject") {
  CHECK(VietnameseCitation(Directive()) ==
        "Chỉ thị số 12-CT/TU ngày 7/5/2019 của Ban Thường vụ Tỉnh ủy Lam Giang về tăng cường công tác dân vận");
}

TEST_CASE("a QĐ is cited as a Quy định where its title or its own number's type word says so") {
  schema::DocumentRecord r = Directive();
  r.type = "QĐ";
  r.body = "TW";
  r.identifier = "47-QĐ/TW";
  r.issuer = "Ban Chấp hành Trung ương";
  r.date = "2011-11-01";
  r.title = "Quy định về những điều đảng viên không được làm";
  CHECK(DocumentTypeName(r) == "Quy định");
  CHECK(VietnameseCitation(r) == "Quy định số 47-QĐ/TW ngày 1/11/2011 của Ban Chấp hành Trung ương về những "
                                 "điều đảng viên không được làm");
  r.title = "QUY ĐỊNH về những điều đảng viên không được làm";
  CHECK(DocumentTypeName(r) == "Quy định");
  r.title = "Quyết định về việc thành lập Ban Chỉ đạo";
  CHECK(DocumentTypeName(r) == "Quyết định");
  r.title = "Về việc thành lập Ban Chỉ đạo";
  CHECK(DocumentTypeName(r) == "Quyết định");
  schema::Mention own;
  own.canonical = "47-QĐ/TW";
  own.own = true;
  own.type_word = "Quy định";
  r.mentions.push_back(own);
  CHECK(DocumentTypeName(r) == "Quy định");
  // A State body's QĐ is a Quyết định whatever its title; a Party one's own number tells its
  // system when its body is none the table knows.
  schema::DocumentRecord state = r;
  state.body = "UBND";
  state.identifier = "15/2019/QĐ-UBND";
  state.mentions.clear();
  state.title = "Quy định mức thu học phí năm học 2019-2020";
  CHECK(DocumentTypeName(state) == "Quyết định");
  schema::DocumentRecord unlisted = r;
  unlisted.body = "ĐUCQLG";
  unlisted.identifier = unlisted.mentions[0].canonical = "12-QĐ/ĐUCQLG";
  unlisted.mentions[0].type_word.clear();
  unlisted.title = "Quy định về chế độ làm việc";
  CHECK(DocumentTypeName(unlisted) == "Quy định");
  // Only a QĐ has two names.
  CHECK(DocumentTypeName(Directive()) == "Chỉ thị");
}

TEST_CASE("a title not starting with the type name is the subject as written") {
  schema::DocumentRecord r = Directive();
  r.title = "Tăng cường công tác dân vận";
  CHECK(VietnameseCitation(r).ends_with(" về Tăng cường công tác dân vận"));
  r.title = "Chỉ thị tăng cường công tác dân vận";  // no "về" after the type name
  CHECK(VietnameseCitation(r).ends_with("Lam Giang về tăng cường công tác dân vận"));
}

TEST_CASE("missing parts are left out, the body's name stands for a missing issuer") {
  schema::DocumentRecord r = Directive();
  r.issuer.clear();
  r.body = "TW";
  r.identifier = "05-CT/TW";
  r.date.clear();
  CHECK(VietnameseCitation(r) == "Chỉ thị số 05-CT/TW của Trung ương Đảng về tăng cường công tác dân vận");
  schema::DocumentRecord bare;
  bare.kind = "document";
  bare.title = "Tài liệu không số";
  CHECK(VietnameseCitation(bare) == "Tài liệu không số");
}

TEST_CASE("an article is cited by its title in quotes, source and date") {
  schema::DocumentRecord r;
  r.kind = "article";
  r.title = "Chi bộ thôn Đông Say sinh hoạt chuyên đề";
  r.source = "Báo Lâm Giang";
  r.date = "2021-03-12";
  CHECK(VietnameseCitation(r) == "“Chi bộ thôn Đông Say sinh hoạt chuyên đề”, Báo Lâm Giang, ngày 12/3/2021.");
}

TEST_CASE("citation dates drop leading zeros and leave other text alone") {
  CHECK(CitationDate("2016-05-15") == "15/5/2016");
  CHECK(CitationDate("2016-10-30") == "30/10/2016");
  CHECK(CitationDate("2016") == "2016");
  CHECK(CitationDate("") == "");
}

}  // namespace
}  // namespace vankien::query
