// Snippets: the passage of a document where the query's words gather, with every matched word
// marked. Matching uses the analysis chain, so it is accent-, case- and tone-style-insensitive
// exactly as the search was: a query "chi bo" highlights "Chi bộ" and "chi bộ".
#ifndef VANKIEN_QUERY_SNIPPET_H_
#define VANKIEN_QUERY_SNIPPET_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::query {

// What a query asks to see highlighted, folded like the index.
struct HighlightTerms {
  // Words highlighted wherever they occur: the one-word parts of a query, document numbers.
  std::set<std::string> words;
  // "a b": both words highlighted where they stand side by side, in this order — the words of a
  // query of several words, so that "chi bo" marks "chi bộ" but not every "chỉ" and "bộ".
  std::set<std::string> pairs;
  // Every word of the query outside its phrases: highlighted one by one in a text where none
  // of the pairs occurs (the search then matched the words apart).
  std::set<std::string> all_words;
  // Document numbers of the query, canonical ("05-CT/TW"), found however a text writes them
  // ("05 – CT/TƯ", "số05-CT/TW"); their folded forms are in `words` too.
  std::set<std::string> numbers;
  // The forms the query wrote, by folded word ("tu" → {"tự"}), for words of a query typed with
  // diacritics (the analyser's exact forms: any tone style, any case). In a text that holds
  // one of a word's forms, only those are marked: "tự chuyển hóa" marks "tự chuyển hoá", not
  // "từ chuyển". A text that holds none keeps its folded matches, which the search matched.
  std::map<std::string, std::set<std::string>> forms;
  // Quoted phrases of two words or more, folded words joined by one space: highlighted only
  // where all their words stand in order, never word by word. (The search requires each pair
  // of the phrase, not always side by side: a document can match with nothing marked.)
  std::set<std::string> phrases;
};

struct SnippetPart {
  std::string text;
  bool match = false;
  friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};

// A snippet is its parts in order; concatenated, they are a stretch of the original text
// (with "…" where it was cut).
using Snippet = std::vector<SnippetPart>;

// The window of at most max_words words of `text` that holds the most distinct matches
// (ties: the earliest), cut at word boundaries. With no match, the opening words.
// Only the first max_scan_bytes of a long text are scanned.
Snippet MakeSnippet(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer,
                    std::size_t max_words = 30, std::size_t max_scan_bytes = 64 * 1024);

// All of `text`, with its matches marked, exactly as written (a document's text: the parts put
// together are the text).
Snippet MarkMatches(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer);

// All of `text` (a title), with its matches marked, on one line (line breaks made spaces).
Snippet Highlight(std::string_view text, const HighlightTerms& terms, analysis::Analyzer* analyzer);

// The snippet as plain text, matches wrapped in `open` and `close` (e.g. ANSI bold).
std::string RenderSnippet(const Snippet& snippet, std::string_view open, std::string_view close);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_SNIPPET_H_
