#include "analysis/word_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace vankien::analysis {

WordBreaker::WordBreaker() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !iterator_) {
    throw std::runtime_error(std::string("ICU: cannot create a word break iterator: ") +
                             u_errorName(status));
  }
}

WordBreaker::~WordBreaker() {
  if (utext_ != nullptr) utext_close(utext_);
}

void WordBreaker::Break(std::string_view text, std::size_t begin, std::size_t end,
                        std::vector<WordSpan>* out) {
  if (end <= begin) return;
  UErrorCode status = U_ZERO_ERROR;
  // ICU's UTF-8 UText indexes by byte, so boundaries are byte offsets from `begin`.
  utext_ = utext_openUTF8(utext_, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot open text for word breaking");
  iterator_->setText(utext_, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: cannot set text for word breaking");

  int32_t start = iterator_->first();
  for (int32_t limit = iterator_->next(); limit != icu::BreakIterator::DONE;
       start = limit, limit = iterator_->next()) {
    int32_t status_tag = iterator_->getRuleStatus();
    if (status_tag < UBRK_WORD_NONE_LIMIT) continue;  // blanks and punctuation
    WordKind kind = status_tag < UBRK_WORD_NUMBER_LIMIT ? WordKind::kNumber : WordKind::kLetters;
    std::size_t piece = begin + static_cast<std::size_t>(start);
    const std::size_t word_end = begin + static_cast<std::size_t>(limit);
    // Split at underscores (word-segmented corpora join syllables with them).
    for (std::size_t i = piece; i <= word_end; ++i) {
      if (i == word_end || text[i] == '_') {
        if (i > piece) out->push_back({{piece, i}, kind});
        piece = i + 1;
      }
    }
  }
}

}  // namespace vankien::analysis
