// Word breaking with ICU's rule-based BreakIterator. ICU has no Vietnamese dictionary, so the
// root rules apply: one token per syllable, numbers with their separators kept whole
// ("70.000", "3,2"). ICU joins words around '_', which word-segmented corpora use to glue
// syllables ("Việt_Nam"); the breaker splits there, so such text reads like plain text.
#ifndef VANKIEN_ANALYSIS_WORD_BREAKER_H_
#define VANKIEN_ANALYSIS_WORD_BREAKER_H_

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/utext.h>
#include <unicode/uversion.h>

#include "analysis/text_span.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace vankien::analysis {

enum class WordKind : unsigned char { kLetters, kNumber };

struct WordSpan {
  TextSpan span;
  WordKind kind;
};

// Not thread-safe: use one WordBreaker per thread.
class WordBreaker {
 public:
  // Throws std::runtime_error when ICU cannot create the iterator (missing ICU data).
  WordBreaker();
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // Appends to *out the words of text[begin, end) — runs of letters or numbers, never blanks or
  // punctuation — with byte offsets into text. Works on UTF-8 directly (no UTF-16 copy);
  // ill-formed bytes read as U+FFFD.
  void Break(std::string_view text, std::size_t begin, std::size_t end,
             std::vector<WordSpan>* out);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
  UText* utext_ = nullptr;
};

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_WORD_BREAKER_H_
