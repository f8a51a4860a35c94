#include "analysis/analyzer.h"

#include <algorithm>

#include "analysis/date.h"
#include "analysis/link_finder.h"
#include "analysis/text_scan.h"
#include "analysis/tone_placement.h"
#include "analysis/token_filters.h"
#include "analysis/utf8.h"

namespace vankien::analysis {
namespace {

struct SpecialSpan {
  TextSpan span;
  TokenKind kind;
  std::size_t source = 0;  // index of the identifier or date it came from
};

// Merges `found` (sorted, not overlapping each other) into `taken` (sorted), dropping every
// span of `found` that overlaps one already taken: earlier calls have priority. Linear time.
void MergeSpans(const std::vector<SpecialSpan>& found, std::vector<SpecialSpan>* taken) {
  std::vector<SpecialSpan> merged;
  merged.reserve(taken->size() + found.size());
  std::size_t t = 0;
  for (const SpecialSpan& candidate : found) {
    while (t < taken->size() && (*taken)[t].span.end <= candidate.span.begin) {
      merged.push_back((*taken)[t++]);
    }
    bool overlaps = t < taken->size() && (*taken)[t].span.begin < candidate.span.end;
    if (!overlaps) merged.push_back(candidate);
  }
  merged.insert(merged.end(), taken->begin() + static_cast<std::ptrdiff_t>(t), taken->end());
  taken->swap(merged);
}

std::vector<SpecialSpan> OfKind(const std::vector<TextSpan>& spans, TokenKind kind) {
  std::vector<SpecialSpan> out;
  out.reserve(spans.size());
  for (const TextSpan& span : spans) out.push_back({span, kind});
  return out;
}

// Classifies the bytes between two tokens.
Gap GapBetween(std::string_view text, std::size_t from, std::size_t to) {
  Gap gap = Gap::kBlank;
  for (std::size_t i = from; i < to; ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t') continue;
    if (SentenceEndLength(text, i) > 0) return Gap::kSentence;
    if (text.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    gap = Gap::kPunctuation;
  }
  return gap;
}

void AsciiLower(std::string_view bytes, std::string* out) {
  out->assign(bytes);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace

Analyzer::Analyzer() = default;

void Analyzer::NormalizeWord(std::string_view bytes, Forms forms, Token* token) {
  if (IsAscii(bytes)) {
    AsciiLower(bytes, &token->folded);
    if (forms == Forms::kBoth) token->exact = token->folded;
    return;
  }
  if (forms == Forms::kFoldedOnly) {
    // Folding drops every mark, so neither NFC nor tone placement changes the result.
    DecodeUtf8(bytes, &code_points_);
    FoldDiacritics(code_points_, &folded_code_points_);
    token->folded = EncodeUtf8(folded_code_points_);
    return;
  }
  DecodeUtf8(bytes, &code_points_);
  NormalizeNfc(&code_points_);
  FoldCase(&code_points_);
  CanonicalizeTonePlacement(&code_points_);
  FoldDiacritics(code_points_, &folded_code_points_);
  token->exact = EncodeUtf8(code_points_);
  token->folded = EncodeUtf8(folded_code_points_);
}

void Analyzer::Analyze(std::string_view text, Analysis* out, std::uint32_t first_position, Forms forms) {
  out->tokens.clear();
  out->identifiers = ExtractIdentifiers(text);
  out->invalid_utf8 = IsAscii(text) ? 0 : CountInvalidUtf8(text);

  // Special spans, in priority order where they overlap: a URL may contain what looks like an
  // identifier or a date, an identifier may contain what looks like a date.
  std::vector<SpecialSpan> special;
  MergeSpans(OfKind(FindUrls(text), TokenKind::kUrl), &special);
  MergeSpans(OfKind(FindEmails(text), TokenKind::kEmail), &special);
  std::vector<SpecialSpan> identifier_spans;
  for (std::size_t i = 0; i < out->identifiers.size(); ++i) {
    identifier_spans.push_back({out->identifiers[i].span, TokenKind::kIdentifier, i});
  }
  MergeSpans(identifier_spans, &special);
  std::vector<DateMention> dates = FindDates(text);
  std::vector<SpecialSpan> date_spans;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    date_spans.push_back({dates[i].span, TokenKind::kDate, i});
  }
  MergeSpans(date_spans, &special);

  std::uint32_t position = first_position;
  std::size_t previous_end = 0;
  auto emit = [&](TextSpan span, TokenKind kind) -> Token& {
    Token& token = out->tokens.emplace_back();
    token.span = span;
    token.kind = kind;
    token.position = position++;
    token.gap = out->tokens.size() > 1 ? GapBetween(text, previous_end, span.begin) : Gap::kSentence;
    previous_end = span.end;
    return token;
  };
  auto emit_words = [&](std::size_t from, std::size_t to) {
    words_.clear();
    breaker_.Break(text, from, to, &words_);
    for (const WordSpan& word : words_) {
      Token& token = emit(word.span, word.kind == WordKind::kNumber ? TokenKind::kNumber
                                                                     : TokenKind::kWord);
      NormalizeWord(text.substr(word.span.begin, word.span.end - word.span.begin), forms, &token);
    }
  };

  std::size_t cursor = 0;
  for (const SpecialSpan& s : special) {
    emit_words(cursor, s.span.begin);
    Token& token = emit(s.span, s.kind);
    switch (s.kind) {
      case TokenKind::kIdentifier:
        NormalizeWord(out->identifiers[s.source].canonical, forms, &token);
        break;
      case TokenKind::kDate:
        token.folded = dates[s.source].date.ToIso();
        if (forms == Forms::kBoth) token.exact = token.folded;
        break;
      default:
        NormalizeWord(text.substr(s.span.begin, s.span.end - s.span.begin), forms, &token);
        break;
    }
    cursor = s.span.end;
  }
  emit_words(cursor, text.size());
}

}  // namespace vankien::analysis
