// The plenum table: an editable XML file (corpus/plenums.xml) saying which plenum (hội nghị) of
// which term (khóa) of the Party Central Committee issued which resolutions, and which
// resolution each national congress (đại hội) adopted. The indexer resolves plenum and congress
// names ("Nghị quyết Trung ương 4 khóa XII", analysis/document_name.h) to numbers with it, and
// stores what each name stands for in the index for the query side (NamesJson).
//
//   <plenums>
//     <plenum term="XII" session="4">
//       <resolution number="04-NQ/TW" date="2016-10-30" principal="true">
//         <subject>…</subject>
//         <words>chỉnh đốn Đảng</words>
//       </resolution>
//     </plenum>
//     <congress term="XIII"><resolution number="ĐH-XIII" date="2021-02-01"/></congress>
//   </plenums>
//
// A malformed or invalid file is refused with its file name, line and column.
#ifndef VANKIEN_INDEXER_PLENUM_TABLE_H_
#define VANKIEN_INDEXER_PLENUM_TABLE_H_

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::indexer {

struct PlenumResolution {
  std::string number;   // canonical Party number ("04-NQ/TW"), or "ĐH-" + term for a congress
  std::string date;     // YYYY-MM-DD
  std::string subject;
  bool principal = false;  // what the plenum's name alone stands for
  // Phrases (folded words, one space apart: analysis::FoldedWords) that, written near the
  // name, pick this resolution among the plenum's.
  std::vector<std::string> words;
};

struct Plenum {
  std::string term;  // Roman numeral: "XII"
  int session = 0;   // the plenum's ordinal; 0 for a congress
  std::vector<PlenumResolution> resolutions;  // in table order, at least one

  // The earliest date of its resolutions: when the plenum was held, near enough.
  const std::string& Date() const;
  // What the name alone stands for: the principal resolution when one is marked, else all.
  std::vector<const PlenumResolution*> Named() const;
};

struct PlenumTable {
  std::vector<Plenum> plenums;

  // The plenum of that term and ordinal (session 0: the congress of that term), or nullptr.
  const Plenum* Find(std::string_view term, int session) const;
  // For a name without its term: the plenum of that ordinal most recently held on or before
  // `date` (YYYY-MM-DD), or nullptr when none was or date is empty.
  const Plenum* LatestOnOrBefore(int session, std::string_view date) const;

  // A fingerprint of everything that decides resolutions: when it changes, every document
  // must be read again.
  std::string Fingerprint() const;
  // {"XII/4": ["04-NQ/TW"], "XIII/0": ["ĐH-XIII"], …}: the numbers each name alone stands for
  // (analysis::PlenumKey), as the index stores them for the query side.
  std::string NamesJson() const;
};

class PlenumTableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and validates a plenum table file. Throws PlenumTableError "FILE:LINE:COLUMN: problem".
PlenumTable LoadPlenumTable(const std::filesystem::path& path);

// The same, from bytes in memory; `name` names them in errors.
PlenumTable ParsePlenumTable(std::string_view xml, const std::string& name);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_PLENUM_TABLE_H_
