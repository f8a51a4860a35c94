// Turns a document record into the Xapian document the index stores: analysed terms with their
// weights, filter terms, value slots and the stored record (schema/fields.h describes them).
// It also completes the record: the identifiers it mentions and its own number in canonical form.
#ifndef VANKIEN_INDEXER_DOCUMENT_BUILDER_H_
#define VANKIEN_INDEXER_DOCUMENT_BUILDER_H_

#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "indexer/plenum_table.h"
#include "indexer/topic_classifier.h"
#include "schema/document_record.h"

namespace vankien::indexer {

// Within-document weights of a word by where it occurs: a word of the title counts as much as
// kTitleWeight occurrences in the text. Tuned on the public evaluation sets (tools/).
inline constexpr Xapian::termcount kTitleWeight = 4;
inline constexpr Xapian::termcount kSubjectWeight = 2;
inline constexpr Xapian::termcount kTextWeight = 1;

// The positions a sentence end skips (besides the word's own): two words on either side of it
// are never adjacent, so a phrase matches within one sentence; NEAR/n counts the end as a word.
inline constexpr Xapian::termpos kSentenceGap = 2;

// Not thread-safe (it owns an Analyzer): one per thread.
class DocumentBuilder {
 public:
  // topics may be null: documents then get no topics. plenums may be null: plenum and congress
  // names are then resolved only by the numbers the document pairs them with. Both must
  // outlive the builder.
  explicit DocumentBuilder(const TopicClassifier* topics = nullptr, const PlenumTable* plenums = nullptr)
      : topics_(topics), plenums_(plenums) {}

  // Completes *record (mentions, topics, canonical own number, type and body from the number
  // when the record has none) and returns its Xapian document. file_key names the source file; it
  // becomes the file term that ties the document to its file for incremental indexing.
  Xapian::Document Build(schema::DocumentRecord* record, const std::string& file_key);

 private:
  // Analyses one part of the record into *analysis, adds its terms (folded words positioned
  // after next_position_, which it advances) and collects its identifier mentions.
  void IndexPart(schema::Part part, Xapian::termcount weight, schema::DocumentRecord* record,
                 Xapian::Document* document, analysis::Analysis* analysis);

  // Adds to record->mentions the numbers that the names in it stand for (indexer/name_resolver.h),
  // with the relations their sentences give them, read from the parts' analyses.
  void AddNamedMentions(schema::DocumentRecord* record) const;

  const TopicClassifier* topics_;
  const PlenumTable* plenums_;
  analysis::Analyzer analyzer_;
  analysis::Analysis title_, subject_, text_;
  Xapian::termpos next_position_ = 0;  // the last position given in the document being built
};

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_DOCUMENT_BUILDER_H_
