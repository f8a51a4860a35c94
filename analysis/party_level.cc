#include "analysis/party_level.h"

#include <array>
#include <string>
#include <utility>

#include "analysis/token_filters.h"

namespace vankien::analysis {
namespace {

// Central bodies number under TW or a code ending in it, and the central blocs (ĐUKDN, ĐUCA).
// A province's or city's committee numbers under TU, its boards under codes ending in TU, and the
// Đảng ủy Khối of its agencies under ĐUK; a district's under HU (huyện), QU (quận), TXU (thị xã),
// UBKTHU; a chi bộ under CB.
constexpr std::array<std::pair<std::string_view, PartyLevel>, 27> kLevels = {{
    {"TW", PartyLevel::kCentral},       {"ĐUKDN", PartyLevel::kCentral},
    {"BTCTW", PartyLevel::kCentral},    {"BTGTW", PartyLevel::kCentral},
    {"BTGDVTW", PartyLevel::kCentral},  {"BDVTW", PartyLevel::kCentral},
    {"BKTTW", PartyLevel::kCentral},    {"BĐNTW", PartyLevel::kCentral},
    {"BNCTW", PartyLevel::kCentral},    {"UBKTTW", PartyLevel::kCentral},
    {"VPTW", PartyLevel::kCentral},     {"QUTW", PartyLevel::kCentral},
    {"ĐUCA", PartyLevel::kCentral},     {"ĐUCATW", PartyLevel::kCentral},
    {"TU", PartyLevel::kProvincial},    {"ĐUK", PartyLevel::kProvincial},
    {"BTCTU", PartyLevel::kProvincial}, {"BTGTU", PartyLevel::kProvincial},
    {"BDVTU", PartyLevel::kProvincial}, {"UBKTTU", PartyLevel::kProvincial},
    {"VPTU", PartyLevel::kProvincial},  {"HU", PartyLevel::kDistrict},
    {"QU", PartyLevel::kDistrict},      {"TXU", PartyLevel::kDistrict},
    {"UBKTHU", PartyLevel::kDistrict},  {"ĐU", PartyLevel::kDistrict},
    {"CB", PartyLevel::kGrassroots},
}};

// Whether the folded issuer names a grassroots unit: "Đảng ủy xã Tân Lập", "Đảng ủy phường 3",
// "Đảng ủy thị trấn …", "Đảng ủy cơ sở …" — but "xã hội" (society: "Bảo hiểm xã hội") is no xã.
bool NamesGrassroots(std::string_view issuer) {
  const std::string folded = " " + FoldedWords(issuer) + " ";
  for (std::string_view words : {" phuong ", " thi tran ", " co so "}) {
    if (folded.find(words) != std::string::npos) return true;
  }
  for (std::size_t at = folded.find(" xa "); at != std::string::npos; at = folded.find(" xa ", at + 1)) {
    if (folded.compare(at + 4, 4, "hoi ") != 0) return true;
  }
  return false;
}

}  // namespace

PartyLevel LevelOfBody(std::string_view body_code, std::string_view issuer) {
  for (const auto& [code, level] : kLevels) {
    if (code != body_code) continue;
    return code == "ĐU" && NamesGrassroots(issuer) ? PartyLevel::kGrassroots : level;
  }
  return PartyLevel::kNone;
}

std::string_view LevelName(PartyLevel level) {
  switch (level) {
    case PartyLevel::kCentral: return "tw";
    case PartyLevel::kProvincial: return "tinh";
    case PartyLevel::kDistrict: return "huyen";
    case PartyLevel::kGrassroots: return "co_so";
    case PartyLevel::kNone: return "";
  }
  return "";
}

std::string_view LevelLabel(PartyLevel level) {
  switch (level) {
    case PartyLevel::kCentral: return "Trung ương";
    case PartyLevel::kProvincial: return "Tỉnh, thành";
    case PartyLevel::kDistrict: return "Huyện";
    case PartyLevel::kGrassroots: return "Cơ sở";
    case PartyLevel::kNone: return "";
  }
  return "";
}

PartyLevel LevelFromName(std::string_view name) {
  for (PartyLevel level : {PartyLevel::kCentral, PartyLevel::kProvincial, PartyLevel::kDistrict,
                           PartyLevel::kGrassroots}) {
    if (LevelName(level) == name) return level;
  }
  return PartyLevel::kNone;
}

}  // namespace vankien::analysis
