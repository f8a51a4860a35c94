#include "readers/legacy_encoding.h"

#include <catch2/catch.hpp>
#include <iconv.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <vector>

#include "readers/legacy_charsets.h"

namespace vankien::readers {
namespace {

// Converts `in` with glibc's iconv; none when glibc refuses it.
std::optional<std::string> Iconv(const char* to, const char* from, const std::string& in) {
  iconv_t cd = iconv_open(to, from);
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string input = in;
  std::string out(in.size() * 4 + 16, '\0');
  char* in_ptr = input.data();
  std::size_t in_left = input.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  const std::size_t result = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  const std::size_t flushed = iconv(cd, nullptr, nullptr, &out_ptr, &out_left);
  iconv_close(cd);
  if (result == static_cast<std::size_t>(-1) || flushed == static_cast<std::size_t>(-1)) {
    return std::nullopt;
  }
  out.resize(out.size() - out_left);
  return out;
}

std::string Nfc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(utf8), status);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string Utf8(char32_t cp) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(out);
  return out;
}

// The text a format makes of legacy bytes by reading them as Windows-1252.
std::string AsWindows1252(const std::string& bytes) {
  std::string out;
  for (char c : bytes) out += Utf8(Windows1252(static_cast<unsigned char>(c)));
  return out;
}

// A capital letter carrying a tone mark: what VN1 has and TCVN3 (ABC) lacks.
bool IsTonedCapital(const std::string& utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  if (text.countChar32() != 1 || !u_isupper(text.char32At(0))) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = icu::Normalizer2::getNFDInstance(status)->normalize(text, status);
  for (UChar32 tone : {0x0300, 0x0301, 0x0303, 0x0309, 0x0323}) {
    if (decomposed.indexOf(tone) >= 0) return true;
  }
  return false;
}

constexpr char32_t kToneMarks[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

// The 134 Vietnamese letters Unicode precomposes (67 small, 67 capital): the twelve vowels
// with each tone (but the six that are ASCII) and đ.
std::vector<std::string> VietnameseLetters() {
  std::vector<std::string> letters;
  const std::u32string vowels = U"aăâeêioôơuưy";
  for (bool capital : {false, true}) {
    for (char32_t vowel : vowels) {
      for (char32_t tone : kToneMarks) {
        std::string letter = Nfc(Utf8(capital ? u_toupper(static_cast<UChar32>(vowel)) : vowel) +
                                 (tone ? Utf8(tone) : ""));
        if (letter.size() > 1) letters.push_back(letter);
      }
    }
    letters.push_back(capital ? "Đ" : "đ");
  }
  return letters;
}

TEST_CASE("there are 134 precomposed Vietnamese letters") {
  CHECK(VietnameseLetters().size() == 134);
}

TEST_CASE("TCVN3 agrees with glibc's TCVN5712-1 but for the capitals with a tone") {
  int capitals = 0;
  for (int b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string byte(1, static_cast<char>(b));
    const std::optional<std::string> glibc = Iconv("UTF-8", "TCVN5712-1", byte);
    REQUIRE(glibc);
    if (IsTonedCapital(*glibc)) {
      // VN1 only: ABC fonts have no glyph there, the byte is Windows-1252's.
      ++capitals;
      CHECK(DecodeLegacyBytes(byte, LegacyEncoding::kTcvn3) ==
            Utf8(Windows1252(static_cast<unsigned char>(b))));
    } else {
      CHECK(DecodeLegacyBytes(byte, LegacyEncoding::kTcvn3) == *glibc);
    }
  }
  // VN1 has 67 capitals; A, E … Y without a tone, Ă Â Ê Ô Ơ Ư and Đ are in both.
  CHECK(capitals == 67 - 7);
}

TEST_CASE("VISCII agrees with glibc's VISCII on every byte") {
  for (int b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string byte(1, static_cast<char>(b));
    CHECK(DecodeLegacyBytes(byte, LegacyEncoding::kViscii) == Iconv("UTF-8", "VISCII", byte));
  }
}

TEST_CASE("Windows-1258 agrees with glibc's CP1258 on every byte glibc assigns") {
  int unassigned = 0;
  for (int b = 0; b < 256; ++b) {
    CAPTURE(b);
    const std::string byte(1, static_cast<char>(b));
    const std::optional<std::string> glibc = Iconv("UTF-8", "CP1258", byte);
    if (glibc) {
      CHECK(DecodeLegacyBytes(byte, LegacyEncoding::kCp1258) == *glibc);
    } else {
      ++unassigned;
      CHECK(DecodeLegacyBytes(byte, LegacyEncoding::kCp1258) ==
            Utf8(Windows1252(static_cast<unsigned char>(b))));
    }
  }
  CHECK(unassigned == 9);  // Windows-1252's five gaps and Š Ž š ž
}

TEST_CASE("every Vietnamese letter round-trips through glibc's encoders") {
  for (const std::string& letter : VietnameseLetters()) {
    CAPTURE(letter);
    const std::optional<std::string> viscii = Iconv("VISCII", "UTF-8", letter);
    REQUIRE(viscii);
    CHECK(DecodeLegacyBytes(*viscii, LegacyEncoding::kViscii) == letter);
    CHECK(DecodeMisreadText(AsWindows1252(*viscii), LegacyEncoding::kViscii) == letter);
    const std::optional<std::string> cp1258 = Iconv("CP1258", "UTF-8", letter);
    REQUIRE(cp1258);
    CHECK(DecodeLegacyBytes(*cp1258, LegacyEncoding::kCp1258) == letter);
    const std::optional<std::string> tcvn = Iconv("TCVN5712-1", "UTF-8", letter);
    REQUIRE(tcvn);
    if (!IsTonedCapital(letter)) {
      CHECK(DecodeLegacyBytes(*tcvn, LegacyEncoding::kTcvn3) == letter);
      CHECK(DecodeMisreadText(AsWindows1252(*tcvn), LegacyEncoding::kTcvn3) == letter);
    }
  }
}

// VNI bytes for `letter`, spelt out from the VNI chart: a base letter and one byte of marks
// (the capital forms are the small ones less 0x20), single bytes for đ ơ ư, toned i and ỵ.
std::string VniBytes(const std::string& letter) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = icu::Normalizer2::getNFDInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(letter), status);
  const UChar32 base = decomposed.char32At(0);
  const bool capital = u_isupper(base);
  const char32_t small = static_cast<char32_t>(u_tolower(base));
  char32_t modifier = 0;
  int tone = 0;
  for (int32_t i = 1; i < decomposed.length(); ++i) {
    const char32_t mark = decomposed.charAt(i);
    int t = 0;
    for (int k = 1; k < 6; ++k) {
      if (kToneMarks[k] == mark) t = k;
    }
    if (t) tone = t; else modifier = mark;
  }
  const unsigned char shift = capital ? 0x20 : 0;
  auto byte = [&](unsigned char small_byte) {
    return std::string(1, static_cast<char>(small_byte - shift));
  };
  // Columns: no tone, huyền, sắc, hỏi, ngã, nặng.
  const unsigned char kTones[] = {0, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF};
  const unsigned char kCircumflex[] = {0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4};
  const unsigned char kBreve[] = {0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB};
  const unsigned char kI[] = {0, 0xEC, 0xED, 0xE6, 0xF3, 0xF2};
  if (small == U'đ') return byte(0xF1);
  if (small == 'i' && tone) return byte(kI[tone]);
  if (small == 'y' && tone == 5) return byte(0xEE);
  std::string out(1, static_cast<char>(capital ? u_toupper(static_cast<UChar32>(small)) : small));
  if (modifier == 0x031B) {  // horn: ơ and ư are letters of their own
    out = byte(small == 'o' ? 0xF4 : 0xF6);
  } else if (modifier == 0x0302) {
    return out + byte(kCircumflex[tone]);
  } else if (modifier == 0x0306) {
    return out + byte(kBreve[tone]);
  }
  return tone ? out + byte(kTones[tone]) : out;
}

TEST_CASE("every Vietnamese letter round-trips through VNI") {
  for (const std::string& letter : VietnameseLetters()) {
    CAPTURE(letter);
    const std::string bytes = VniBytes(letter);
    CHECK(DecodeLegacyBytes(bytes, LegacyEncoding::kVni) == letter);
    CHECK(DecodeMisreadText(AsWindows1252(bytes), LegacyEncoding::kVni) == letter);
  }
  CHECK(DecodeMisreadText("Ñaûng Coäng saûn Vieät Nam", LegacyEncoding::kVni) ==
        "Đảng Cộng sản Việt Nam");
  CHECK(DecodeMisreadText("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", LegacyEncoding::kVni) ==
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  // A mark byte after a consonant or a space is the letter Windows-1252 has there.
  CHECK(DecodeLegacyBytes("\xF9 n\xF9", LegacyEncoding::kVni) == "ù nù");
}

TEST_CASE("misread TCVN3 text is decoded, with the quirks of extraction") {
  CHECK(DecodeMisreadText("§¶ng Céng s¶n ViÖt Nam", LegacyEncoding::kTcvn3) ==
        "Đảng Cộng sản Việt Nam");
  // ư as a soft hyphen, as U+2212 or U+2010 (a PDF's "minus" or "hyphen" glyph).
  CHECK(DecodeMisreadText("Tr\u00ADêng", LegacyEncoding::kTcvn3) == "Trường");
  CHECK(DecodeMisreadText("Tr\u2212êng", LegacyEncoding::kTcvn3) == "Trường");
  CHECK(DecodeMisreadText("Tr\u2010êng", LegacyEncoding::kTcvn3) == "Trường");
  // à as the micro sign case-folded to Greek mu, or upper-cased to capital Mu.
  CHECK(DecodeMisreadText("l\u03BC", LegacyEncoding::kTcvn3) == "là");
  CHECK(DecodeMisreadText("l\u039C", LegacyEncoding::kTcvn3) == "là");
  // A symbol font's private-use code points.
  CHECK(DecodeMisreadText("\uF0A7\uF0B6ng", LegacyEncoding::kTcvn3) == "Đảng");
  // Bytes a Latin-1 reader gave as C1 controls; real Unicode is kept as it is.
  CHECK(DecodeMisreadText("\u0093Tæ\u0094 — Hà Nội", LegacyEncoding::kTcvn3) == "“Tổ” — Hà Nội");
  // A capital font: the small letters' codes are capitals.
  CHECK(DecodeMisreadText("®¶ng céng s¶n viÖt nam", LegacyEncoding::kTcvn3, true) ==
        "ĐẢNG CỘNG SẢN VIỆT NAM");
}

TEST_CASE("a TCVN3 line in capitals typed with small toned letters reads in capitals") {
  // TCVN3 has no "Ệ" or "Ủ": a header typed in .VnTime has "HUYÖN ñY" for "HUYỆN ỦY".
  const std::optional<std::string> bytes =
      EncodeLegacy("HUYệN ủY ĐÔNG LAM\nCHỉ THị\nBộ\nBộ Chính trị và Huyện ủy\nT/M BAN THƯờNG Vụ", LegacyEncoding::kTcvn3);
  REQUIRE(bytes);
  CHECK(DecodeLegacyBytes(*bytes, LegacyEncoding::kTcvn3) ==
        "HUYỆN ỦY ĐÔNG LAM\nCHỈ THỊ\nBộ\nBộ Chính trị và Huyện ủy\nT/M BAN THƯỜNG VỤ");
  CHECK(DecodeMisreadText("HUYÖN ñY §¤NG LAM", LegacyEncoding::kTcvn3) == "HUYỆN ỦY ĐÔNG LAM");
  // Other encodings have those capitals: their small letters are small.
  CHECK(DecodeLegacyBytes(*EncodeLegacy("HUYệN ủY", LegacyEncoding::kViscii), LegacyEncoding::kViscii) == "HUYệN ủY");
}

TEST_CASE("fonts name their encoding") {
  CHECK(EncodingOfFont(".VnTime") == FontEncoding{LegacyEncoding::kTcvn3, false});
  CHECK(EncodingOfFont(".VnTimeH") == FontEncoding{LegacyEncoding::kTcvn3, true});
  CHECK(EncodingOfFont(".vnarialh") == FontEncoding{LegacyEncoding::kTcvn3, true});
  CHECK(EncodingOfFont("ABCDEF+.VnTimeH,Bold") == FontEncoding{LegacyEncoding::kTcvn3, true});
  CHECK(EncodingOfFont("VnTime-Bold") == FontEncoding{LegacyEncoding::kTcvn3, false});
  CHECK(EncodingOfFont(".VnBook-Antiqua") == FontEncoding{LegacyEncoding::kTcvn3, false});
  CHECK(EncodingOfFont("VNI-Times") == FontEncoding{LegacyEncoding::kVni, false});
  CHECK(EncodingOfFont("vni-helve") == FontEncoding{LegacyEncoding::kVni, false});
  CHECK_FALSE(EncodingOfFont("Times New Roman"));
  CHECK_FALSE(EncodingOfFont(""));
  CHECK_FALSE(EncodingOfFont(".Vn"));
  CHECK_FALSE(EncodingOfFont("Vnexpress Sans"));
  CHECK(LegacyEncodingName(LegacyEncoding::kCp1258) == "Windows-1258");
}

const char* const kSample =
    "Ban Thường vụ Tỉnh ủy Lam Giang yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt và "
    "thực hiện nghiêm túc chỉ thị này; định kỳ sáu tháng báo cáo kết quả về Văn phòng Tỉnh ủy.";

std::string VniEncode(const std::string& utf8) {
  std::string out;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    out += VniBytes(Utf8(static_cast<char32_t>(text.char32At(i))));
  }
  return out;
}

TEST_CASE("raw bytes are told by the syllables they decode to") {
  struct Case {
    LegacyEncoding encoding;
    std::string bytes;
  };
  const Case cases[] = {
      {LegacyEncoding::kTcvn3, *Iconv("TCVN5712-1", "UTF-8", kSample)},
      {LegacyEncoding::kViscii, *Iconv("VISCII", "UTF-8", kSample)},
      {LegacyEncoding::kCp1258, *Iconv("CP1258", "UTF-8", kSample)},
      {LegacyEncoding::kVni, VniEncode(kSample)},
  };
  for (const Case& c : cases) {
    CAPTURE(LegacyEncodingName(c.encoding));
    CHECK(DetectLegacyBytes(c.bytes) == c.encoding);
    CHECK(DecodeLegacyBytes(c.bytes, c.encoding) == kSample);
    const std::string misread = AsWindows1252(c.bytes);
    CHECK(DetectMisreadText(misread) == c.encoding);
    CHECK(DecodeMisreadText(misread, c.encoding) == kSample);
  }
}

TEST_CASE("Unicode text and stray symbols are not taken for a legacy encoding") {
  CHECK_FALSE(DetectMisreadText(kSample));
  CHECK_FALSE(DetectMisreadText("Điều 3 § 2: nhiệt độ ±5 °C, giá 10 µg; tỷ lệ ½ — © 2020 ®"));
  CHECK_FALSE(DetectMisreadText("Café crème brûlée à la française, déjà vu, naïve façade."));
  CHECK_FALSE(DetectMisreadText("Chỉ thị số 05-CT/TW"));
  CHECK_FALSE(DetectMisreadText(""));
  // Too little to be sure of.
  CHECK_FALSE(DetectMisreadText("§¶ng"));
  // Bytes that are no text.
  std::string every_byte;
  for (int round = 0; round < 4; ++round) {
    for (int b = 1; b < 256; ++b) every_byte.push_back(static_cast<char>(b));
  }
  CHECK_FALSE(DetectLegacyBytes(every_byte));
  CHECK_FALSE(DetectLegacyBytes(std::string(200, '\xE0')));
  CHECK_FALSE(DetectLegacyBytes(""));
}

TEST_CASE("large text is decoded piece by piece to the same result") {
  const std::string bytes = *EncodeLegacy(kSample, LegacyEncoding::kCp1258);
  std::string many;
  std::string expected;
  while (many.size() < (std::size_t{5} << 20)) {
    many += bytes + "\n";
    expected += std::string(kSample) + "\n";
  }
  CHECK(DetectLegacyBytes(many) == LegacyEncoding::kCp1258);
  CHECK(DecodeLegacyBytes(many, LegacyEncoding::kCp1258) == expected);
  CHECK(DecodeMisreadText(AsWindows1252(many), LegacyEncoding::kCp1258) == expected);
  // One 3 MB "word": cut where no line break or space comes, never inside a UTF-8 sequence.
  const std::string word(std::size_t{3} << 20, '\xE0');
  CHECK(DecodeLegacyBytes(word, LegacyEncoding::kTcvn3).size() == word.size() * 2);
  CHECK(DecodeMisreadText(AsWindows1252(word), LegacyEncoding::kTcvn3) == AsWindows1252(word));
}

TEST_CASE("the encoder types what the decoder reads") {
  for (LegacyEncoding encoding : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni,
                                  LegacyEncoding::kViscii, LegacyEncoding::kCp1258}) {
    CAPTURE(LegacyEncodingName(encoding));
    const std::optional<std::string> bytes = EncodeLegacy(kSample, encoding);
    REQUIRE(bytes);
    CHECK(DecodeLegacyBytes(*bytes, encoding) == kSample);
    for (const std::string& letter : VietnameseLetters()) {
      CAPTURE(letter);
      // TCVN3 types a capital with a tone as the capital and a combining tone mark.
      const std::optional<std::string> typed = EncodeLegacy("ia" + letter, encoding);
      REQUIRE(typed);
      CHECK(DecodeLegacyBytes(*typed, encoding) == "ia" + letter);
    }
  }
  CHECK(EncodeLegacy("ộ", LegacyEncoding::kVni)->size() == 2);  // o and a mark byte
  CHECK_FALSE(EncodeLegacy("中", LegacyEncoding::kCp1258));
}

}  // namespace
}  // namespace vankien::readers
