// The level of the Party's organisation a body issues at — Trung ương, tỉnh, huyện, cơ sở — read
// from the body code of a document's own number. A directive of the Centre is carried out by a
// plan of each province, then of each district, then of each grassroots committee or chi bộ:
// the level orders those plans on a directive's timeline. docs/identifiers.md lists the table.
#ifndef VANKIEN_ANALYSIS_PARTY_LEVEL_H_
#define VANKIEN_ANALYSIS_PARTY_LEVEL_H_

#include <string_view>

namespace vankien::analysis {

enum class PartyLevel : unsigned char { kNone, kCentral, kProvincial, kDistrict, kGrassroots };

// The level of the body whose code is `body_code` (canonical, as IssuingBodies spells it). Only
// "ĐU" (Đảng ủy) serves two levels: a district-level committee's, or a commune's, ward's or other
// grassroots committee's — `issuer` (the issuer as printed, any case and diacritics) naming a
// xã, phường, thị trấn or cơ sở makes it grassroots. kNone for State bodies, unknown codes, "".
PartyLevel LevelOfBody(std::string_view body_code, std::string_view issuer);

// The level's name in JSON: "tw", "tinh", "huyen", "co_so"; "" for kNone.
std::string_view LevelName(PartyLevel level);

// The level's Vietnamese label: "Trung ương", "Tỉnh, thành", "Huyện", "Cơ sở"; "" for kNone.
std::string_view LevelLabel(PartyLevel level);

// The level named `name` (as LevelName gives it); kNone for any other.
PartyLevel LevelFromName(std::string_view name);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_PARTY_LEVEL_H_
