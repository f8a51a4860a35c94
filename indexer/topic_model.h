// The topic model: points for the words and word pairs of a document (indexer/topic_terms.h),
// learnt by tools/topic_model_train (a logistic regression per topic) and added to the points of
// the taxonomy's phrases. Scoring is a plain dot product: the indexer needs no learning library.
//
// The file (corpus/topic_model.tsv, installed beside topics.xml) holds one weight a line,
// TAB-separated, lines starting '#' being comments:
//   TERM  CODE  POINTS   points a topic gets per unit of the term's value in a document
//   *     CODE  POINTS   the topic's constant (every document gets it; usually negative)
// TERM is a word or two words as a reader writes them ("bị cáo"); it is matched folded, like
// the taxonomy's phrases. Words only: no sentence of any text is kept.
#ifndef VANKIEN_INDEXER_TOPIC_MODEL_H_
#define VANKIEN_INDEXER_TOPIC_MODEL_H_

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vankien::indexer {

class TopicModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class TopicModel {
 public:
  // Reads a model for the topics `codes` (the taxonomy's, in its order). Throws TopicModelError
  // "NAME:LINE: problem" for a line without three fields, a code not among `codes`, a term that
  // is not one word or two (as the analyser reads it: numbers and codes are not words), a number
  // that is not finite, or a term or constant given twice for one topic.
  static TopicModel Parse(std::string_view tsv, const std::vector<std::string>& codes, const std::string& name);

  // The same from a file; "FILE: cannot read" when it cannot be read.
  static TopicModel Load(const std::filesystem::path& path, const std::vector<std::string>& codes);

  // Every topic's points (constant + Σ points × value) for a document's term values
  // (TopicTermValues), in the order of the codes given to Parse.
  std::vector<double> Scores(const std::unordered_map<std::uint64_t, double>& values) const;

  // The terms that gave `topic` the most points in this document (positive contributions only),
  // strongest first, at most `count`, as the file writes them: why the model favoured the topic.
  std::vector<std::string> Strongest(const std::unordered_map<std::uint64_t, double>& values, std::size_t topic,
                                     std::size_t count) const;

  // Everything that decides scores, as text: when it changes, documents must be classified again.
  std::string Fingerprint() const;

  std::size_t weight_count() const { return weight_count_; }

 private:
  struct Term {
    std::string text;
    std::vector<std::pair<std::uint32_t, double>> points;  // (topic, points)
  };

  std::unordered_map<std::uint64_t, Term> terms_;  // by TopicTermKey of the folded term
  std::vector<double> constants_;
  std::size_t weight_count_ = 0;
};

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TOPIC_MODEL_H_
