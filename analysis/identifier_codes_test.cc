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

TEST_CASE("a D may stand for Đ, a Đ written is never a D") {
  REQUIRE(FindDocumentType("QD") != nullptr);
  CHECK(FindDocumentType("QD")->code == "QĐ");
  CHECK(FindDocumentType("qđ")->code == "QĐ");
  REQUIRE(FindDocumentType("HD") != nullptr);
  CHECK(FindDocumentType("HD")->code == "HD");
  CHECK(FindDocumentType("HĐ") == nullptr);  // a contract's (Hợp đồng), not Hướng dẫn
  CHECK(FindDocumentType("HÐ") == nullptr);  // the lookalike Ð (U+00D0) is a Đ too
  REQUIRE(FindIssuingBody("DUK") != nullptr);
  CHECK(FindIssuingBody("DUK")->code == "ĐUK");
  CHECK(FindIssuingBody("ĐĐ")->code == "ĐĐ");
  CHECK(FindIssuingBody("ĐD")->code == "ĐĐ");
}

TEST_CASE("a type's older name finds its code") {
  REQUIRE(FindDocumentTypeByName("Quyết nghị") != nullptr);
  CHECK(FindDocumentTypeByName("quyet nghi")->code == "NQ");
  CHECK(FindDocumentTypeByName("Nghị quyết")->code == "NQ");
  CHECK(FindDocumentTypeByName("Quyết nghị lệnh") == nullptr);
}

}  // namespace
}  // namespace vankien::analysis
