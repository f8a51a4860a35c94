// The analysis chain, used alike by the indexer for documents and by the query side for
// queries, so that a query is read exactly as the text it should match:
//
//   1. special spans: identifiers (identifier_extractor.h), URLs and e-mail addresses
//      (link_finder.h) and dates (date.h) are found first and kept whole;
//   2. word breaking with ICU between them (word_breaker.h);
//   3. token filters on each word (token_filters.h): NFC, case folding, tone-mark placement
//      give the exact form; removing diacritics gives the folded form.
//
// Every token carries its byte offsets in the original text, for highlighting and snippets.
#ifndef VANKIEN_ANALYSIS_ANALYZER_H_
#define VANKIEN_ANALYSIS_ANALYZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/identifier_extractor.h"
#include "analysis/text_span.h"
#include "analysis/word_breaker.h"

namespace vankien::analysis {

enum class TokenKind : unsigned char { kWord, kNumber, kIdentifier, kDate, kUrl, kEmail };

// What separates a token from the one before it.
enum class Gap : unsigned char {
  kBlank,        // only blanks: the words read as a phrase
  kPunctuation,  // a comma, a quote, a bracket, a dash … inside one sentence
  kSentence,     // a sentence end (. ! ?) or a line break
};

struct Token {
  // NFC, case-folded, tone placement canonical: "hóa" for "Hoá". Identifiers are their
  // canonical form in lower case ("05-ct/tw"), dates ISO ("2016-08-19").
  std::string exact;
  // exact without diacritics, đ → d: "hoa".
  std::string folded;
  TextSpan span;            // in the analysed text
  std::uint32_t position;   // ordinal of the token, counting from the first position asked for
  TokenKind kind;
  // What separates this token from the one before (kSentence for the first token).
  Gap gap;
};

struct Analysis {
  std::vector<Token> tokens;
  std::vector<IdentifierMention> identifiers;
  std::size_t invalid_utf8 = 0;  // ill-formed UTF-8 sequences seen (each read as U+FFFD)
};

// Which forms of each token to compute.
enum class Forms {
  kBoth,        // exact and folded: for indexing and queries
  kFoldedOnly,  // folded only (exact left empty): enough to find matches, as snippets do
};

// Not thread-safe (it owns an ICU iterator and scratch buffers): one Analyzer per thread.
class Analyzer {
 public:
  Analyzer();

  // Analyses text into *out, replacing its contents. Positions start at first_position.
  void Analyze(std::string_view text, Analysis* out, std::uint32_t first_position = 0,
               Forms forms = Forms::kBoth);

 private:
  // Fills token->exact (unless forms is kFoldedOnly) and token->folded from one word's bytes.
  void NormalizeWord(std::string_view bytes, Forms forms, Token* token);

  WordBreaker breaker_;
  std::vector<WordSpan> words_;
  std::u32string code_points_;
  std::u32string folded_code_points_;
};

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_ANALYZER_H_
