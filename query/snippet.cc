#include "query/snippet.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "analysis/token_filters.h"
#include "query/passage_locator.h"

namespace vankien::query {
namespace {

// Texts longer than this are first searched cheaply for the passage to analyse (passage_locator.h).
constexpr std::size_t kLocateAboveBytes = 1024;
// The passage analysed: room for a snippet of 30 words (about 150 bytes) and the words around
// it. Analysing it is most of a snippet's cost: halving it from 900 bytes took a search with
// ten snippets from 1.63 to 1.45 ms on average (tools/bench_search --snippets, baomoi + viwiki).
constexpr std::size_t kPassageBytes = 450;

// Builds the parts for text[begin, end), marking the given token spans.
Snippet Parts(std::string_view text, std::size_t begin, std::size_t end,
              const std::vector<analysis::TextSpan>& matches) {
  Snippet snippet;
  std::size_t cursor = begin;
  for (const analysis::TextSpan& span : matches) {
    if (span.begin < begin || span.end > end) continue;
    if (span.begin > cursor) snippet.push_back({std::string(text.substr(cursor, span.begin - cursor)), false});
    snippet.push_back({std::string(text.substr(span.begin, span.end - span.begin)), true});
    cursor = span.end;
  }
  if (end > cursor) snippet.push_back({std::string(text.substr(cursor, end - cursor)), false});
  return snippet;
}

// Collapses line breaks so a snippet reads as one line.
void Flatten(Snippet* snippet) {
  for (SnippetPart& part : *snippet) {
    for (char& c : part.text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    std::string collapsed;
    for (char c : part.text) {
      if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
      collapsed.push_back(c);
    }
    part.text = std::move(collapsed);
  }
}

// For each token of `text`: the match it belongs to (an index into the distinct matches), or -1.
std::vector<int> Matches(std::string_view text, const std::vector<analysis::Token>& tokens,
                         const HighlightTerms& terms) {
  std::vector<int> match(tokens.size(), -1);
  // Whether each token is in a form the query wrote (HighlightTerms::forms; true where it sets
  // none), and which of those words the text holds so. The exact form is worked out only for
  // the few tokens that may match: the text was analysed for folded forms alone.
  std::vector<bool> in_written_form(tokens.size(), true);
  std::set<std::string_view> written;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto it = terms.forms.find(tokens[i].folded);
    if (it == terms.forms.end()) continue;
    const analysis::TextSpan& span = tokens[i].span;
    in_written_form[i] = it->second.count(analysis::ExactForm(text.substr(span.begin, span.end - span.begin))) > 0;
    if (in_written_form[i]) written.insert(it->first);
  }
  auto accepted = [&](std::size_t i) {
    return in_written_form[i] || !written.count(tokens[i].folded);
  };
  std::map<std::string, int> ids;
  auto id_of = [&](const std::string& key) { return ids.emplace(key, static_cast<int>(ids.size())).first->second; };
  // The first words of the pairs: a pair is only looked up after one of them.
  std::set<std::string_view> firsts;
  for (const std::string& pair : terms.pairs) firsts.insert(std::string_view(pair).substr(0, pair.find(' ')));
  bool any_pair = false;
  std::string pair;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!accepted(i)) continue;
    if (terms.words.count(tokens[i].folded)) match[i] = id_of(tokens[i].folded);
    if (i > 0 && tokens[i].gap != analysis::Gap::kSentence && firsts.count(tokens[i - 1].folded) &&
        accepted(i - 1)) {
      pair.assign(tokens[i - 1].folded).append(1, ' ').append(tokens[i].folded);
      if (terms.pairs.count(pair)) {
        int id = id_of(pair);
        match[i - 1] = match[i - 1] < 0 ? id : match[i - 1];
        match[i] = id;
        any_pair = true;
      }
    }
  }
  // Phrases: every word of an occurrence, found word by word from its first.
  for (const std::string& phrase : terms.phrases) {
    std::vector<std::string_view> words;
    for (std::size_t begin = 0; begin <= phrase.size();) {
      std::size_t end = std::min(phrase.find(' ', begin), phrase.size());
      words.emplace_back(std::string_view(phrase).substr(begin, end - begin));
      begin = end + 1;
    }
    for (std::size_t i = 0; i + words.size() <= tokens.size(); ++i) {
      std::size_t n = 0;
      while (n < words.size() && tokens[i + n].folded == words[n] && accepted(i + n) &&
             (n == 0 || tokens[i + n].gap != analysis::Gap::kSentence)) {
        ++n;
      }
      if (n < words.size()) continue;
      const int id = id_of(phrase);
      for (std::size_t k = 0; k < n; ++k) match[i + k] = id;
      any_pair = true;
    }
  }
  if (!any_pair && !terms.pairs.empty()) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (match[i] < 0 && terms.all_words.count(tokens[i].folded) && accepted(i)) {
        match[i] = id_of(tokens[i].folded);
      }
    }
  }
  return match;
}

// The nearest place at or beyond `at` (in `direction`, -1 or +1) between two words, so the
// passage does not cut one; at most kMaxWordBytes away, else the nearest character boundary
// (a text without spaces — a long URL, a script written without them — is cut there, and
// the passage stays short enough not to be located again).
constexpr std::size_t kMaxWordBytes = 64;
std::size_t WordBoundary(std::string_view text, std::size_t at, int direction) {
  auto between = [&](std::size_t i) { return i == 0 || i >= text.size() || text[i] == ' ' || text[i] == '\n'; };
  for (std::size_t step = 0, i = at; step <= kMaxWordBytes; ++step) {
    if (between(i)) return i;
    i += direction;
  }
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

Snippet MakeSnippet(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer,
                    std::size_t max_words, std::size_t max_scan_bytes) {
  // A long text: analyse only the passage where the matches gather.
  if (text.size() > kLocateAboveBytes) {
    std::size_t start = LocatePassage(text.substr(0, max_scan_bytes), terms, kPassageBytes / 2);
    std::size_t begin = WordBoundary(text, start > kPassageBytes / 4 ? start - kPassageBytes / 4 : 0, -1);
    std::size_t end = WordBoundary(text, std::min(text.size(), begin + kPassageBytes), +1);
    Snippet snippet = MakeSnippet(text.substr(begin, end - begin), terms, analyzer, max_words, max_scan_bytes);
    if (begin > 0 && (snippet.empty() || snippet.front().text != "… ")) snippet.insert(snippet.begin(), {"… ", false});
    if (end < text.size() && (snippet.empty() || snippet.back().text != " …")) snippet.push_back({" …", false});
    return snippet;
  }
  std::string_view scanned = text.substr(0, max_scan_bytes);
  analysis::Analysis analysis;
  analyzer->Analyze(scanned, &analysis, 0, analysis::Forms::kFoldedOnly);
  const auto& tokens = analysis.tokens;
  if (tokens.empty()) return {};
  const std::vector<int> match = Matches(scanned, tokens, terms);

  // Slide a window of max_words tokens; score = distinct matches inside.
  std::map<int, int> inside;
  std::size_t best_start = 0;
  int best = -1;
  int distinct = 0;
  for (std::size_t end = 0; end < tokens.size(); ++end) {
    if (match[end] >= 0 && inside[match[end]]++ == 0) ++distinct;
    if (end >= max_words) {
      std::size_t leaving = end - max_words;
      if (match[leaving] >= 0 && --inside[match[leaving]] == 0) --distinct;
    }
    std::size_t start = end + 1 >= max_words ? end + 1 - max_words : 0;
    if (distinct > best) {
      best = distinct;
      best_start = start;
    }
  }
  // Start a little before the first match in the window, so the match has some context.
  std::size_t first_match = best_start;
  while (first_match < tokens.size() && first_match < best_start + max_words && match[first_match] < 0) {
    ++first_match;
  }
  if (first_match < tokens.size() && first_match < best_start + max_words && best > 0) {
    best_start = first_match > 4 ? first_match - 4 : 0;
  }
  std::size_t last = std::min(tokens.size(), best_start + max_words) - 1;

  std::size_t begin = best_start == 0 ? 0 : tokens[best_start].span.begin;
  std::size_t end = last + 1 == tokens.size() && scanned.size() == text.size() ? text.size() : tokens[last].span.end;
  std::vector<analysis::TextSpan> spans;
  for (std::size_t i = best_start; i <= last; ++i) {
    if (match[i] >= 0) spans.push_back(tokens[i].span);
  }
  Snippet snippet = Parts(text, begin, end, spans);
  if (begin > 0) snippet.insert(snippet.begin(), {"… ", false});
  if (end < text.size()) snippet.push_back({" …", false});
  Flatten(&snippet);
  return snippet;
}

Snippet MarkMatches(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer) {
  analysis::Analysis analysis;
  analyzer->Analyze(text, &analysis, 0, analysis::Forms::kFoldedOnly);
  const std::vector<int> match = Matches(text, analysis.tokens, terms);
  std::vector<analysis::TextSpan> spans;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    if (match[i] >= 0) spans.push_back(analysis.tokens[i].span);
  }
  return Parts(text, 0, text.size(), spans);
}

Snippet Highlight(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer) {
  Snippet snippet = MarkMatches(text, terms, analyzer);
  Flatten(&snippet);
  return snippet;
}

std::string RenderSnippet(const Snippet& snippet, std::string_view open, std::string_view close) {
  std::string out;
  for (const SnippetPart& part : snippet) {
    if (part.match) out += open;
    out += part.text;
    if (part.match) out += close;
  }
  return out;
}

}  // namespace vankien::query
