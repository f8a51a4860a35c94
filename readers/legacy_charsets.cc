#include "readers/legacy_charsets.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <map>
#include <mutex>
#include <unordered_map>


namespace vankien::readers {
namespace {

// Windows-1252's 0x80–0x9F; zero where it assigns nothing.
constexpr std::array<char32_t, 32> kWindows1252High = {
    U'€', 0,     U'‚', U'ƒ', U'„', U'…', U'†', U'‡', U'ˆ', U'‰', U'Š', U'‹', U'Œ', 0,     U'Ž', 0,
    0,     U'‘', U'’', U'“', U'”', U'•', U'–', U'—', U'˜', U'™', U'š', U'›', U'œ', 0,     U'ž', U'Ÿ'};

// TCVN3 (ABC, TCVN 5712:1993 VN3), bytes 0xA0–0xFF; below 0xA0 it is ASCII and Windows-1252.
// VN3 is the part of VN1 (glibc's TCVN5712-1) that the ABC fonts draw: the small letters, the
// seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ) and the five combining tone marks. VN1 also
// puts the capitals with a tone in C0 controls, 0x80–0x9F and the zeros below; an ABC font has
// no glyph there — capitals come from the "H" fonts, typed with the small letters' codes — so
// those bytes read as Windows-1252 (curly quotes and dashes Word typed in a .VnTime run).
constexpr std::array<char32_t, 96> kTcvn3High = {
    // A0–AF
    0x00A0, U'Ă', U'Â', U'Ê', U'Ô', U'Ơ', U'Ư', U'Đ', U'ă', U'â', U'ê', U'ô', U'ơ', U'ư', U'đ', 0,
    // B0–BF: the tone marks (grave, hook, tilde, acute, dot below), then a and ă with tones
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, U'à', U'ả', U'ã', U'á', U'ạ', 0, U'ằ', U'ẳ', U'ẵ', U'ắ', 0,
    // C0–CF
    0, 0, 0, 0, 0, 0, U'ặ', U'ầ', U'ẩ', U'ẫ', U'ấ', U'ậ', U'è', 0, U'ẻ', U'ẽ',
    // D0–DF
    U'é', U'ẹ', U'ề', U'ể', U'ễ', U'ế', U'ệ', U'ì', U'ỉ', 0, 0, 0, U'ĩ', U'í', U'ị', U'ò',
    // E0–EF
    0, U'ỏ', U'õ', U'ó', U'ọ', U'ồ', U'ổ', U'ỗ', U'ố', U'ộ', U'ờ', U'ở', U'ỡ', U'ớ', U'ợ', U'ù',
    // F0–FF
    0, U'ủ', U'ũ', U'ú', U'ụ', U'ừ', U'ử', U'ữ', U'ứ', U'ự', U'ỳ', U'ỷ', U'ỹ', U'ý', U'ỵ', 0};

// VISCII (RFC 1456), bytes 0x80–0xFF: every one a letter.
constexpr std::array<char32_t, 128> kVisciiHigh = {
    U'Ạ', U'Ắ', U'Ằ', U'Ặ', U'Ấ', U'Ầ', U'Ẩ', U'Ậ', U'Ẽ', U'Ẹ', U'Ế', U'Ề', U'Ể', U'Ễ', U'Ệ', U'Ố',
    U'Ồ', U'Ổ', U'Ỗ', U'Ộ', U'Ợ', U'Ớ', U'Ờ', U'Ở', U'Ị', U'Ỏ', U'Ọ', U'Ỉ', U'Ủ', U'Ũ', U'Ụ', U'Ỳ',
    U'Õ', U'ắ', U'ằ', U'ặ', U'ấ', U'ầ', U'ẩ', U'ậ', U'ẽ', U'ẹ', U'ế', U'ề', U'ể', U'ễ', U'ệ', U'ố',
    U'ồ', U'ổ', U'ỗ', U'Ỡ', U'Ơ', U'ộ', U'ờ', U'ở', U'ị', U'Ự', U'Ứ', U'Ừ', U'Ử', U'ơ', U'ớ', U'Ư',
    U'À', U'Á', U'Â', U'Ã', U'Ả', U'Ă', U'ẳ', U'ẵ', U'È', U'É', U'Ê', U'Ẻ', U'Ì', U'Í', U'Ĩ', U'ỳ',
    U'Đ', U'ứ', U'Ò', U'Ó', U'Ô', U'ạ', U'ỷ', U'ừ', U'ử', U'Ù', U'Ú', U'ỹ', U'ỵ', U'Ý', U'ỡ', U'ư',
    U'à', U'á', U'â', U'ã', U'ả', U'ă', U'ữ', U'ẫ', U'è', U'é', U'ê', U'ẻ', U'ì', U'í', U'ĩ', U'ỉ',
    U'đ', U'ự', U'ò', U'ó', U'ô', U'õ', U'ỏ', U'ọ', U'ụ', U'ù', U'ú', U'ũ', U'ủ', U'ý', U'ợ', U'Ữ'};

// The six C0 controls VISCII gives to capitals, which it had no room for above 0x7F.
char32_t VisciiLow(unsigned char byte) {
  switch (byte) {
    case 0x02: return U'Ẳ';
    case 0x05: return U'Ẵ';
    case 0x06: return U'Ẫ';
    case 0x14: return U'Ỷ';
    case 0x19: return U'Ỹ';
    case 0x1E: return U'Ỵ';
    default: return byte;
  }
}

// Windows-1258: Windows-1252 with the Vietnamese letters it lacks and the five tone marks in
// place of letters Vietnamese does not use. Its four other changes from Windows-1252 (0x8A Š,
// 0x8E Ž, 0x9A š, 0x9E ž left unassigned) keep Windows-1252's letters here, as for TCVN3.
char32_t Cp1258(unsigned char byte) {
  switch (byte) {
    case 0xC3: return U'Ă';
    case 0xCC: return 0x0300;
    case 0xD0: return U'Đ';
    case 0xD2: return 0x0309;
    case 0xD5: return U'Ơ';
    case 0xDD: return U'Ư';
    case 0xDE: return 0x0303;
    case 0xE3: return U'ă';
    case 0xEC: return 0x0301;
    case 0xF0: return U'đ';
    case 0xF2: return 0x0323;
    case 0xF5: return U'ơ';
    case 0xFD: return U'ư';
    case 0xFE: return U'₫';
    default: return Windows1252(byte);
  }
}

// VNI-Windows writes a toned vowel as its base letter followed by one byte of marks (ấ is
// "a" + 0xE1, with 0xC1 after a capital); only đ, ơ, ư, the toned i (whose dot the tone
// replaces, so it is a glyph of its own) and ỵ are single bytes.
//
// Checked against the VNI comparison chart "Bảng đối chiếu encoding các bộ chữ hiện hành với
// Unicode" (columns VNI and VNI hex; scribd.com/document/23311958) and the VNI Character Set
// article of Wikipedia (two bytes a vowel, the second the marks; ASCII below 0x80), letter by
// letter for every vowel with every tone: legacy_encoding_test.cc round-trips all 134.
struct VniByte {
  unsigned char byte;
  char32_t letter;         // a letter of its own, or 0
  char32_t marks[2];       // the combining marks it adds to the vowel before it
};
constexpr VniByte kVniBytes[] = {
    // single-byte letters
    {0xD1, U'Đ', {}}, {0xF1, U'đ', {}}, {0xD4, U'Ơ', {}}, {0xF4, U'ơ', {}},
    {0xD6, U'Ư', {}}, {0xF6, U'ư', {}}, {0xCC, U'Ì', {}}, {0xEC, U'ì', {}},
    {0xCD, U'Í', {}}, {0xED, U'í', {}}, {0xC6, U'Ỉ', {}}, {0xE6, U'ỉ', {}},
    {0xD3, U'Ĩ', {}}, {0xF3, U'ĩ', {}}, {0xD2, U'Ị', {}}, {0xF2, U'ị', {}},
    {0xCE, U'Ỵ', {}}, {0xEE, U'ỵ', {}},
    // tones: capital and small forms
    {0xD8, 0, {0x0300}}, {0xF8, 0, {0x0300}}, {0xD9, 0, {0x0301}}, {0xF9, 0, {0x0301}},
    {0xDB, 0, {0x0309}}, {0xFB, 0, {0x0309}}, {0xD5, 0, {0x0303}}, {0xF5, 0, {0x0303}},
    {0xCF, 0, {0x0323}}, {0xEF, 0, {0x0323}},
    // circumflex, alone and with each tone
    {0xC2, 0, {0x0302}}, {0xE2, 0, {0x0302}}, {0xC0, 0, {0x0302, 0x0300}},
    {0xE0, 0, {0x0302, 0x0300}}, {0xC1, 0, {0x0302, 0x0301}}, {0xE1, 0, {0x0302, 0x0301}},
    {0xC5, 0, {0x0302, 0x0309}}, {0xE5, 0, {0x0302, 0x0309}}, {0xC3, 0, {0x0302, 0x0303}},
    {0xE3, 0, {0x0302, 0x0303}}, {0xC4, 0, {0x0302, 0x0323}}, {0xE4, 0, {0x0302, 0x0323}},
    // breve, alone and with each tone
    {0xCA, 0, {0x0306}}, {0xEA, 0, {0x0306}}, {0xC8, 0, {0x0306, 0x0300}},
    {0xE8, 0, {0x0306, 0x0300}}, {0xC9, 0, {0x0306, 0x0301}}, {0xE9, 0, {0x0306, 0x0301}},
    {0xDA, 0, {0x0306, 0x0309}}, {0xFA, 0, {0x0306, 0x0309}}, {0xDC, 0, {0x0306, 0x0303}},
    {0xFC, 0, {0x0306, 0x0303}}, {0xCB, 0, {0x0306, 0x0323}}, {0xEB, 0, {0x0306, 0x0323}},
};

const VniByte* FindVniByte(unsigned char byte) {
  for (const VniByte& entry : kVniBytes) {
    if (entry.byte == byte) return &entry;
  }
  return nullptr;
}

bool IsCombiningMark(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

// Whether a VNI mark byte after *out attaches to a vowel: *out ends with a vowel letter,
// perhaps already carrying marks.
bool EndsWithVowel(const std::u32string& out) {
  std::size_t end = out.size();
  while (end > 0 && IsCombiningMark(out[end - 1])) --end;
  if (end == 0) return false;
  return std::u32string_view(U"aeiouyAEIOUYơưƠƯ").find(out[end - 1]) != std::u32string_view::npos;
}

void AppendVni(unsigned char byte, std::u32string* out) {
  const VniByte* entry = byte >= 0x80 ? FindVniByte(byte) : nullptr;
  if (entry == nullptr) {
    out->push_back(Windows1252(byte));
  } else if (entry->letter != 0) {
    out->push_back(entry->letter);
  } else if (EndsWithVowel(*out)) {
    for (char32_t mark : entry->marks) {
      if (mark != 0) out->push_back(mark);
    }
  } else {
    out->push_back(Windows1252(byte));
  }
}

// NFC of `code_points` when it is a single code point, else 0.
char32_t ComposedOne(const std::u32string& code_points) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString composed = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(code_points.data()),
                                    static_cast<int32_t>(code_points.size())),
      status);
  if (U_FAILURE(status) || composed.countChar32() != 1) return 0;
  return static_cast<char32_t>(composed.char32At(0));
}

// Each character `encoding` can type, with the shortest bytes that decode to it (the lowest
// byte values first, so ASCII wins over a Windows-1252 fallback that gives the same).
std::unordered_map<char32_t, std::string> EncoderTable(LegacyEncoding encoding) {
  std::unordered_map<char32_t, std::string> table;
  for (int length = 1; length <= 2; ++length) {
    for (int first = 0; first < 256; ++first) {
      // VNI has a small and a capital form of each mark byte; the one matching the letter's
      // case is tried first, as VNI typing makes it.
      std::u32string letter;
      AppendLegacyDecoded(std::string(1, static_cast<char>(first)), encoding, &letter);
      const int start = u_islower(static_cast<UChar32>(letter[0])) ? 0xE0 : 0xC0;
      for (int k = 0; k < (length == 2 ? 256 : 1); ++k) {
        const int second = (start + k) % 256;
        std::string bytes(1, static_cast<char>(first));
        if (length == 2) bytes.push_back(static_cast<char>(second));
        std::u32string decoded;
        AppendLegacyDecoded(bytes, encoding, &decoded);
        const char32_t cp = ComposedOne(decoded);
        if (cp == 0) continue;
        // A byte that is a mark after a vowel (VNI's 0xE1 "á") cannot type its fallback letter.
        std::u32string after_vowel = U"a";
        AppendLegacyDecoded(bytes, encoding, &after_vowel);
        if (after_vowel != std::u32string(U"a") + decoded) continue;
        table.emplace(cp, bytes);
      }
    }
  }
  return table;
}

}  // namespace

char32_t Windows1252(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0 && kWindows1252High[byte - 0x80] != 0) {
    return kWindows1252High[byte - 0x80];
  }
  return byte;
}

void AppendLegacyDecoded(std::string_view bytes, LegacyEncoding encoding, std::u32string* out) {
  out->reserve(out->size() + bytes.size());
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    switch (encoding) {
      case LegacyEncoding::kTcvn3:
        out->push_back(byte >= 0xA0 && kTcvn3High[byte - 0xA0] != 0 ? kTcvn3High[byte - 0xA0]
                                                                      : Windows1252(byte));
        break;
      case LegacyEncoding::kVni:
        AppendVni(byte, out);
        break;
      case LegacyEncoding::kViscii:
        out->push_back(byte >= 0x80 ? kVisciiHigh[byte - 0x80] : VisciiLow(byte));
        break;
      case LegacyEncoding::kCp1258:
        out->push_back(Cp1258(byte));
        break;
    }
  }
}

std::optional<unsigned char> MisreadByte(char32_t cp) {
  if (cp < 0x100) return static_cast<unsigned char>(cp);  // ASCII, Latin-1, C1 from Latin-1
  if (cp >= 0x1E00 && cp < 0x2000) return std::nullopt;  // Vietnamese letters, at once
  for (std::size_t i = 0; i < kWindows1252High.size(); ++i) {
    if (kWindows1252High[i] == cp) return static_cast<unsigned char>(0x80 + i);
  }
  switch (cp) {
    // 0xAD is a soft hyphen in Windows-1252; PDF fonts name its glyph "hyphen" or "minus" and
    // text extraction then gives U+2010 or U+2212 — TCVN3's ư arrives so.
    case 0x2010:
    case 0x2212:
      return 0xAD;
    // 0xB5 is the micro sign, which case folding turns into Greek mu (and upper-casing into
    // capital Mu): TCVN3's à after a format's case mapping.
    case 0x03BC:
    case 0x039C:
      return 0xB5;
    default:
      break;
  }
  // Word and PDF producers give a character of a font they treat as a symbol font (no Unicode
  // cmap) as U+F000 + its byte.
  if (cp >= 0xF020 && cp <= 0xF0FF) return static_cast<unsigned char>(cp - 0xF000);
  return std::nullopt;
}

std::optional<std::string> EncodeLegacy(std::string_view utf8, LegacyEncoding encoding) {
  static std::mutex mutex;
  static std::map<LegacyEncoding, std::unordered_map<char32_t, std::string>> tables;
  const std::unordered_map<char32_t, std::string>* table = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = tables.find(encoding);
    if (it == tables.end()) it = tables.emplace(encoding, EncoderTable(encoding)).first;
    table = &it->second;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
      status);
  std::string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    auto it = table->find(static_cast<char32_t>(text.char32At(i)));
    if (it == table->end()) return std::nullopt;
    out += it->second;
  }
  return out;
}

}  // namespace vankien::readers
