#include "readers/legacy_encoding.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "analysis/utf8.h"
#include "readers/legacy_charsets.h"
#include "readers/vietnamese_syllable.h"

namespace vankien::readers {
namespace {

constexpr std::array<LegacyEncoding, 4> kEncodings = {
    LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViscii, LegacyEncoding::kCp1258};

// Detection reads this much: enough words to be sure, a bounded time for any file.
constexpr std::size_t kDetectionBytes = 256 << 10;
// Text is decoded this much at a time, so that a large file is not held in UTF-32 and UTF-16
// at once; a piece ends after a line break or space when one comes soon enough.
constexpr std::size_t kPieceBytes = 1 << 20;
// A decoding is taken only when it adds at least this many Vietnamese syllables (words with a
// diacritic) to those of the text as it is …
constexpr int kMinSyllables = 3;
// … its syllables are at least this share of its words with a diacritic …
constexpr double kMinSyllableShare = 0.75;
// … and with a score (syllables minus other words with non-ASCII letters) this much above the
// text as it is: at least kMinGain words, and kMinGainShare of the words it judged.
constexpr int kMinGain = 3;
constexpr double kMinGainShare = 0.3;

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool StartsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  return EqualIgnoringCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualIgnoringCase(s.substr(s.size() - suffix.size()), suffix);
}

// The family name of a font name as formats give it: no PDF subset tag, no style suffix.
std::string_view FontFamily(std::string_view font) {
  if (font.find('+') == 6) font.remove_prefix(7);
  font = font.substr(0, font.find(','));
  for (std::string_view style : {"-BoldItalic", "-Bold", "-Italic", "-Regular", " Bold Italic",
                                 " Bold", " Italic"}) {
    if (font.size() > style.size() && EndsWithIgnoringCase(font, style)) {
      font.remove_suffix(style.size());
      break;
    }
  }
  while (!font.empty() && font.back() == ' ') font.remove_suffix(1);
  return font;
}

std::string ToUtf8Nfc(const std::u32string& code_points, bool capitals) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(code_points.data()), static_cast<int32_t>(code_points.size()));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) text = nfc->normalize(text, status);
  if (capitals) text.toUpper(icu::Locale("vi"));
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::u32string DecodeMisreadCodePoints(std::string_view text, LegacyEncoding encoding) {
  std::u32string code_points;
  analysis::DecodeUtf8(text, &code_points);
  std::u32string out;
  out.reserve(code_points.size());
  std::string bytes;
  for (char32_t cp : code_points) {
    if (std::optional<unsigned char> byte = MisreadByte(cp)) {
      bytes.push_back(static_cast<char>(*byte));
      continue;
    }
    AppendLegacyDecoded(bytes, encoding, &out);
    bytes.clear();
    out.push_back(cp);
  }
  AppendLegacyDecoded(bytes, encoding, &out);
  return out;
}

// Whether `code_points` are NFC without asking ICU: text of Latin letters (the Vietnamese
// precomposed ones included) and punctuation (not U+2000–U+200F, some of which NFC replaces),
// with no combining mark, is.
bool PlainlyNfc(const std::u32string& code_points) {
  return std::all_of(code_points.begin(), code_points.end(), [](char32_t c) {
    return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x205F);
  });
}

std::u32string Nfc(const std::u32string& code_points) {
  if (PlainlyNfc(code_points)) return code_points;
  std::string utf8 = ToUtf8Nfc(code_points, false);
  std::u32string out;
  analysis::DecodeUtf8(utf8, &out);
  return out;
}

// What separates words: ASCII other than letters, white space, general punctuation
// (“ ” – … ) and guillemets. A word keeps any other symbol, so "§¶ng" is one word that fails.
bool SeparatesWords(char32_t cp) {
  if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  return cp == 0xA0 || cp == 0xAB || cp == 0xBB || (cp >= 0x2000 && cp <= 0x206F) ||
         u_isUWhiteSpace(static_cast<UChar32>(cp));
}

// How Vietnamese a text reads: among its words of two letters or more holding a non-ASCII
// character (ASCII words read the same in every decoding), how many are syllables. A word of
// one letter tells nothing: symbols standing alone ("§ 2", "±5", "©") decode in some encoding
// to one-vowel words that exist (ổ, ơ, ệ in VISCII).
struct SyllableCount {
  int syllables = 0;
  int others = 0;
  // Syllables with a letter no legacy byte is misread as (ă, ơ, đ, ộ …): Unicode typed as
  // such, which a decoding keeps as it is.
  int unicode_syllables = 0;
  int Score() const { return syllables - others; }
};

SyllableCount CountSyllables(const std::u32string& nfc) {
  SyllableCount count;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= nfc.size(); ++i) {
    if (i < nfc.size() && !SeparatesWords(nfc[i])) continue;
    const std::u32string_view word = std::u32string_view(nfc).substr(start, i - start);
    start = i + 1;
    if (word.size() < 2 ||
        std::all_of(word.begin(), word.end(), [](char32_t c) { return c < 0x80; })) {
      continue;
    }
    if (!IsVietnameseSyllable(word)) {
      ++count.others;
      continue;
    }
    ++count.syllables;
    if (std::any_of(word.begin(), word.end(), [](char32_t c) { return !MisreadByte(c); })) {
      ++count.unicode_syllables;
    }
  }
  return count;
}

// The encoding whose decoding (by `decode`) reads clearly more Vietnamese than `as_is`.
template <typename Decode>
std::optional<LegacyEncoding> BestDecoding(const std::u32string& as_is, Decode decode) {
  const SyllableCount original = CountSyllables(Nfc(as_is));
  std::optional<LegacyEncoding> best;
  SyllableCount best_count;
  for (LegacyEncoding encoding : kEncodings) {
    const SyllableCount count = CountSyllables(Nfc(decode(encoding)));
    if (!best || count.Score() > best_count.Score()) {
      best = encoding;
      best_count = count;
    }
  }
  // The syllables the decoding adds, which must outnumber the syllables the text has with
  // letters only Unicode has: text that reads as Unicode Vietnamese is left as it is, even
  // when a decoding would mend a few words (VISCII reads Icelandic "Ð" as "Đ").
  const int made = best_count.syllables - original.syllables;
  const int judged = best_count.syllables + best_count.others;
  const bool confident =
      made >= kMinSyllables && made > original.unicode_syllables &&
      best_count.syllables >= kMinSyllableShare * judged &&
      best_count.Score() - original.Score() >= std::max<double>(kMinGain, kMinGainShare * judged);
  if (!confident) return std::nullopt;
  return best;
}

// At most kDetectionBytes of `text`, not cutting a UTF-8 sequence.
std::string_view DetectionSample(std::string_view text) {
  if (text.size() <= kDetectionBytes) return text;
  std::size_t end = kDetectionBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Where the piece of `text` decoded next ends: after the first line break or space past
// kPieceBytes (what follows one decodes alike whether or not it starts a piece: nothing
// composes with a space), or, in text without one, at kPieceBytes — not inside a UTF-8
// sequence, for misread text.
std::size_t PieceEnd(std::string_view text) {
  if (text.size() <= kPieceBytes) return text.size();
  const std::size_t blank = text.find_first_of("\n ", kPieceBytes);
  if (blank != std::string_view::npos && blank < 2 * kPieceBytes) return blank + 1;
  std::size_t end = kPieceBytes;
  while (end > kPieceBytes / 2 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

// Whether the letter cp carries one of the five tone marks.
bool HasToneMark(UChar32 cp, const icu::Normalizer2& nfd) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString parts = nfd.normalize(icu::UnicodeString(cp), status);
  for (char16_t mark : {u'\u0300', u'\u0301', u'\u0303', u'\u0309', u'\u0323'}) {
    if (parts.indexOf(mark) >= 0) return true;
  }
  return false;
}

// TCVN3 (ABC) has no code for a capital with a tone mark (Ả, Ộ, Ỉ …): a line in capitals
// typed in a text font (not a capital font such as .VnTimeH) has those letters small, so
// "HUYỆN ỦY" decodes as "HUYệN ủY". A line whose letters are all capitals but for small letters
// with a tone mark, at least two of them capitals ("Bộ" alone stays), is upper-cased whole.
std::string CapitalizeToneGaps(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return utf8;
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t start = 0; start < utf8.size();) {
    std::size_t end = utf8.find('\n', start);
    end = end == std::string::npos ? utf8.size() : end + 1;
    icu::UnicodeString line = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data() + start, static_cast<int32_t>(end - start)));
    int capitals = 0;
    bool gaps_only = true;
    for (int32_t i = 0; i < line.length() && gaps_only; i = line.moveIndex32(i, 1)) {
      const UChar32 cp = line.char32At(i);
      if (u_isUUppercase(cp)) {
        ++capitals;
      } else if (u_isULowercase(cp)) {
        gaps_only = HasToneMark(cp, *nfd);
      }
    }
    if (gaps_only && capitals >= 2) line.toUpper(icu::Locale("vi"));
    line.toUTF8String(out);
    start = end;
  }
  return out;
}

template <typename DecodePiece>
std::string DecodeByPieces(std::string_view text, DecodePiece decode) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  while (!text.empty()) {
    const std::size_t end = PieceEnd(text);
    out += decode(text.substr(0, end));
    text.remove_prefix(end);
  }
  return out;
}

}  // namespace

std::string_view LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3: return "TCVN3";
    case LegacyEncoding::kVni: return "VNI";
    case LegacyEncoding::kViscii: return "VISCII";
    case LegacyEncoding::kCp1258: return "Windows-1258";
  }
  return "";
}

std::optional<FontEncoding> EncodingOfFont(std::string_view font) {
  const std::string_view family = FontFamily(font);
  const bool dotted = StartsWithIgnoringCase(family, ".vn") && family.size() > 3;
  const bool undotted = family.substr(0, 2) == "Vn" && family.size() > 2 &&
                        std::isupper(static_cast<unsigned char>(family[2]));
  if (dotted || undotted) {
    return FontEncoding{LegacyEncoding::kTcvn3, EndsWithIgnoringCase(family, "h")};
  }
  if ((StartsWithIgnoringCase(family, "vni-") || StartsWithIgnoringCase(family, "vni ")) &&
      family.size() > 4) {
    return FontEncoding{LegacyEncoding::kVni, false};
  }
  return std::nullopt;
}

std::string DecodeLegacyBytes(std::string_view bytes, LegacyEncoding encoding) {
  return DecodeByPieces(bytes, [&](std::string_view piece) {
    std::u32string code_points;
    AppendLegacyDecoded(piece, encoding, &code_points);
    std::string text = ToUtf8Nfc(code_points, false);
    return encoding == LegacyEncoding::kTcvn3 ? CapitalizeToneGaps(text) : text;
  });
}

std::string DecodeMisreadText(std::string_view text, LegacyEncoding encoding, bool capitals) {
  return DecodeByPieces(text, [&](std::string_view piece) {
    std::string decoded = ToUtf8Nfc(DecodeMisreadCodePoints(piece, encoding), capitals);
    return encoding == LegacyEncoding::kTcvn3 && !capitals ? CapitalizeToneGaps(decoded) : decoded;
  });
}

std::optional<LegacyEncoding> DetectLegacyBytes(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kDetectionBytes);
  std::u32string as_utf8;
  analysis::DecodeUtf8(sample, &as_utf8);
  return BestDecoding(as_utf8, [&](LegacyEncoding encoding) {
    std::u32string decoded;
    AppendLegacyDecoded(sample, encoding, &decoded);
    return decoded;
  });
}

std::optional<LegacyEncoding> DetectMisreadText(std::string_view text) {
  const std::string_view sample = DetectionSample(text);
  std::u32string as_is;
  analysis::DecodeUtf8(sample, &as_is);
  return BestDecoding(as_is, [&](LegacyEncoding encoding) {
    return DecodeMisreadCodePoints(sample, encoding);
  });
}

}  // namespace vankien::readers
