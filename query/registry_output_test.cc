// The registry's records as --cite prints them (text_output.h) and as --cite --json and
// /api/cite give them (json_output.h), with relations stated: the index of this branch's corpus
// has none, so records are built here. Samples with invented numbers.
#include <catch2/catch.hpp>

#include <sstream>

#include "query/json_output.h"
#include "query/text_output.h"

namespace vankien::query {
namespace {

schema::DirectiveRecord Replaced() {
  schema::DirectiveRecord r;
  r.number = "09-CT/TU";
  r.type = "CT";
  r.type_name = "Chỉ thị";
  r.date = "2016-03-10";
  r.documents = {"ct-09-tu"};
  schema::Citation replacing;
  replacing.document = "qdi-15-tu";
  replacing.title = "Quy định về công tác dân vận";
  replacing.document_date = "2021-01-08";
  replacing.kind = "document";
  replacing.citing_number = "15-QĐi/TU";
  replacing.citing_type = "QĐi";
  replacing.level = "tinh";
  replacing.relation = "replaces";
  replacing.evidence = "Quy định này thay thế Chỉ thị số 09-CT/TU.";
  schema::Citation plan;
  plan.document = "kh-33-hu";
  plan.title = "Kế hoạch thực hiện";
  plan.document_date = "2016-05-02";
  plan.kind = "document";
  plan.citing_number = "33-KH/HU";
  plan.citing_type = "KH";
  plan.level = "huyen";
  plan.relation = "implements";
  plan.evidence = "Thực hiện Chỉ thị 09.";
  plan.named_by = "short";
  plan.confidence = 0.8;
  r.citations = {replacing, plan};
  return r;
}

TEST_CASE("the registry as --cite prints it: the validity with its evidence, the life, and each citation's relation") {
  std::ostringstream out;
  PrintRegistry(out, {Replaced()}, TextStyle{});
  const std::string text = out.str();
  CHECK(text.find("Hiệu lực (theo chỉ mục): đã được thay thế bởi 15-QĐi/TU (ngày 08-01-2021)\n") != std::string::npos);
  CHECK(text.find("qdi-15-tu: «Quy định này thay thế Chỉ thị số 09-CT/TU.»") != std::string::npos);
  CHECK(text.find("Quá trình:\n    10-03-2016  Ban hành  ct-09-tu\n"
                  "    02-05-2016  Triển khai thực hiện · cấp Huyện  33-KH/HU  Kế hoạch thực hiện\n"
                  "    08-01-2021  Thay thế · cấp Tỉnh, thành  15-QĐi/TU") != std::string::npos);
  CHECK(text.find("Quy định về công tác dân vận  [Thay thế]") != std::string::npos);
  CHECK(text.find("Kế hoạch thực hiện  [Triển khai thực hiện]  (nhắc theo tên, độ tin cậy 80%)") != std::string::npos);
}

TEST_CASE("a replacement tied to the record by a guess says so beside its evidence") {
  schema::DirectiveRecord r = Replaced();
  r.citations[0].attachment = schema::Attachment::kAmbiguous;
  std::ostringstream out;
  PrintRegistry(out, {r}, TextStyle{});
  CHECK(out.str().find("09-CT/TU.» (không ghi ngày; có thể là văn bản khác cùng số)") != std::string::npos);
  CHECK(RegistryToJson("09-CT/TU", {r})["records"][0]["validity"]["by"][0]["attachment"] == "ambiguous");
}

TEST_CASE("the registry as --cite --json gives it: each record its validity and life") {
  nlohmann::json j = RegistryToJson("số 09-CT/TU", {Replaced()});
  const nlohmann::json& record = j["records"][0];
  CHECK(record["validity"]["status"] == "replaced");
  CHECK(record["validity"]["last_cited"] == "2021-01-08");
  REQUIRE(record["validity"]["by"].size() == 1);
  CHECK(record["validity"]["by"][0]["number"] == "15-QĐi/TU");
  CHECK(record["validity"]["by"][0]["attachment"] == "only");
  CHECK(record["validity"]["by"][0]["evidence"] == "Quy định này thay thế Chỉ thị số 09-CT/TU.");
  REQUIRE(record["life"].size() == 3);
  CHECK(record["life"][0]["stage"] == "issued");
  CHECK(record["life"][0]["citation"].is_null());
  CHECK(record["life"][1]["stage"] == "implementation");
  CHECK(record["life"][1]["level_name"] == "Huyện");
  CHECK(record["life"][1]["citation"] == 1);
  CHECK(record["life"][2]["stage_name"] == "Thay thế");
  CHECK(record["citations"][1]["named_by"] == "short");
  CHECK(record["citations"][0]["evidence"]["text"] == "Quy định này thay thế Chỉ thị số 09-CT/TU.");
  CHECK_FALSE(record["citations"][0].contains("named_by"));
}

}  // namespace
}  // namespace vankien::query
