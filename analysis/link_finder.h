// Finds URLs and e-mail addresses, which the tokenizer keeps whole: ICU's word rules would cut
// them at every '/', ':' and '@'.
#ifndef VANKIEN_ANALYSIS_LINK_FINDER_H_
#define VANKIEN_ANALYSIS_LINK_FINDER_H_

#include <string_view>
#include <vector>

#include "analysis/text_span.h"

namespace vankien::analysis {

// Spans of URLs that start with "http://", "https://" or "www." at a word boundary, in order.
// A URL ends at a blank, a quote or an angle bracket; trailing sentence punctuation is not
// part of it.
std::vector<TextSpan> FindUrls(std::string_view text);

// Spans of e-mail addresses (local@domain.tld), in order.
std::vector<TextSpan> FindEmails(std::string_view text);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_LINK_FINDER_H_
