#include "schema/document_record.h"

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("a record survives serialisation") {
  DocumentRecord r;
  r.id = "duk-nq-01-2016";
  r.kind = "document";
  r.type = "NQ";
  r.number = "01-NQ/ĐUK";
  r.identifier = "01-NQ/ĐUK";
  r.body = "ĐUK";
  r.date = "2016-08-19";
  r.title = "Nghị quyết về “chi bộ”";
  r.text = "Đoạn một.\n\nĐoạn hai với \"ngoặc\" và \\.";
  r.topics = {{"chi-bo", 12.5, {"sinh hoạt chi bộ", "chi bộ"}}, {"dan-van", 12, {}}};
  Mention m;
  m.canonical = "05-CT/TW";
  m.type = "CT";
  m.body = "TW";
  m.date = "2016-05-15";
  m.begin = 3;
  m.end = 11;
  m.part = Part::kSubject;
  Mention named;
  named.canonical = "04-NQ/TW";
  named.type = "NQ";
  named.body = "TW";
  named.begin = 20;
  named.end = 60;
  named.relation = "implements";
  named.evidence_begin = 0;
  named.evidence_end = 80;
  named.by = "12-KH/TU";
  named.named_by = "plenum";
  named.confidence = 0.75;
  r.mentions = {m, named};
  r.invalid_utf8 = 2;
  Xapian::Document document;
  StoreRecord(r, &document);
  CHECK(LoadRecord(document) == r);
  DocumentRecord without_text = LoadRecord(document, /*with_text=*/false);
  CHECK(without_text.text.empty());
  CHECK(without_text.title == r.title);
  DocumentRecord fields_only = r;
  fields_only.text.clear();
  CHECK(ParseFields(SerializeFields(r)) == fields_only);
}

TEST_CASE("the signer and the capacity signed in are stored, and older records have none") {
  DocumentRecord r;
  r.id = "tu-ct-12-2019";
  r.kind = "document";
  r.title = "Chỉ thị về công tác dân vận";
  r.signer = "Nguyễn Văn A";
  r.signer_title = "T/M Ban Thường vụ — Bí thư";
  DocumentRecord back = ParseFields(SerializeFields(r));
  CHECK(back.signer == "Nguyễn Văn A");
  CHECK(back.signer_title == "T/M Ban Thường vụ — Bí thư");
  CHECK(back == r);

  DocumentRecord old = ParseFields(R"({"id":"x","kind":"article","title":"Tiêu đề"})");
  CHECK(old.signer.empty());
  CHECK(old.signer_title.empty());
  CHECK(SerializeFields(old).find("signer") == std::string::npos);
}

TEST_CASE("malformed stored data is an error, not a crash") {
  CHECK_THROWS_AS(ParseFields("{not json"), std::runtime_error);
  CHECK_THROWS_AS(ParseFields("{}"), std::runtime_error);
  CHECK_THROWS_AS(ParseFields(""), std::runtime_error);
  CHECK_THROWS_AS(LoadRecord(Xapian::Document()), std::runtime_error);
}

}  // namespace
}  // namespace vankien::schema
