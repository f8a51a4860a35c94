#include "indexer/topic_classifier.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>

#include "indexer/topic_terms.h"

namespace vankien::indexer {
namespace {

// Words are looked up by a hash computed once per word of the document, and a match is then
// confirmed on the words themselves.
std::uint64_t WordHash(const std::string& word) { return std::hash<std::string>()(word); }

}  // namespace

TopicClassifier::TopicClassifier(const Taxonomy& taxonomy, TopicTuning tuning)
    : tuning_(tuning), model_(taxonomy.model) {
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  for (std::size_t t = 0; t < taxonomy.topics.size(); ++t) {
    const TopicDefinition& topic = taxonomy.topics[t];
    codes_.push_back(topic.code);
    for (std::size_t i = 0; i < topic.phrases.size(); ++i) {
      const TopicPhrase& phrase = topic.phrases[i];
      analyzer.Analyze(phrase.text, &analysis);
      CompiledPhrase compiled{phrase.text, {}, t, i, phrase.weight};
      for (const analysis::Token& token : analysis.tokens) compiled.words.push_back(token.folded);
      if (compiled.words.empty()) continue;
      PhraseIndex& index = by_first_word_[WordHash(compiled.words.front())];
      if (compiled.words.size() == 1) {
        index.single_words.push_back(phrases_.size());
      } else {
        index.by_second_word[WordHash(compiled.words[1])].push_back(phrases_.size());
      }
      phrases_.push_back(std::move(compiled));
    }
  }
}

void TopicClassifier::Count(const std::vector<analysis::Token>& tokens, double factor,
                            std::vector<std::pair<std::size_t, double>>* hits) const {
  std::vector<std::uint64_t> hashes(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) hashes[i] = WordHash(tokens[i].folded);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto first = by_first_word_.find(hashes[i]);
    if (first == by_first_word_.end()) continue;
    for (std::size_t p : first->second.single_words) {
      if (phrases_[p].words[0] == tokens[i].folded) hits->emplace_back(p, factor);
    }
    // A phrase does not run across a sentence end.
    if (i + 1 == tokens.size() || tokens[i + 1].gap == analysis::Gap::kSentence) continue;
    auto second = first->second.by_second_word.find(hashes[i + 1]);
    if (second == first->second.by_second_word.end()) continue;
    for (std::size_t p : second->second) {
      const std::vector<std::string>& words = phrases_[p].words;
      if (i + words.size() > tokens.size()) continue;
      bool match = words[0] == tokens[i].folded && words[1] == tokens[i + 1].folded;
      for (std::size_t k = 2; k < words.size() && match; ++k) {
        match = tokens[i + k].folded == words[k] && tokens[i + k].gap != analysis::Gap::kSentence;
      }
      if (match) hits->emplace_back(p, factor);
    }
  }
}

std::vector<std::pair<std::size_t, double>> TopicClassifier::PhraseCounts(
    const std::vector<analysis::Token>& title, const std::vector<analysis::Token>& subject,
    const std::vector<analysis::Token>& text) const {
  std::vector<std::pair<std::size_t, double>> hits;
  Count(title, tuning_.title_factor, &hits);
  Count(subject, tuning_.subject_factor, &hits);
  double body_factor = 1.0;
  if (text.size() > tuning_.body_words) body_factor = std::sqrt(tuning_.body_words / text.size());
  Count(text, body_factor, &hits);
  // One entry a phrase, its count capped. A stable sort by phrase alone keeps each phrase's
  // matches in text order, so the sums are the same to the last bit however phrases are found.
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::size_t, double>> counts;
  for (const auto& [p, count] : hits) {
    if (counts.empty() || counts.back().first != p) counts.emplace_back(p, 0.0);
    counts.back().second += count;
  }
  for (auto& [p, count] : counts) count = std::min(count, tuning_.max_count);
  return counts;
}

std::vector<TopicClassifier::PhraseMatch> TopicClassifier::Matches(
    const std::vector<analysis::Token>& title, const std::vector<analysis::Token>& subject,
    const std::vector<analysis::Token>& text) const {
  std::vector<PhraseMatch> matches;
  for (const auto& [p, count] : PhraseCounts(title, subject, text)) {
    matches.push_back({phrases_[p].topic, phrases_[p].index_in_topic, count});
  }
  return matches;
}

std::vector<std::string> TopicClassifier::Explain(const std::vector<analysis::Token>& title,
                                                  const std::vector<analysis::Token>& subject,
                                                  const std::vector<analysis::Token>& text) const {
  std::vector<std::string> lines;
  for (const auto& [p, count] : PhraseCounts(title, subject, text)) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, " ×%.1f → %+.1f", count, phrases_[p].weight * count);
    lines.push_back(codes_[phrases_[p].topic] + ": " + phrases_[p].text + buffer);
  }
  return lines;
}

std::vector<double> TopicClassifier::Scores(const std::vector<analysis::Token>& title,
                                            const std::vector<analysis::Token>& subject,
                                            const std::vector<analysis::Token>& text) const {
  return ScoresOf(PhraseCounts(title, subject, text), TermValues(title, subject, text));
}

std::unordered_map<std::uint64_t, double> TopicClassifier::TermValues(const std::vector<analysis::Token>& title,
                                                                      const std::vector<analysis::Token>& subject,
                                                                      const std::vector<analysis::Token>& text) const {
  if (model_ == nullptr) return {};
  return TopicTermValues(title, subject, text);
}

std::vector<double> TopicClassifier::ScoresOf(const std::vector<std::pair<std::size_t, double>>& counts,
                                              const std::unordered_map<std::uint64_t, double>& term_values) const {
  std::vector<double> scores = model_ != nullptr ? model_->Scores(term_values) : std::vector<double>(codes_.size(), 0.0);
  for (const auto& [p, count] : counts) scores[phrases_[p].topic] += phrases_[p].weight * count;
  return scores;
}

std::vector<schema::TopicScore> ChooseTopics(const std::vector<double>& scores,
                                             const std::vector<std::string>& codes, const TopicTuning& tuning) {
  const double best = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
  std::vector<schema::TopicScore> topics;
  for (std::size_t t = 0; t < scores.size(); ++t) {
    if (scores[t] >= tuning.threshold && scores[t] >= tuning.relative * best) topics.push_back({codes[t], scores[t], {}});
  }
  std::stable_sort(topics.begin(), topics.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (topics.size() > tuning.max_topics) topics.resize(tuning.max_topics);
  return topics;
}

std::vector<schema::TopicScore> TopicClassifier::Classify(const std::vector<analysis::Token>& title,
                                                          const std::vector<analysis::Token>& subject,
                                                          const std::vector<analysis::Token>& text) const {
  const std::vector<std::pair<std::size_t, double>> counts = PhraseCounts(title, subject, text);
  const std::unordered_map<std::uint64_t, double> term_values = TermValues(title, subject, text);
  std::vector<schema::TopicScore> topics = ChooseTopics(ScoresOf(counts, term_values), codes_, tuning_);
  for (schema::TopicScore& topic : topics) {
    const std::size_t t = std::find(codes_.begin(), codes_.end(), topic.code) - codes_.begin();
    // (points, phrase) of the phrases that counted for the topic; ties go to the earlier phrase
    // of the taxonomy, so the evidence is the same however the document is read.
    std::vector<std::pair<double, std::size_t>> points;
    for (const auto& [p, count] : counts) {
      if (phrases_[p].topic == t && phrases_[p].weight > 0) points.emplace_back(phrases_[p].weight * count, p);
    }
    std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < points.size() && i < tuning_.evidence; ++i) {
      topic.evidence.push_back(phrases_[points[i].second].text);
    }
    if (model_ == nullptr) continue;
    // The model's terms, but for those a phrase already names.
    std::size_t added = 0;
    for (const std::string& term : model_->Strongest(term_values, t, tuning_.model_evidence + topic.evidence.size())) {
      if (added == tuning_.model_evidence) break;
      if (std::find(topic.evidence.begin(), topic.evidence.end(), term) != topic.evidence.end()) continue;
      topic.evidence.push_back(term);
      ++added;
    }
  }
  return topics;
}

}  // namespace vankien::indexer
