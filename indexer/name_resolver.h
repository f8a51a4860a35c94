// Resolves the names a document gives other documents instead of their numbers — short names
// ("Chỉ thị 05") and plenum and congress names ("Nghị quyết Trung ương 4 khóa XII"), found by
// analysis/document_name.h — to the numbers they stand for, as mentions with `named_by` and a
// `confidence` (docs/identifiers.md, "Names"). Sources, in order of trust:
//   - the document itself: a plenum name written beside a number in one sentence ("Nghị quyết
//     Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW)") pairs them for the whole document; a short
//     name stands for the one number of its type it cites in full ("05-CT/TW" → "Chỉ thị 05");
//   - the issuer (and year) written after a short name, when they spell the number ("Chỉ thị 05
//     của Bộ Chính trị" → 05-CT/TW, "Nghị quyết 35 của Chính phủ" → 35/NQ-CP, "Quyết định
//     33/2014 của UBND TP" → 33/2014/QĐ-UBND), and for the same name written elsewhere in the
//     document without them; the issuer and the year of a name may be written at two of its
//     mentions ("Quyết định 33/2014 … Quyết định 33 ngày 15-10-2014 của UBND TP");
//   - the plenum table (indexer/plenum_table.h), with the words near the name choosing among a
//     plenum's resolutions.
// A name that none of them resolves to one number (or, for a plenum without a principal
// resolution, to its set) stays unlinked. Nothing outside the document and the table is used,
// so the result does not depend on which files were indexed or in what order.
#ifndef VANKIEN_INDEXER_NAME_RESOLVER_H_
#define VANKIEN_INDEXER_NAME_RESOLVER_H_

#include <vector>

#include "indexer/plenum_table.h"
#include "schema/document_record.h"

namespace vankien::indexer {

// Confidences of a resolved name, by its source (schema::Mention::confidence).
inline constexpr double kPairedConfidence = 0.95;        // paired with a number in the document
inline constexpr double kCitedEarlierConfidence = 0.95;  // a short name after its number
inline constexpr double kCitedLaterConfidence = 0.85;    // a short name before its number
inline constexpr double kIssuerConfidence = 0.8;         // type and a central issuer (and year)
inline constexpr double kLocalIssuerConfidence = 0.7;    // type and a province's or district's issuer
inline constexpr double kElsewhereConfidence = 0.75;     // as the same name with its issuer elsewhere
inline constexpr double kTableConfidence = 0.9;          // the table's one resolution, or words chose it
inline constexpr double kPrincipalConfidence = 0.85;     // the plenum's principal resolution
inline constexpr double kSetConfidence = 0.5;            // one of a plenum's several resolutions
// Applied on top for a plenum name without its term, read as the latest plenum of that
// ordinal before the document's date.
inline constexpr double kTermGuessedFactor = 0.85;

// The mentions the names in *record's title, subject and text stand for. record->mentions
// must already hold the numbers written in it (they are the in-document evidence); record->date
// places a name written without its term. table may be null: then plenum and congress names
// are resolved only by what the document pairs them with.
std::vector<schema::Mention> ResolveNames(const schema::DocumentRecord& record, const PlenumTable* table);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_NAME_RESOLVER_H_
