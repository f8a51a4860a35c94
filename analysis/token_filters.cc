#include "analysis/token_filters.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "analysis/char_tables.h"
#include "analysis/tone_placement.h"
#include "analysis/utf8.h"

namespace vankien::analysis {

void NormalizeNfc(std::u32string* token) {
  const CharTables& tables = CharTables::Get();
  bool needed = false;
  for (char32_t cp : *token) {
    if (tables.MayNeedNfc(cp)) {
      needed = true;
      break;
    }
  }
  if (!needed) return;

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot load the NFC normaliser");
  icu::UnicodeString source = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(token->data()), static_cast<int32_t>(token->size()));
  icu::UnicodeString normalized = nfc->normalize(source, status);
  if (U_FAILURE(status)) return;  // leave the token as it was rather than lose it
  token->clear();
  for (int32_t i = 0; i < normalized.length();) {
    UChar32 cp = normalized.char32At(i);
    token->push_back(static_cast<char32_t>(cp));
    i += U16_LENGTH(cp);
  }
}

void FoldCase(std::u32string* token) {
  const CharTables& tables = CharTables::Get();
  for (char32_t& cp : *token) cp = tables.FoldCase(cp);
}

void FoldDiacritics(std::u32string_view exact, std::u32string* folded) {
  const CharTables& tables = CharTables::Get();
  folded->clear();
  for (char32_t cp : exact) {
    char32_t stripped = tables.StripDiacritics(cp);
    if (stripped != 0) folded->push_back(stripped);
  }
}

std::string ExactForm(std::string_view word) {
  std::u32string token;
  DecodeUtf8(word, &token);
  NormalizeNfc(&token);
  FoldCase(&token);
  CanonicalizeTonePlacement(&token);
  return EncodeUtf8(token);
}

std::string FoldedForm(std::string_view word) {
  std::u32string exact;
  DecodeUtf8(ExactForm(word), &exact);
  std::u32string folded;
  FoldDiacritics(exact, &folded);
  return EncodeUtf8(folded);
}

std::string FoldedWords(std::string_view text) {
  std::string words;
  for (char c : FoldedForm(text)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      words += c;
    } else if (!words.empty() && words.back() != ' ') {
      words += ' ';
    }
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

}  // namespace vankien::analysis
