#include "analysis/char_tables.h"

#include <catch2/catch.hpp>

namespace vankien::analysis {
namespace {

TEST_CASE("tone of a Vietnamese vowel and the vowel without it") {
  const CharTables& tables = CharTables::Get();
  CHECK(tables.ToneOf(U'ấ') == Tone::kAcute);
  CHECK(tables.RemoveTone(U'ấ') == U'â');
  CHECK(tables.ToneOf(U'Ỷ') == Tone::kHookAbove);
  CHECK(tables.RemoveTone(U'Ỷ') == U'Y');
  CHECK(tables.ToneOf(U'ợ') == Tone::kDotBelow);
  CHECK(tables.RemoveTone(U'ợ') == U'ơ');
  CHECK(tables.ToneOf(U'ẫ') == Tone::kTilde);
  CHECK(tables.ToneOf(U'ồ') == Tone::kGrave);
  CHECK(tables.ToneOf(U'â') == Tone::kNone);
  CHECK(tables.ToneOf(U'a') == Tone::kNone);
  CHECK(tables.ToneOf(U'é') == Tone::kAcute);  // also a Latin letter outside Vietnamese
}

TEST_CASE("adding a tone composes the letter") {
  const CharTables& tables = CharTables::Get();
  CHECK(tables.AddTone(U'ơ', Tone::kDotBelow) == U'ợ');
  CHECK(tables.AddTone(U'O', Tone::kGrave) == U'Ò');
  CHECK(tables.AddTone(U'y', Tone::kTilde) == U'ỹ');
  CHECK(tables.AddTone(U'b', Tone::kAcute) == U'b');  // no such letter: unchanged
}

TEST_CASE("the tables agree with ICU beyond their range") {
  const CharTables& tables = CharTables::Get();
  CHECK(tables.FoldCase(U'𝐀') == U'𝐀');  // mathematical bold A has no case folding
  CHECK(tables.FoldCase(U'Ａ') == U'ａ');  // fullwidth A, above the table
  CHECK(tables.StripDiacritics(U'\u0301') == 0);
  CHECK(tables.MayNeedNfc(U'\u0301'));
  CHECK_FALSE(tables.MayNeedNfc(U'a'));
}

}  // namespace
}  // namespace vankien::analysis
