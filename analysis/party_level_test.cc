#include "analysis/party_level.h"

#include <catch2/catch.hpp>

#include "analysis/identifier_codes.h"

namespace vankien::analysis {
namespace {

TEST_CASE("a body code gives the level of the organisation issuing under it") {
  CHECK(LevelOfBody("TW", "") == PartyLevel::kCentral);
  CHECK(LevelOfBody("BTGTW", "Ban Tuyên giáo Trung ương") == PartyLevel::kCentral);
  CHECK(LevelOfBody("TU", "Tỉnh ủy Lam Giang") == PartyLevel::kProvincial);
  CHECK(LevelOfBody("ĐUK", "") == PartyLevel::kProvincial);
  CHECK(LevelOfBody("HU", "Huyện ủy Đông Khê") == PartyLevel::kDistrict);
  CHECK(LevelOfBody("QU", "") == PartyLevel::kDistrict);
  CHECK(LevelOfBody("CB", "Chi bộ thôn 3") == PartyLevel::kGrassroots);
  CHECK(LevelOfBody("UBND", "Ủy ban nhân dân tỉnh") == PartyLevel::kNone);
  CHECK(LevelOfBody("", "Tỉnh ủy") == PartyLevel::kNone);
}

TEST_CASE("a Đảng ủy is grassroots when its issuer names a commune, ward, town or cơ sở") {
  CHECK(LevelOfBody("ĐU", "Đảng ủy Khối cơ quan huyện") == PartyLevel::kDistrict);
  CHECK(LevelOfBody("ĐU", "ĐẢNG ỦY XÃ TÂN LẬP") == PartyLevel::kGrassroots);
  CHECK(LevelOfBody("ĐU", "Đảng uỷ phường 3") == PartyLevel::kGrassroots);
  CHECK(LevelOfBody("ĐU", "Đảng ủy thị trấn Lam Sơn") == PartyLevel::kGrassroots);
  // "xã hội" (society) is no xã.
  CHECK(LevelOfBody("ĐU", "Đảng ủy Bảo hiểm xã hội huyện") == PartyLevel::kDistrict);
  CHECK(LevelOfBody("ĐU", "Đảng ủy Bảo hiểm xã hội, xã Tân Lập") == PartyLevel::kGrassroots);
}

TEST_CASE("level names read back, and every body with a level is a Party body of the code table") {
  for (std::string_view name : {"tw", "tinh", "huyen", "co_so"}) {
    CHECK(LevelName(LevelFromName(name)) == name);
    CHECK_FALSE(LevelLabel(LevelFromName(name)).empty());
  }
  CHECK(LevelFromName("xa") == PartyLevel::kNone);
  int party_bodies_with_level = 0;
  for (const Code& body : IssuingBodies()) {
    if (LevelOfBody(body.code, "") != PartyLevel::kNone) {
      CHECK(InParty(body.system));
      ++party_bodies_with_level;
    }
  }
  CHECK(party_bodies_with_level >= 25);
}

}  // namespace
}  // namespace vankien::analysis
