// The terms the topic model (indexer/topic_model.h) reads in a document: each folded word, and
// each pair of words read as a phrase (only blanks between them), with a value that grows with
// the log of its count and a document vector of length 1, so long and short texts weigh alike.
// Terms are keyed by a 64-bit hash rather than their text: the indexer reads every document, and
// building a string for every word pair would cost more than the rest of topic assignment.
#ifndef VANKIEN_INDEXER_TOPIC_TERMS_H_
#define VANKIEN_INDEXER_TOPIC_TERMS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"

namespace vankien::indexer {

// Title and subject words count this many times a body word: they say what the text is about.
inline constexpr double kTopicTermTitleWeight = 3;

// The key of a folded term as TopicTermValues keys it: a word ("tham") or two words joined by
// one space ("tham nhung").
std::uint64_t TopicTermKey(std::string_view folded_term);

// Every term of a document (its words, and its pairs of words with only blanks between them)
// → (1 + ln weighted count), the whole scaled to length 1. Empty for a document without words.
// Linear in the number of tokens.
std::unordered_map<std::uint64_t, double> TopicTermValues(const std::vector<analysis::Token>& title,
                                                           const std::vector<analysis::Token>& subject,
                                                           const std::vector<analysis::Token>& text);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TOPIC_TERMS_H_
