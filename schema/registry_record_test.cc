#include "schema/registry_record.h"

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("registry entries survive serialisation") {
  DirectiveRecord r;
  r.number = "01-NQ/ĐUK";
  r.type = "NQ";
  r.type_name = "Nghị quyết";
  r.body = "ĐUK";
  r.date = "2016-08-19";
  r.documents = {"duk-nq-01-2016"};
  Citation dated;
  dated.document = "bao-1";
  dated.title = "Tin";
  dated.document_date = "2017-01-02";
  dated.date = "2016-08-19";
  dated.issuer = "Ban Chấp hành";
  dated.subject = "chi bộ";
  dated.attachment = Attachment::kDate;
  dated.kind = "article";
  Citation replacing;
  replacing.document = "tu-qd-47";
  replacing.title = "Quy định 47";
  replacing.document_date = "2018-01-02";
  replacing.attachment = Attachment::kAmbiguous;
  replacing.kind = "document";
  replacing.citing_number = "47-QĐi/TU";
  replacing.citing_type = "QĐi";
  replacing.level = "tinh";
  replacing.relation = "replaces";
  replacing.evidence = "Quy định này thay thế Nghị quyết số 01-NQ/ĐUK.";
  replacing.evidence_part = Part::kSubject;
  replacing.evidence_begin = 12;
  replacing.evidence_end = 70;
  replacing.named_by = "short";
  replacing.confidence = 0.75;
  r.citations = {dated, replacing};
  DirectiveRecord other = r;
  other.date = "2012-01-10";
  other.documents.clear();
  std::vector<DirectiveRecord> entry = {r, other};
  CHECK(ParseRegistryEntry(SerializeRegistryEntry(entry)) == entry);
  CHECK_THROWS_AS(ParseRegistryEntry("[{}]"), std::runtime_error);
}

TEST_CASE("an entry written before citations carried relations reads as plain citations") {
  const std::string before =
      R"([{"number": "01-NQ/ĐUK", "party": true, "type": "NQ", "type_name": "Nghị quyết", "body": "ĐUK",)"
      R"( "body_name": "Đảng ủy Khối", "date": "", "term": "", "issuer": "", "subject": "", "documents": [],)"
      R"( "citations": [{"document": "bao-1", "title": "Tin", "document_date": "2017-01-02", "date": "",)"
      R"( "issuer": "", "subject": "", "attachment": "only"}]}])";
  std::vector<DirectiveRecord> records = ParseRegistryEntry(before);
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].citations.size() == 1);
  CHECK(records[0].citations[0].document == "bao-1");
  CHECK(records[0].citations[0].relation.empty());
  CHECK(records[0].citations[0].kind.empty());
  // Present, a field must be what it is written as.
  std::string bad_relation = before;
  bad_relation.replace(bad_relation.find(R"("attachment": "only")"), 20, R"("attachment": "only", "relation": 7)");
  CHECK_THROWS_AS(ParseRegistryEntry(bad_relation), std::runtime_error);
}

TEST_CASE("relations are ordered by how strongly they bind the citing document") {
  CHECK(RelationStrength("replaces") == RelationStrength("repeals"));
  CHECK(RelationStrength("repeals") == RelationStrength("amends"));
  CHECK(RelationStrength("amends") > RelationStrength("guides"));
  CHECK(RelationStrength("guides") > RelationStrength("reviews"));
  CHECK(RelationStrength("reviews") > RelationStrength("implements"));
  CHECK(RelationStrength("implements") > RelationStrength("based_on"));
  CHECK(RelationStrength("based_on") > RelationStrength(""));
  CHECK(RelationStrength("unheard-of") == RelationStrength(""));
}

}  // namespace
}  // namespace vankien::schema
