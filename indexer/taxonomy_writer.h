// Writes learnt weights into a taxonomy file (indexer/taxonomy.h describes the attributes), for
// tools/topic_learn. Everything a person wrote stays: topics, names, descriptions, comments, and
// their phrases in their order; only weights change and learnt pairs are replaced.
#ifndef VANKIEN_INDEXER_TAXONOMY_WRITER_H_
#define VANKIEN_INDEXER_TAXONOMY_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "indexer/taxonomy.h"

namespace vankien::indexer {

// What was learnt for one topic.
struct LearntTopic {
  // For each phrase a person wrote, in file order: its learnt weight. Equal to the person's
  // weight when the topic was not refitted.
  std::vector<double> phrase_weights;
  // The word pairs found telling, best first (text and weight; learnt is true).
  std::vector<TopicPhrase> learnt_phrases;
};

// The taxonomy file `xml` (named `name` in errors) with, for every topic in file order:
// the person's phrases' weights replaced (keeping the person's as hand="…" where they differ),
// the previous learnt phrases and the comment introducing them removed, and `topics[t]`'s learnt
// phrases appended after a comment. Weights are written with two decimals. Throws TaxonomyError
// when the file is invalid or `topics` does not match it (number of topics, of phrases).
std::string WriteLearntWeights(std::string_view xml, const std::string& name, const std::vector<LearntTopic>& topics);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TAXONOMY_WRITER_H_
