// Candidate phrases for topic learning (tools/topic_learn): the word pairs of the training
// documents that may tell a topic.
#ifndef VANKIEN_TOOLS_TOPIC_CANDIDATES_H_
#define VANKIEN_TOOLS_TOPIC_CANDIDATES_H_

#include <string>
#include <vector>

#include "tools/topic_labels.h"

namespace vankien::tools {

// A word pair seen in the training documents: its folded form and its commonest exact form.
struct Candidate {
  std::string folded;
  std::string exact;
};

// Word pairs (two words read as a phrase: only blanks between them) found in at least min_df of
// the documents and at most half of them. Names (both words capitalised in most of their
// occurrences: "Hà Nội", a person's name) are left out: they tell which story it is, not what
// kind of story.
std::vector<Candidate> FindCandidates(const std::vector<const LabelledDocument*>& training, int min_df);

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TOPIC_CANDIDATES_H_
