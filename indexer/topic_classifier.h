// Assigns topics to a document from the taxonomy's weighted phrases, matched with the same
// analysis as search (accent-, case- and tone-style-insensitive, on whole syllables, across
// punctuation), weighing the title and the subject above the body.
//
// Score of a topic = Σ over its phrases of weight × min(count, max_count), where count counts a
// match in the title title_factor times and in the subject subject_factor times (TopicTuning).
// With a topic model (Taxonomy::model), the score adds the model's points for the document's
// words and word pairs (indexer/topic_model.h).
// A topic is assigned when its score reaches the threshold (ChooseTopics). The weights are
// learnt from the development half of tests/data/topic_labels.tsv (tools/topic_learn) and
// measured on the other half (tools/topic_eval); docs/topics-scope.md has the figures.
#ifndef VANKIEN_INDEXER_TOPIC_CLASSIFIER_H_
#define VANKIEN_INDEXER_TOPIC_CLASSIFIER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "indexer/taxonomy.h"
#include "indexer/topic_model.h"
#include "schema/document_record.h"

namespace vankien::indexer {

struct TopicTuning {
  double title_factor = 2;
  double subject_factor = 1;
  double max_count = 4;
  double threshold = 12;
  // A topic must also score at least this share of the best topic's score: long documents
  // touch many subjects in passing, but have one or two main ones.
  double relative = 0.3;
  std::size_t max_topics = 3;
  // Body matches of a text longer than this many words count less (× sqrt(this / words)).
  double body_words = 600;
  // How many of the phrases that gave an assigned topic most of its points Classify keeps as
  // its evidence.
  std::size_t evidence = 3;
  // And how many of the model's terms that gave it most points, after the phrases.
  std::size_t model_evidence = 2;
};

// The topics given these scores (one per code, in the same order), best first: those reaching
// the threshold and the relative share of the best, at most max_topics.
std::vector<schema::TopicScore> ChooseTopics(const std::vector<double>& scores,
                                             const std::vector<std::string>& codes, const TopicTuning& tuning);

class TopicClassifier {
 public:
  // Compiles the phrases (analysing each like a query). The taxonomy must outlive nothing: the
  // classifier keeps what it needs.
  explicit TopicClassifier(const Taxonomy& taxonomy, TopicTuning tuning = {});

  // The topics of a document whose parts were analysed into these tokens, best first, with
  // their scores and evidence (the phrases that gave the most points, as the taxonomy writes
  // them, then the model's terms that did, as its file writes them). Thread-safe (const).
  std::vector<schema::TopicScore> Classify(const std::vector<analysis::Token>& title,
                                           const std::vector<analysis::Token>& subject,
                                           const std::vector<analysis::Token>& text) const;

  // Every topic's score, assigned or not, in taxonomy order (for tuning tools).
  std::vector<double> Scores(const std::vector<analysis::Token>& title,
                             const std::vector<analysis::Token>& subject,
                             const std::vector<analysis::Token>& text) const;

  // A phrase found in a document: which one (its topic, and its place among that topic's
  // phrases in the taxonomy) and its weighted count, capped at max_count. A topic's score is
  // the sum of its phrases' weight × value.
  struct PhraseMatch {
    std::size_t topic;
    std::size_t phrase;
    double value;
  };

  // The phrases found in a document, in taxonomy order (for tools that learn weights).
  std::vector<PhraseMatch> Matches(const std::vector<analysis::Token>& title,
                                   const std::vector<analysis::Token>& subject,
                                   const std::vector<analysis::Token>& text) const;

  // What each matched phrase contributed ("topic: phrase ×count → points"), for tuning tools.
  std::vector<std::string> Explain(const std::vector<analysis::Token>& title,
                                   const std::vector<analysis::Token>& subject,
                                   const std::vector<analysis::Token>& text) const;

  const TopicTuning& tuning() const { return tuning_; }

 private:
  struct CompiledPhrase {
    std::string text;
    std::vector<std::string> words;  // folded
    std::size_t topic;
    std::size_t index_in_topic;
    double weight;
  };

  // Appends (phrase index, factor) for every match of a phrase in tokens.
  void Count(const std::vector<analysis::Token>& tokens, double factor,
             std::vector<std::pair<std::size_t, double>>* hits) const;

  // The weighted match count of every phrase found in a document, capped at max_count, by
  // phrase index.
  std::vector<std::pair<std::size_t, double>> PhraseCounts(const std::vector<analysis::Token>& title,
                                                           const std::vector<analysis::Token>& subject,
                                                           const std::vector<analysis::Token>& text) const;

  // Every topic's score from the phrase counts and (with a model) the document's term values.
  std::vector<double> ScoresOf(const std::vector<std::pair<std::size_t, double>>& counts,
                               const std::unordered_map<std::uint64_t, double>& term_values) const;

  // The document's term values for the model; empty without a model.
  std::unordered_map<std::uint64_t, double> TermValues(const std::vector<analysis::Token>& title,
                                                       const std::vector<analysis::Token>& subject,
                                                       const std::vector<analysis::Token>& text) const;

  TopicTuning tuning_;
  std::shared_ptr<const TopicModel> model_;
  std::vector<std::string> codes_;
  std::vector<CompiledPhrase> phrases_;
  // Phrases by their first folded word, then (for phrases of two words or more) their second:
  // a document is read in one pass with at most two lookups a word, however many phrases the
  // taxonomy has (learnt taxonomies have thousands).
  struct PhraseIndex {
    std::vector<std::size_t> single_words;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_second_word;  // by word hash
  };
  std::unordered_map<std::uint64_t, PhraseIndex> by_first_word_;  // by word hash
};

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TOPIC_CLASSIFIER_H_
