// Snippets: the passage of a document where the query's words gather, with every matched word
// marked. Matching uses the analysis chain, so it is accent-, case- and tone-style-insensitive
// exactly as the search was: a query "chi bo" highlights "Chi bộ" and "chi bộ".
#ifndef VANKIEN_QUERY_SNIPPET_H_
#define VANKIEN_QUERY_SNIPPET_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::query {

struct SnippetPart {
  std::string text;
  bool match = false;
  friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};

// A snippet is its parts in order; concatenated, they are a stretch of the original text
// (with "…" where it was cut).
using Snippet = std::vector<SnippetPart>;

// The window of at most max_words words of `text` that holds the most distinct query words
// (ties: the earliest), cut at word boundaries. With no match, the opening words.
// Only the first max_scan_bytes of a long text are scanned.
Snippet MakeSnippet(std::string_view text, const std::set<std::string>& folded_words,
                    analysis::Analyzer* analyzer, std::size_t max_words = 30,
                    std::size_t max_scan_bytes = 64 * 1024);

// All of `text` (a title), with its matches marked.
Snippet Highlight(std::string_view text, const std::set<std::string>& folded_words,
                  analysis::Analyzer* analyzer);

// The snippet as plain text, matches wrapped in `open` and `close` (e.g. ANSI bold).
std::string RenderSnippet(const Snippet& snippet, std::string_view open, std::string_view close);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_SNIPPET_H_
