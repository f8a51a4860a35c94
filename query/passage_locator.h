// Finds, cheaply, where in a long text the query's words gather, so that a snippet needs the
// full analysis chain only for that passage, not for a whole 100 KB article. The text is folded
// one character at a time (case and diacritics removed through the analysis tables, everything
// that is not a letter or digit made a space) and the query's folded pairs and words are found
// in it at word boundaries; the query's document numbers, written in too many ways for that,
// are found by the identifier extractor.
#ifndef VANKIEN_QUERY_PASSAGE_LOCATOR_H_
#define VANKIEN_QUERY_PASSAGE_LOCATOR_H_

#include <cstddef>
#include <string_view>

#include "query/snippet.h"

namespace vankien::query {

// The byte offset in `text` where the window of about window_bytes holding the most distinct
// matches of `terms` starts; 0 when nothing matches.
std::size_t LocatePassage(std::string_view text, const HighlightTerms& terms, std::size_t window_bytes);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_PASSAGE_LOCATOR_H_
