#include "indexer/topic_terms.h"

#include <cmath>
#include <functional>
#include <string>

namespace vankien::indexer {
namespace {

std::uint64_t WordKey(std::string_view word) { return std::hash<std::string_view>()(word); }

// A pair's key from its words' keys; the multiplier keeps ("a", "b") apart from ("b", "a").
std::uint64_t PairKey(std::uint64_t first, std::uint64_t second) {
  return first * 0x9E3779B97F4A7C15ULL + second + 1;
}

void Count(const std::vector<analysis::Token>& tokens, double weight,
           std::unordered_map<std::uint64_t, double>* counts) {
  std::uint64_t previous = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != analysis::TokenKind::kWord) continue;
    const std::uint64_t key = WordKey(tokens[i].folded);
    (*counts)[key] += weight;
    const bool pair = i > 0 && tokens[i - 1].kind == analysis::TokenKind::kWord &&
                      tokens[i].gap == analysis::Gap::kBlank;
    if (pair) (*counts)[PairKey(previous, key)] += weight;
    previous = key;
  }
}

}  // namespace

std::uint64_t TopicTermKey(std::string_view folded_term) {
  const std::size_t space = folded_term.find(' ');
  if (space == std::string_view::npos) return WordKey(folded_term);
  return PairKey(WordKey(folded_term.substr(0, space)), WordKey(folded_term.substr(space + 1)));
}

std::unordered_map<std::uint64_t, double> TopicTermValues(const std::vector<analysis::Token>& title,
                                                           const std::vector<analysis::Token>& subject,
                                                           const std::vector<analysis::Token>& text) {
  std::unordered_map<std::uint64_t, double> values;
  Count(title, kTopicTermTitleWeight, &values);
  Count(subject, kTopicTermTitleWeight, &values);
  Count(text, 1, &values);
  double length = 0;
  for (auto& [key, value] : values) {
    value = 1 + std::log(value);
    length += value * value;
  }
  length = std::sqrt(length);
  for (auto& [key, value] : values) value /= length;
  return values;
}

}  // namespace vankien::indexer
