#include "indexer/topic_classifier.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vankien::indexer {

TopicClassifier::TopicClassifier(const Taxonomy& taxonomy, TopicTuning tuning) : tuning_(tuning) {
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
      by_first_word_[compiled.words.front()].push_back(phrases_.size());
      phrases_.push_back(std::move(compiled));
    }
  }
}

void TopicClassifier::Count(const std::vector<analysis::Token>& tokens, double factor,
                            std::vector<double>* counts) const {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto candidates = by_first_word_.find(tokens[i].folded);
    if (candidates == by_first_word_.end()) continue;
    for (std::size_t p : candidates->second) {
      const std::vector<std::string>& words = phrases_[p].words;
      if (i + words.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < words.size() && match; ++k) {
        // A phrase does not run across a sentence end.
        match = tokens[i + k].folded == words[k] && tokens[i + k].gap != analysis::Gap::kSentence;
      }
      if (match) (*counts)[p] += factor;
    }
  }
}

std::vector<double> TopicClassifier::PhraseCounts(const std::vector<analysis::Token>& title,
                                                  const std::vector<analysis::Token>& subject,
                                                  const std::vector<analysis::Token>& text) const {
  std::vector<double> counts(phrases_.size(), 0.0);
  Count(title, tuning_.title_factor, &counts);
  Count(subject, tuning_.subject_factor, &counts);
  double body_factor = 1.0;
  if (text.size() > tuning_.body_words) body_factor = std::sqrt(tuning_.body_words / text.size());
  Count(text, body_factor, &counts);
  return counts;
}

std::vector<TopicClassifier::PhraseMatch> TopicClassifier::Matches(
    const std::vector<analysis::Token>& title, const std::vector<analysis::Token>& subject,
    const std::vector<analysis::Token>& text) const {
  std::vector<double> counts = PhraseCounts(title, subject, text);
  std::vector<PhraseMatch> matches;
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    if (counts[p] > 0) {
      matches.push_back({phrases_[p].topic, phrases_[p].index_in_topic, std::min(counts[p], tuning_.max_count)});
    }
  }
  return matches;
}

std::vector<std::string> TopicClassifier::Explain(const std::vector<analysis::Token>& title,
                                                  const std::vector<analysis::Token>& subject,
                                                  const std::vector<analysis::Token>& text) const {
  std::vector<double> counts = PhraseCounts(title, subject, text);
  std::vector<std::string> lines;
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    if (counts[p] <= 0) continue;
    double points = phrases_[p].weight * std::min(counts[p], tuning_.max_count);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, " ×%.1f → %+.1f", counts[p], points);
    lines.push_back(codes_[phrases_[p].topic] + ": " + phrases_[p].text + buffer);
  }
  return lines;
}

std::vector<double> TopicClassifier::Scores(const std::vector<analysis::Token>& title,
                                            const std::vector<analysis::Token>& subject,
                                            const std::vector<analysis::Token>& text) const {
  std::vector<double> counts = PhraseCounts(title, subject, text);
  std::vector<double> scores(codes_.size(), 0.0);
  for (std::size_t p = 0; p < phrases_.size(); ++p) {
    if (counts[p] > 0) {
      scores[phrases_[p].topic] += phrases_[p].weight * std::min(counts[p], tuning_.max_count);
    }
  }
  return scores;
}

std::vector<schema::TopicScore> ChooseTopics(const std::vector<double>& scores,
                                             const std::vector<std::string>& codes, const TopicTuning& tuning) {
  const double best = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
  std::vector<schema::TopicScore> topics;
  for (std::size_t t = 0; t < scores.size(); ++t) {
    if (scores[t] >= tuning.threshold && scores[t] >= tuning.relative * best) topics.push_back({codes[t], scores[t]});
  }
  std::stable_sort(topics.begin(), topics.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (topics.size() > tuning.max_topics) topics.resize(tuning.max_topics);
  return topics;
}

std::vector<schema::TopicScore> TopicClassifier::Classify(const std::vector<analysis::Token>& title,
                                                          const std::vector<analysis::Token>& subject,
                                                          const std::vector<analysis::Token>& text) const {
  return ChooseTopics(Scores(title, subject, text), codes_, tuning_);
}

}  // namespace vankien::indexer
