#include "readers/text_layer_quality.h"

#include <algorithm>
#include <string_view>

#include "analysis/text_scan.h"
#include "analysis/utf8.h"
#include "readers/legacy_encoding.h"

namespace vankien::readers {
namespace {

// Readable words are at least this share of the words with letters.
constexpr double kMinReadableShare = 0.6;

// The letters of Vietnamese beyond ASCII, lower and upper case, precomposed.
constexpr std::u32string_view kVietnameseLetters =
    U"àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    U"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

// The combining marks of Vietnamese: the five tones, circumflex, breve and horn.
bool IsVietnameseMark(char32_t cp) {
  return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323 || cp == 0x0302 ||
         cp == 0x0306 || cp == 0x031B;
}

bool IsAsciiLetter(char32_t cp) { return cp < 0x80 && analysis::IsAsciiAlpha(static_cast<char>(cp)); }

bool IsVietnameseLetter(char32_t cp) {
  return IsAsciiLetter(cp) || kVietnameseLetters.find(cp) != std::u32string_view::npos;
}

// Punctuation and digits that may stand in or around a word ("12-CT/TU", "(2024),", "ủy;").
bool IsWordPunctuation(char32_t cp) {
  return cp < 0x80 ? !IsAsciiLetter(cp) : (cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2018' ||
                                           cp == U'\u2019' || cp == U'\u201C' || cp == U'\u201D' ||
                                           cp == U'\u2026');
}

}  // namespace

bool IsUsableTextLayer(const std::vector<PlacedWord>& words) {
  int letters = 0;
  int words_with_letters = 0;
  int readable = 0;
  for (const PlacedWord& word : words) {
    int word_letters = 0;
    bool spelt = true;
    for (char32_t cp : word.text) {
      if (IsVietnameseLetter(cp)) {
        ++word_letters;
      } else if (!IsVietnameseMark(cp) && !IsWordPunctuation(cp)) {
        spelt = false;
        ++word_letters;
      }
    }
    if (word_letters == 0) continue;
    letters += word_letters;
    ++words_with_letters;
    if (spelt || EncodingOfFont(word.font)) ++readable;
  }
  if (letters < kMinTextLayerLetters) return false;
  if (readable >= kMinReadableShare * words_with_letters) return true;
  // Symbol soup in fonts that do not say their encoding may still be legacy bytes that decode
  // to Vietnamese (readers/paragraph_text.h decodes them so): then the text is there to read.
  std::string text;
  for (const PlacedWord& word : words) text += analysis::EncodeUtf8(word.text) + " ";
  return DetectMisreadText(text).has_value();
}

}  // namespace vankien::readers
