#include "readers/paragraph_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <map>
#include <optional>
#include <vector>

#include "readers/legacy_encoding.h"

namespace vankien::readers {
namespace {

// Consecutive runs in one font, their text joined: a VNI mark byte may sit in the run after
// its vowel's when the formatting changes within a word.
struct Stretch {
  std::string font;
  std::string text;
};

std::vector<Stretch> Stretches(const Paragraph& paragraph) {
  std::vector<Stretch> stretches;
  for (const TextRun& run : paragraph.runs) {
    if (stretches.empty() || stretches.back().font != run.font) {
      stretches.push_back(Stretch{run.font, ""});
    }
    stretches.back().text += run.text;
  }
  return stretches;
}

// The encoding of each font of `stretches` that names none, judged on all its text together.
std::map<std::string, std::optional<LegacyEncoding>> DetectedEncodings(
    const std::vector<Stretch>& stretches) {
  std::map<std::string, std::string> text_by_font;
  for (const Stretch& stretch : stretches) {
    if (!EncodingOfFont(stretch.font)) text_by_font[stretch.font] += stretch.text + " ";
  }
  std::map<std::string, std::optional<LegacyEncoding>> encodings;
  for (const auto& [font, text] : text_by_font) encodings[font] = DetectMisreadText(text);
  return encodings;
}

// `text` in NFC, with ligatures written out and no-break spaces as spaces.
std::string Uniform(const std::string& text) {
  static constexpr const char16_t* kLigatures[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString folded;
  for (int32_t i = 0; i < unicode.length(); ++i) {
    const char16_t c = unicode.charAt(i);
    if (c >= 0xFB00 && c <= 0xFB06) {
      folded.append(icu::UnicodeString(kLigatures[c - 0xFB00]));
    } else {
      folded.append(c == 0x00A0 ? u' ' : c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) folded = nfc->normalize(folded, status);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace

std::string ParagraphText(const Paragraph& paragraph) {
  const std::vector<Stretch> stretches = Stretches(paragraph);
  const auto detected = DetectedEncodings(stretches);
  std::string text;
  for (const Stretch& stretch : stretches) {
    if (const std::optional<FontEncoding> font = EncodingOfFont(stretch.font)) {
      text += DecodeMisreadText(stretch.text, font->encoding, font->capitals);
    } else if (const std::optional<LegacyEncoding> encoding = detected.at(stretch.font)) {
      text += DecodeMisreadText(stretch.text, *encoding);
    } else {
      text += stretch.text;
    }
  }
  return Uniform(text);
}

std::string PlainText(const Extraction& extraction) {
  std::string text;
  for (const Paragraph& paragraph : extraction.paragraphs) {
    const std::string paragraph_text = ParagraphText(paragraph);
    if (paragraph_text.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += paragraph_text;
  }
  return text;
}

}  // namespace vankien::readers
