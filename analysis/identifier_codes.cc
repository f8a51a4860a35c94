#include "analysis/identifier_codes.h"

#include <algorithm>
#include <array>
#include <vector>

#include "analysis/text_scan.h"
#include "analysis/token_filters.h"

namespace vankien::analysis {
namespace {

constexpr CodeSystem kParty = CodeSystem::kParty;
constexpr CodeSystem kState = CodeSystem::kState;
constexpr CodeSystem kBoth = CodeSystem::kBoth;

// Party types follow the Party's rules on document form (Hướng dẫn 36-HD/VPTW, 2018) and
// practice seen in the press; State types follow Nghị định 30/2020/NĐ-CP and the Law on
// normative documents. "QĐ" is both Quyết định and, in older Party documents, Quy định: the
// word written before the number tells them apart (IdentifierMention::type_word).
constexpr std::array kDocumentTypes = {
    Code{"NQ", "Nghị quyết", kBoth},
    Code{"CT", "Chỉ thị", kBoth},
    Code{"KL", "Kết luận", kBoth},
    Code{"QĐ", "Quyết định", kBoth},
    Code{"QĐi", "Quy định", kParty},
    Code{"QĐNS", "Quyết định nhân sự", kParty},
    Code{"QC", "Quy chế", kBoth},
    Code{"HD", "Hướng dẫn", kBoth},
    Code{"TB", "Thông báo", kBoth},
    Code{"TC", "Thông cáo", kBoth},
    Code{"BC", "Báo cáo", kBoth},
    Code{"KH", "Kế hoạch", kBoth},
    Code{"QH", "Quy hoạch", kParty},
    Code{"CTr", "Chương trình", kBoth},
    Code{"TTr", "Tờ trình", kBoth},
    Code{"ĐA", "Đề án", kBoth},
    Code{"PA", "Phương án", kBoth},
    Code{"CV", "Công văn", kBoth},
    Code{"BB", "Biên bản", kBoth},
    Code{"TT", "Thông tri", kParty},
    Code{"TT", "Thông tư", kState},
    Code{"BS", "Bản sao", kParty},
    Code{"GM", "Giấy mời", kBoth},
    Code{"GGT", "Giấy giới thiệu", kBoth},
    Code{"NĐ", "Nghị định", kState},
    Code{"TTLT", "Thông tư liên tịch", kState},
    Code{"NQLT", "Nghị quyết liên tịch", kState},
    Code{"KHLT", "Kế hoạch liên tịch", kBoth},
    Code{"VBHN", "Văn bản hợp nhất", kState},
    Code{"CĐ", "Công điện", kState},
    Code{"SL", "Sắc lệnh", kState},
    Code{"L", "Luật", kState},
    Code{"PL", "Pháp lệnh", kState},
    Code{"LCT", "Lệnh", kState},
};

// Older names of a type, read before a number as the type's own: the National Assembly's
// "Quyết nghị số 262 NQ/QHK6" (1978) is a Nghị quyết.
struct TypeAlias {
  std::string_view name;
  std::string_view code;
};
constexpr std::array kTypeAliases = {
    TypeAlias{"Quyết nghị", "NQ"},
};

// Bodies whose code carries Đ list it with Đ; the lookup key makes "DUK" find "ĐUK". Codes of
// local bodies (TU, HU, ĐU, …) name a kind of body: which province or district is in the text
// around the number, not in the code.
constexpr std::array kIssuingBodies = {
    // The Central Committee, the Politburo and the Secretariat all number under TW: the name
    // must not pick one (05-CT/TW is the Politburo's).
    Code{"TW", "Trung ương Đảng", kParty},
    Code{"ĐUK", "Đảng ủy Khối", kParty},
    Code{"ĐUKDN", "Đảng ủy Khối Doanh nghiệp Trung ương", kParty},
    Code{"BTCTW", "Ban Tổ chức Trung ương", kParty},
    Code{"BTGTW", "Ban Tuyên giáo Trung ương", kParty},
    Code{"BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", kParty},
    Code{"BDVTW", "Ban Dân vận Trung ương", kParty},
    Code{"BKTTW", "Ban Kinh tế Trung ương", kParty},
    Code{"BĐNTW", "Ban Đối ngoại Trung ương", kParty},
    Code{"BNCTW", "Ban Nội chính Trung ương", kParty},
    Code{"UBKTTW", "Ủy ban Kiểm tra Trung ương", kParty},
    Code{"VPTW", "Văn phòng Trung ương Đảng", kParty},
    Code{"QUTW", "Quân ủy Trung ương", kParty},
    Code{"ĐUCA", "Đảng ủy Công an Trung ương", kParty},
    Code{"ĐUCATW", "Đảng ủy Công an Trung ương", kParty},
    Code{"TU", "Tỉnh ủy, Thành ủy", kParty},
    Code{"HU", "Huyện ủy", kParty},
    Code{"QU", "Quận ủy", kParty},
    Code{"ĐU", "Đảng ủy", kParty},
    Code{"CB", "Chi bộ", kParty},
    Code{"BCSĐ", "Ban cán sự đảng", kParty},
    Code{"ĐĐ", "Đảng đoàn", kParty},
    Code{"BTCTU", "Ban Tổ chức Tỉnh ủy", kParty},
    Code{"BTGTU", "Ban Tuyên giáo Tỉnh ủy", kParty},
    Code{"BDVTU", "Ban Dân vận Tỉnh ủy", kParty},
    Code{"UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", kParty},
    Code{"VPTU", "Văn phòng Tỉnh ủy", kParty},
    Code{"UBKTHU", "Ủy ban Kiểm tra Huyện ủy", kParty},
    Code{"CP", "Chính phủ", kState},
    Code{"HĐBT", "Hội đồng Bộ trưởng", kState},  // the Government of 1981–1992
    Code{"TTg", "Thủ tướng Chính phủ", kState},
    Code{"QH", "Quốc hội", kState},
    Code{"UBTVQH", "Ủy ban Thường vụ Quốc hội", kState},
    Code{"VPQH", "Văn phòng Quốc hội", kState},
    Code{"CTN", "Chủ tịch nước", kState},
    Code{"VPCP", "Văn phòng Chính phủ", kState},
    Code{"BCA", "Bộ Công an", kState},
    Code{"BQP", "Bộ Quốc phòng", kState},
    Code{"BNG", "Bộ Ngoại giao", kState},
    Code{"BNV", "Bộ Nội vụ", kState},
    Code{"BTP", "Bộ Tư pháp", kState},
    Code{"BKHĐT", "Bộ Kế hoạch và Đầu tư", kState},
    Code{"BTC", "Bộ Tài chính", kState},
    Code{"BCT", "Bộ Công Thương", kState},
    Code{"BNN", "Bộ Nông nghiệp và Phát triển nông thôn", kState},
    Code{"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", kState},
    Code{"BGTVT", "Bộ Giao thông vận tải", kState},
    Code{"BXD", "Bộ Xây dựng", kState},
    Code{"BTNMT", "Bộ Tài nguyên và Môi trường", kState},
    Code{"BTTTT", "Bộ Thông tin và Truyền thông", kState},
    Code{"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", kState},
    Code{"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", kState},
    Code{"BKHCN", "Bộ Khoa học và Công nghệ", kState},
    Code{"BGDĐT", "Bộ Giáo dục và Đào tạo", kState},
    Code{"BYT", "Bộ Y tế", kState},
    Code{"UBDT", "Ủy ban Dân tộc", kState},
    Code{"NHNN", "Ngân hàng Nhà nước Việt Nam", kState},
    Code{"TTCP", "Thanh tra Chính phủ", kState},
    Code{"KTNN", "Kiểm toán Nhà nước", kState},
    Code{"TANDTC", "Tòa án nhân dân tối cao", kState},
    Code{"VKSNDTC", "Viện Kiểm sát nhân dân tối cao", kState},
    // Local courts and procuracies number their decisions so ("15/QĐ-VKS-P2", "07/2018/QĐ-TAND").
    Code{"TAND", "Tòa án nhân dân", kState},
    Code{"VKSND", "Viện Kiểm sát nhân dân", kState},
    Code{"VKS", "Viện Kiểm sát", kState},
    Code{"UBND", "Ủy ban nhân dân", kState},
    Code{"HĐND", "Hội đồng nhân dân", kState},
};

// Other names people use for a body, searched after the table's own names: the Politburo,
// the Secretariat and the Central Committee all issue under TW.
struct BodyAlias {
  std::string_view name;
  std::string_view code;
  std::string_view organ = {};  // the one organ among those sharing the code it names (OrganNamed)
};
constexpr std::array kBodyAliases = {
    BodyAlias{"Bộ Chính trị", "TW", "Bộ Chính trị"},
    BodyAlias{"Ban Bí thư", "TW", "Ban Bí thư"},
    BodyAlias{"Ban Chấp hành Trung ương", "TW", "Ban Chấp hành Trung ương"},
    BodyAlias{"Ban Chấp hành Trung ương Đảng", "TW", "Ban Chấp hành Trung ương"},
    BodyAlias{"Trung ương", "TW"},
    BodyAlias{"Đảng ủy Khối các cơ quan Trung ương", "ĐUK"},
    BodyAlias{"Tỉnh ủy", "TU"},
    BodyAlias{"Thành ủy", "TU"},
    BodyAlias{"Ban Thường vụ Tỉnh ủy", "TU", "Ban Thường vụ Tỉnh ủy"},
    BodyAlias{"Ban Thường vụ Thành ủy", "TU", "Ban Thường vụ Tỉnh ủy"},
    BodyAlias{"Ban Thường vụ Huyện ủy", "HU", "Ban Thường vụ Huyện ủy"},
    BodyAlias{"Ủy ban Kiểm tra", "UBKTTW"},
    BodyAlias{"Chi ủy", "CB"},
};

// True when every Đ of `written` stands where `code` has a Đ, letter for letter (both spell the
// same key). A D may stand for Đ, typed without it ("QD" for QĐ); a Đ written is meant: the
// "HĐ" of a contract ("32/HĐ-EPC") is not Hướng dẫn's HD.
bool StrokesWrittenAreInCode(std::string_view written, std::string_view code) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < written.size() && j < code.size()) {
    const bool written_stroke = !DWithStrokeAt(written, i).empty();
    const bool code_stroke = !DWithStrokeAt(code, j).empty();
    if (written_stroke && !code_stroke) return false;
    i += written_stroke ? 2 : 1;  // Đ and its lookalikes are two bytes; the rest of a code one
    j += code_stroke ? 2 : 1;
  }
  return true;
}

bool WritesDWithStroke(std::string_view written) {
  for (std::size_t i = 0; i < written.size(); ++i) {
    if (!DWithStrokeAt(written, i).empty()) return true;
  }
  return false;
}

// A code table with the lookup keys of its codes and names computed once.
class IndexedTable {
 public:
  explicit IndexedTable(std::span<const Code> codes) : codes_(codes) {
    for (const Code& code : codes) {
      code_keys_.push_back(CodeKey(code.code));
      name_keys_.push_back(FoldedForm(code.name));
    }
  }

  const Code* FindCode(std::string_view written, CodeSystem system) const {
    std::string key = CodeKey(written);
    if (key.empty()) return nullptr;
    if (const Code* code = FindKey(key, system, written)) return code;
    // Telex typing writes Đ as "DD" ("QDD-TTg"); try again with each "DD" read as one D. A code
    // written with Đ was not typed so.
    if (key.find("DD") == std::string::npos || WritesDWithStroke(written)) return nullptr;
    for (auto dd = key.find("DD"); dd != std::string::npos; dd = key.find("DD", dd + 1)) {
      key.erase(dd, 1);
    }
    return FindKey(key, system, {});
  }

  const Code* FindName(std::string_view name) const { return FindNameKey(FoldedForm(name)); }

  // The code whose name folds to `key` (FoldedForm), or nullptr.
  const Code* FindNameKey(const std::string& key) const {
    for (std::size_t i = 0; i < codes_.size(); ++i) {
      if (name_keys_[i] == key) return &codes_[i];
    }
    return nullptr;
  }

 private:
  // The code of `key` in `system` whose Đs include every Đ of `written` (none checked when
  // `written` is empty).
  const Code* FindKey(const std::string& key, CodeSystem system, std::string_view written) const {
    for (std::size_t i = 0; i < codes_.size(); ++i) {
      if (code_keys_[i] == key && (static_cast<int>(codes_[i].system) & static_cast<int>(system)) != 0 &&
          StrokesWrittenAreInCode(written, codes_[i].code)) {
        return &codes_[i];
      }
    }
    return nullptr;
  }

  std::span<const Code> codes_;
  std::vector<std::string> code_keys_;
  std::vector<std::string> name_keys_;
};

const IndexedTable& Types() {
  static const IndexedTable table(kDocumentTypes);
  return table;
}

const IndexedTable& Bodies() {
  static const IndexedTable table(kIssuingBodies);
  return table;
}

}  // namespace

std::span<const Code> DocumentTypes() { return kDocumentTypes; }
std::span<const Code> IssuingBodies() { return kIssuingBodies; }

std::string SpellTrungUongAsTW(std::string_view written) {
  // "Trung ương" abbreviates as TW, TƯ or T.Ư; the canonical spelling is TW.
  static constexpr std::string_view kVariants[] = {"T.Ư", "t.ư", "T.ư", "TƯ", "tư", "Tư", "tƯ"};
  std::string out(written);
  for (std::string_view variant : kVariants) {
    for (auto at = out.find(variant); at != std::string::npos; at = out.find(variant, at)) {
      out.replace(at, variant.size(), "TW");
    }
  }
  return out;
}

std::string CodeKey(std::string_view written) {
  std::string key;
  key.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    char c = written[i];
    if ((c >= 'a' && c <= 'z')) {
      key.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      key.push_back(c);
    } else if (!DWithStrokeAt(written, i).empty()) {
      key.push_back('D');
      ++i;
    } else {
      return "";
    }
  }
  return key;
}

const Code* FindDocumentType(std::string_view written, CodeSystem system) {
  return Types().FindCode(written, system);
}

const Code* FindIssuingBody(std::string_view written) {
  return Bodies().FindCode(SpellTrungUongAsTW(written), CodeSystem::kBoth);
}

const Code* FindDocumentTypeByName(std::string_view name) {
  const std::string key = FoldedForm(name);
  if (const Code* type = Types().FindNameKey(key)) return type;
  static const std::vector<std::string> alias_keys = [] {
    std::vector<std::string> keys;
    for (const TypeAlias& alias : kTypeAliases) keys.push_back(FoldedForm(alias.name));
    return keys;
  }();
  for (std::size_t i = 0; i < alias_keys.size(); ++i) {
    if (alias_keys[i] == key) return FindDocumentType(kTypeAliases[i].code);
  }
  return nullptr;
}

const Code* FindIssuingBodyByName(std::string_view name) {
  if (const Code* body = Bodies().FindName(name)) return body;
  const std::string key = FoldedForm(name);
  for (const BodyAlias& alias : kBodyAliases) {
    if (FoldedForm(alias.name) == key) return FindIssuingBody(alias.code);
  }
  return nullptr;
}

std::string_view OrganNamed(std::string_view name) {
  const std::string key = FoldedForm(name);
  for (const BodyAlias& alias : kBodyAliases) {
    if (FoldedForm(alias.name) == key) return alias.organ;
  }
  return {};
}

namespace {

// Folded words, each followed by one space: "bo chinh tri ban bi thu " — what OrgansIn compares.
std::string SpacedWords(std::string_view text) {
  std::string out;
  for (char c : FoldedForm(text)) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
  return out;
}

}  // namespace

std::vector<std::string_view> OrgansIn(std::string_view issuer) {
  const std::string words = " " + SpacedWords(issuer);
  std::vector<std::string_view> organs;
  for (const BodyAlias& alias : kBodyAliases) {
    if (alias.organ.empty() || std::find(organs.begin(), organs.end(), alias.organ) != organs.end()) continue;
    if (words.find(" " + SpacedWords(alias.name)) != std::string::npos) organs.push_back(alias.organ);
  }
  return organs;
}

std::string CanonicalTermOfOffice(std::string_view written) {
  std::string term = FoldedForm(written);
  for (std::string_view lead : {"khoa ", "nhiem ky "}) {
    if (term.rfind(lead, 0) == 0) term = term.substr(lead.size());
  }
  std::string compact;
  for (std::size_t i = 0; i < term.size(); ++i) {
    if (term.compare(i, 3, "–") == 0 || term.compare(i, 3, "—") == 0) {
      compact += '-';
      i += 2;
    } else if (term[i] != ' ') {
      compact += term[i];
    }
  }
  if (compact.find_first_not_of("ivxlc") == std::string::npos) {  // a roman numeral: capitals
    for (char& c : compact) c = static_cast<char>(c - 'a' + 'A');
  }
  return compact;
}

std::string TypeName(std::string_view type_code, std::string_view body_code) {
  if (type_code.empty()) return "";
  const Code* body = FindIssuingBody(body_code);
  const bool state = body != nullptr && body->system == CodeSystem::kState;
  const Code* type = FindDocumentType(type_code, state ? CodeSystem::kState : CodeSystem::kParty);
  if (type == nullptr) type = FindDocumentType(type_code);
  return type != nullptr ? std::string(type->name) : "";
}

std::string BodyName(std::string_view body_code) {
  if (body_code.empty()) return "";
  const Code* body = FindIssuingBody(body_code);
  return body != nullptr ? std::string(body->name) : "";
}

bool IsCapitalCode(std::string_view code) {
  bool letter = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (IsAsciiUpper(c)) {
      letter = true;
    } else if (IsAsciiDigit(c) || c == '.' || c == '&') {
      continue;
    } else if (code.substr(i, 2) == "Đ" || code.substr(i, 2) == "Ư") {
      letter = true;
      ++i;
    } else {
      return false;
    }
  }
  return letter;
}

}  // namespace vankien::analysis
