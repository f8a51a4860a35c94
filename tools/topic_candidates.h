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

// Whether a folded word pair ("chu tich") is part of an office's title or a form of address
// ("chủ tịch", "bí thư", "đồng chí"), or the all-purpose "tổ chức": never a candidate.
bool IsBarredPair(const std::string& folded_pair);

// Whether a folded word is one of the words of such a pair ("chu", "tich", "bi", "thu" …): a
// model that reads single words must leave these out too, or it learns the offices again.
bool IsWordOfBarredPair(const std::string& folded_word);

// Word pairs (two words read as a phrase: only blanks between them) found in at least min_df of
// the documents and at most half of them. Names (both words capitalised in most of their
// occurrences: "Hà Nội", a person's name) are left out: they tell which story it is, not what
// kind of story. Nor are offices and forms of address (IsBarredPair).
std::vector<Candidate> FindCandidates(const std::vector<const LabelledDocument*>& training, int min_df);

// The same for single words: in at least min_df documents and at most half, not capitalised in
// most occurrences (the syllables of names), and not a word of an office (IsWordOfBarredPair).
std::vector<Candidate> FindWordCandidates(const std::vector<const LabelledDocument*>& training, int min_df);

}  // namespace vankien::tools

#endif  // VANKIEN_TOOLS_TOPIC_CANDIDATES_H_
