#include "query/directive_life.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

// Sample citations of an invented directive of Tỉnh ủy Lam Giang.
schema::Citation Citing(const std::string& document, const std::string& date, const std::string& kind,
                        const std::string& number, const std::string& type, const std::string& level,
                        const std::string& relation = "") {
  schema::Citation c;
  c.document = document;
  c.title = "Văn bản " + document;
  c.document_date = date;
  c.kind = kind;
  c.citing_number = number;
  c.citing_type = type;
  c.level = level;
  c.relation = relation;
  if (!relation.empty()) c.evidence = "Câu nêu quan hệ của " + document + ".";
  return c;
}

schema::DirectiveRecord Directive() {
  schema::DirectiveRecord r;
  r.number = "05-CT/TU";
  r.date = "2016-03-01";
  r.documents = {"lg-ct-05"};
  return r;
}

TEST_CASE("validity: a stated replacement, repeal or amendment, else how late it is cited") {
  schema::DirectiveRecord r = Directive();
  Validity none = ValidityOf(r);
  CHECK(none.status == "uncited");
  CHECK(none.last_cited.empty());

  r.citations = {Citing("tin-2024", "2024-05-02", "article", "", "", ""),
                 Citing("kh-2017", "2017-01-10", "document", "12-KH/HU", "KH", "huyen", "implements")};
  Validity cited = ValidityOf(r);
  CHECK(cited.status == "cited");
  CHECK(cited.by.empty());
  CHECK(cited.last_cited == "2024-05-02");
  CHECK(ValidityLine(cited) == "còn được trích dẫn đến 2024");

  r.citations.push_back(Citing("qd-sua", "2019-06-01", "document", "20-QĐ/TU", "QĐ", "tinh", "amends"));
  CHECK(ValidityOf(r).status == "amended");
  CHECK(ValidityLine(ValidityOf(r)) == "được sửa đổi, bổ sung bởi 20-QĐ/TU (ngày 01-06-2019)");

  r.citations.push_back(Citing("ct-moi", "2021-02-03", "document", "08-CT/TU", "CT", "tinh", "replaces"));
  Validity replaced = ValidityOf(r);
  CHECK(replaced.status == "replaced");
  REQUIRE(replaced.by.size() == 1);
  CHECK(replaced.by[0].document == "ct-moi");
  CHECK(ValidityLine(replaced) == "đã được thay thế bởi 08-CT/TU (ngày 03-02-2021)");

  // Replaced outranks repealed; a citing document without a number is named by its title.
  r.citations.push_back(Citing("tb-bai-bo", "2022-01-01", "document", "", "TB", "tinh", "repeals"));
  CHECK(ValidityOf(r).status == "replaced");
  r.citations.pop_back();
  r.citations.pop_back();
  r.citations.push_back(Citing("tb-bai-bo", "2022-01-01", "document", "", "TB", "tinh", "repeals"));
  CHECK(ValidityLine(ValidityOf(r)) == "đã bị bãi bỏ bởi “Văn bản tb-bai-bo” (ngày 01-01-2022)");
}

TEST_CASE("validity is never asserted without evidence, nor by a document older than the record") {
  schema::DirectiveRecord r = Directive();
  schema::Citation no_evidence = Citing("ct-moi", "2021-02-03", "document", "08-CT/TU", "CT", "tinh", "replaces");
  no_evidence.evidence.clear();
  r.citations = {no_evidence};
  CHECK(ValidityOf(r).status == "cited");
  // 05-CT/TU of the previous term, replaced in 2011, is another record.
  r.citations = {Citing("ct-2011", "2011-02-03", "document", "01-CT/TU", "CT", "tinh", "replaces")};
  CHECK(ValidityOf(r).status == "cited");
}

TEST_CASE("the life of a directive: issue, guidance, plans level by level, review, end") {
  schema::DirectiveRecord r = Directive();
  r.citations = {
      Citing("tin", "2021-03-01", "article", "", "", ""),
      Citing("ct-moi", "2021-02-03", "document", "08-CT/TU", "CT", "tinh", "replaces"),
      Citing("bc-so-ket", "2018-03-01", "document", "30-BC/TU", "BC", "tinh"),
      Citing("kh-xa", "2016-05-01", "document", "03-KH/ĐU", "KH", "co_so"),
      Citing("kh-huyen", "2016-04-01", "document", "12-KH/HU", "KH", "huyen", "implements"),
      Citing("hd-tinh", "2016-04-01", "document", "02-HD/BTGTU", "HD", "tinh", "guides"),
      Citing("nq-khac", "", "document", "09-NQ/TU", "NQ", "tinh"),
  };
  std::vector<LifeEvent> life = LifeOf(r);
  REQUIRE(life.size() == 8);
  CHECK(life[0].stage == "issued");
  CHECK(life[0].document == "lg-ct-05");
  CHECK(life[0].citation == -1);
  // On one day the province comes before the district.
  CHECK(life[1].document == "hd-tinh");
  CHECK(life[1].stage == "guidance");
  CHECK(life[1].basis == "relation");
  CHECK(life[2].document == "kh-huyen");
  CHECK(life[2].stage == "implementation");
  CHECK(life[2].level == "huyen");
  CHECK(life[3].document == "kh-xa");
  CHECK(life[3].stage == "implementation");
  CHECK(life[3].basis == "document_type");
  CHECK(life[4].stage == "review");
  CHECK(life[4].basis == "document_type");
  CHECK(life[5].stage == "replacement");
  CHECK(life[6].stage == "report");
  CHECK(life[6].basis.empty());
  CHECK(life[7].document == "nq-khac");  // undated last
  CHECK(life[7].stage == "citation");
  CHECK(r.citations[static_cast<std::size_t>(life[5].citation)].document == "ct-moi");
  CHECK(StageLabel("guidance") == "Hướng dẫn thực hiện");
  CHECK(LevelLabel("huyen") == "Huyện");
  CHECK(LevelLabel("") == "");
}

TEST_CASE("an article is never placed by a type it does not have") {
  schema::DirectiveRecord r = Directive();
  r.citations = {Citing("tin", "2017-01-01", "article", "", "KH", "")};
  CHECK(LifeOf(r).at(1).stage == "report");
}

}  // namespace
}  // namespace vankien::query
