// The abbreviation table: an editable XML file (corpus/abbreviations.xml) listing the
// abbreviations of Party and State text (UBND, HĐND, BCH TW …) with the words they stand for.
// The indexer validates it and stores it in the index (EquivalencesJson) for the query side,
// which searches a query written in either form for both (query/abbreviations.h); the
// documents themselves do not depend on it, so editing it needs no reading of them again.
//
//   <abbreviations>
//     <abbreviation>
//       <form>UBND</form>                 as written; several forms of one abbreviation allowed
//       <expansion>Ủy ban nhân dân</expansion>
//     </abbreviation>
//     <abbreviation ambiguous="true">      stands for several things: never expanded
//       <form>BCT</form>
//       <expansion>Bộ Chính trị</expansion><expansion>Bộ Công Thương</expansion>
//     </abbreviation>
//   </abbreviations>
//
// A malformed or invalid file is refused with its file name, line and column.
#ifndef VANKIEN_INDEXER_ABBREVIATION_TABLE_H_
#define VANKIEN_INDEXER_ABBREVIATION_TABLE_H_

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vankien::indexer {

// Forms and expansions longer than this many words are refused: the query side looks for each
// at every word of a query, so their length bounds its work.
inline constexpr std::size_t kMaxAbbreviationWords = 8;

struct Abbreviation {
  std::vector<std::string> forms;       // as written in the table: "UBND", "BCH TW"
  std::vector<std::string> expansions;  // as written: "Ủy ban nhân dân"
  bool ambiguous = false;
};

struct AbbreviationTable {
  std::vector<Abbreviation> abbreviations;

  // [{"words":["ubnd","uy ban nhan dan"],"ambiguous":false}, …]: each abbreviation's forms and
  // expansions, folded words one space apart (analysis::FoldedWords), as the index stores them
  // for the query side (query/abbreviations.h).
  std::string EquivalencesJson() const;
};

class AbbreviationTableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and validates an abbreviation table file. Throws AbbreviationTableError
// "FILE:LINE:COLUMN: problem" (a form listed twice, an empty or overlong form, an unknown element…).
AbbreviationTable LoadAbbreviationTable(const std::filesystem::path& path);

// The same, from bytes in memory; `name` names them in errors.
AbbreviationTable ParseAbbreviationTable(std::string_view xml, const std::string& name);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_ABBREVIATION_TABLE_H_
