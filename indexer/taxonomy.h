// The topic taxonomy: an editable XML file (corpus/topics.xml) of topics, each with a stable
// code, a Vietnamese name, a description and weighted phrases that signal it.
//
//   <taxonomy>
//     <topic code="chi-bo" group="Xây dựng Đảng">
//       <name>Chi bộ và sinh hoạt chi bộ</name>
//       <description>…</description>
//       <phrase weight="5">sinh hoạt chi bộ</phrase>
//       <phrase weight="1.37" hand="3">bí thư chi bộ</phrase>
//       <phrase weight="0.42" learnt="true">đảng viên</phrase>
//     </topic>
//   </taxonomy>
//
// A person writes phrases with whole weights from -5 to 5; tools/topic_learn then fits the weights
// to hand labels, keeping the person's weight as `hand` (its starting point next time) and adding
// the word pairs it found telling as `learnt` phrases (dropped and found again each time).
// A malformed or invalid file is refused with its file name, line and column.
#ifndef VANKIEN_INDEXER_TAXONOMY_H_
#define VANKIEN_INDEXER_TAXONOMY_H_

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace vankien::indexer {

struct TopicPhrase {
  std::string text;
  // Points per match. Written by a person: a whole number from -5 to 5, not 0 (5 decisive
  // alone, 1 weak, negative counts against). Learnt: from -20 to 20 (0 only for a person's
  // phrase the labels found no help).
  double weight = 0;
  // The weight a person gave, when a learnt weight has replaced it; else equal to weight.
  double hand_weight = 0;
  bool learnt = false;  // found by tools/topic_learn, not written by a person
};

struct TopicDefinition {
  std::string code;  // lower-case ASCII letters, digits and '-'
  std::string name;
  // The heading the topic is listed under (<topic group="…">: "Xây dựng Đảng", "Lĩnh vực"), or
  // "" for none. Display only: it decides no assignment.
  std::string group;
  std::string description;
  std::vector<TopicPhrase> phrases;
};

class TopicModel;

struct Taxonomy {
  std::vector<TopicDefinition> topics;
  // The learnt model whose points add to the phrases' (indexer/topic_model.h), or null.
  std::shared_ptr<const TopicModel> model;

  // A fingerprint of everything that decides assignments: when it changes, every document must
  // be classified again.
  std::string Fingerprint() const;

  // The codes, names, descriptions and groups (when a topic has one) as JSON, as the index
  // stores them for the query side.
  std::string CodesAndNamesJson() const;
};

class TaxonomyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The file of the topic model installed with a taxonomy file: topic_model.tsv beside it.
std::filesystem::path TopicModelPathFor(const std::filesystem::path& taxonomy_path);

// Reads and validates a taxonomy file, and the topic model beside it when there is one
// (TopicModelPathFor). Throws TaxonomyError "FILE:LINE:COLUMN: problem" (or "FILE:LINE: problem"
// for the model).
Taxonomy LoadTaxonomy(const std::filesystem::path& path);

// The same, from bytes in memory, without a model; `name` names them in errors.
Taxonomy ParseTaxonomy(std::string_view xml, const std::string& name);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TAXONOMY_H_
