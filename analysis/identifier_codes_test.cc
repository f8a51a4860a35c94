#include "analysis/identifier_codes.h"

#include <catch2/catch.hpp>

namespace vankien::analysis {
namespace {

TEST_CASE("a body's name, an organ's name, and an organ in one spelling") {
  REQUIRE(FindIssuingBodyByName("Bộ Chính trị") != nullptr);
  CHECK(FindIssuingBodyByName("bo chinh tri")->code == "TW");
  CHECK(OrganNamed("Bộ Chính trị") == "Bộ Chính trị");
  CHECK(OrganNamed("Ban Chấp hành Trung ương Đảng") == OrganNamed("ban chap hanh trung uong"));
  CHECK(OrganNamed("Ban Thường vụ Thành uỷ") == "Ban Thường vụ Tỉnh ủy");
  CHECK(OrganNamed("Trung ương").empty());  // the body as a whole
  CHECK(OrganNamed("Tỉnh ủy").empty());
}

TEST_CASE("the organs an issuer names, word by word") {
  using Organs = std::vector<std::string_view>;
  CHECK(OrgansIn("Bộ Chính trị, Ban Bí thư") == Organs{"Bộ Chính trị", "Ban Bí thư"});
  CHECK(OrgansIn("Ban Thường vụ Tỉnh uỷ Lam Giang") == Organs{"Ban Thường vụ Tỉnh ủy"});
  CHECK(OrgansIn("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG") == Organs{"Ban Chấp hành Trung ương"});
  CHECK(OrgansIn("Ban Chấp hành Đảng bộ tỉnh Lam Giang").empty());
  CHECK(OrgansIn("Ủy ban Kiểm tra Bộ Chính trị hóa").size() == 1);
  CHECK(OrgansIn("Ban Bí thưa").empty());  // whole words only
  CHECK(OrgansIn("").empty());
}

TEST_CASE("a term of office however written") {
  for (const char* written : {"XII", "xii", "khóa XII", "Khoá xii", "KHÓA XII"}) {
    CAPTURE(written);
    CHECK(CanonicalTermOfOffice(written) == "XII");
  }
  for (const char* written : {"2015-2020", "2015 – 2020", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2015—2020"}) {
    CAPTURE(written);
    CHECK(CanonicalTermOfOffice(written) == "2015-2020");
  }
}

}  // namespace
}  // namespace vankien::analysis
