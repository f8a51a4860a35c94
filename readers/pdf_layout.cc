#include "readers/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

// The gaps that cut the page, in units of the page's median word height (about 1.15 em):
// between rows, more than the leading of a line but less than the 6 pt and more that set
// paragraphs and the header apart; between columns, more than the widest space of a
// justified line.
constexpr double kRowGap = 0.4;
constexpr double kColumnGap = 1.0;
// A line indented this much that still reaches the block's right edge (within kFlush) opens a
// paragraph: the first line of a justified paragraph. A centred line leaves both margins.
constexpr double kIndent = 0.8;
constexpr double kFlush = 0.3;

double Height(const Box& box) { return box.bottom - box.top; }
double CentreX(const Box& box) { return (box.left + box.right) / 2; }
double CentreY(const Box& box) { return (box.top + box.bottom) / 2; }

// The combining form of a diacritic some producers draw as a spacing glyph of its own.
char32_t CombiningFormOf(char32_t cp) {
  switch (cp) {
    case U'`': case U'\u02CB': return U'\u0300';
    case U'\u00B4': case U'\u02CA': return U'\u0301';
    case U'^': case U'\u02C6': return U'\u0302';
    case U'~': case U'\u02DC': return U'\u0303';
    case U'\u02D8': return U'\u0306';
    default: break;
  }
  const bool combining = (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
                         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
  return combining ? cp : 0;
}

// The word's marks in combining form, or "" when it holds anything but marks.
std::u32string AsCombiningMarks(const std::u32string& text) {
  std::u32string marks;
  for (char32_t cp : text) {
    const char32_t mark = CombiningFormOf(cp);
    if (mark == 0) return {};
    marks += mark;
  }
  return marks;
}

// The word a mark drawn at `mark` sits on: its box spans the mark's centre horizontally and
// its centre is the nearest vertically, within a line's height. -1 for none.
int HostOf(const Box& mark, const std::vector<PlacedWord>& words, const std::vector<bool>& is_mark) {
  int host = -1;
  double best = std::numeric_limits<double>::max();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Box& box = words[i].box;
    if (is_mark[i] || CentreX(mark) < box.left || CentreX(mark) > box.right) continue;
    const double distance = std::abs(CentreY(mark) - CentreY(box));
    if (distance <= Height(box) && distance < best) {
      best = distance;
      host = static_cast<int>(i);
    }
  }
  return host;
}

// The index of the code point of `word` under horizontal position x.
std::size_t GlyphAt(const PlacedWord& word, double x) {
  const std::size_t n = word.text.size();
  if (word.glyphs.size() == n) {
    std::size_t nearest = 0;
    for (std::size_t i = 1; i < n; ++i) {
      if (std::abs(CentreX(word.glyphs[i]) - x) < std::abs(CentreX(word.glyphs[nearest]) - x)) nearest = i;
    }
    return nearest;
  }
  const double width = word.box.right - word.box.left;
  const double share = width > 0 ? (x - word.box.left) / width : 0;
  return std::min(n - 1, static_cast<std::size_t>(std::max(0.0, share) * static_cast<double>(n)));
}

// Inserts marks after the letter at `index` of `word` and the marks it already carries.
void AttachMarks(const std::u32string& marks, std::size_t index, PlacedWord* word) {
  std::size_t at = index + 1;
  while (at < word->text.size() && CombiningFormOf(word->text[at]) == word->text[at] &&
         word->text[at] >= 0x0300) {
    ++at;
  }
  word->text.insert(at, marks);
  if (word->glyphs.size() + marks.size() == word->text.size()) {
    word->glyphs.insert(word->glyphs.begin() + static_cast<std::ptrdiff_t>(at), marks.size(), word->glyphs[index]);
  } else {
    word->glyphs.clear();
  }
}

double MedianHeight(const std::vector<PlacedWord>& words) {
  std::vector<double> heights;
  for (const PlacedWord& word : words) heights.push_back(Height(word.box));
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return std::max(heights[heights.size() / 2], 1.0);
}

using Group = std::vector<const PlacedWord*>;

// Splits `words` where nothing covers a gap of at least min_gap along one axis (rows when
// vertical, columns otherwise), in order along it.
std::vector<Group> SplitAtGaps(Group words, bool vertical, double min_gap) {
  auto start = [vertical](const PlacedWord* w) { return vertical ? w->box.top : w->box.left; };
  auto end = [vertical](const PlacedWord* w) { return vertical ? w->box.bottom : w->box.right; };
  std::stable_sort(words.begin(), words.end(), [&](auto* a, auto* b) { return start(a) < start(b); });
  std::vector<Group> groups;
  double reach = -std::numeric_limits<double>::max();
  for (const PlacedWord* word : words) {
    if (groups.empty() || start(word) - reach >= min_gap) groups.emplace_back();
    groups.back().push_back(word);
    reach = std::max(reach, end(word));
  }
  return groups;
}

// The blocks of the XY cut in reading order. The work list is a stack, so sub-groups are
// pushed last-first; it needs no recursion, whatever the page holds.
std::vector<Group> Blocks(const std::vector<PlacedWord>& words, double unit) {
  Group all;
  for (const PlacedWord& word : words) all.push_back(&word);
  std::vector<Group> pending{std::move(all)};
  std::vector<Group> blocks;
  while (!pending.empty()) {
    Group group = std::move(pending.back());
    pending.pop_back();
    std::vector<Group> parts = SplitAtGaps(group, true, kRowGap * unit);
    if (parts.size() == 1) parts = SplitAtGaps(std::move(group), false, kColumnGap * unit);
    if (parts.size() == 1) {
      blocks.push_back(std::move(parts[0]));
      continue;
    }
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) pending.push_back(std::move(*part));
  }
  return blocks;
}

// The lines of a block, top to bottom, each left to right: a word belongs to the line whose
// first word its vertical centre falls within.
std::vector<Group> Lines(Group block) {
  std::stable_sort(block.begin(), block.end(), [](auto* a, auto* b) { return CentreY(a->box) < CentreY(b->box); });
  std::vector<Group> lines;
  for (const PlacedWord* word : block) {
    if (lines.empty() || CentreY(word->box) > lines.back().front()->box.bottom) lines.emplace_back();
    lines.back().push_back(word);
  }
  for (Group& line : lines) {
    std::stable_sort(line.begin(), line.end(), [](auto* a, auto* b) { return a->box.left < b->box.left; });
  }
  return lines;
}

// Appends text in `font` to the paragraph, continuing its last run when the font is the same.
void Append(const std::string& text, const std::string& font, Paragraph* paragraph) {
  if (paragraph->runs.empty() || paragraph->runs.back().font != font) paragraph->runs.push_back({"", font});
  paragraph->runs.back().text += text;
}

void AppendBlock(const Group& block, double unit, std::vector<Paragraph>* paragraphs) {
  const std::vector<Group> lines = Lines(block);
  double left = std::numeric_limits<double>::max();
  double right = std::numeric_limits<double>::lowest();
  for (const PlacedWord* word : block) {
    left = std::min(left, word->box.left);
    right = std::max(right, word->box.right);
  }
  paragraphs->emplace_back();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double left_margin = lines[i].front()->box.left - left;
    const double right_margin = right - lines[i].back()->box.right;
    if (i > 0 && left_margin > kIndent * unit && right_margin < kFlush * unit) {
      paragraphs->emplace_back();
    } else if (i > 0) {
      paragraphs->back().runs.back().text += '\n';
    }
    for (std::size_t k = 0; k < lines[i].size(); ++k) {
      if (k > 0) paragraphs->back().runs.back().text += ' ';
      Append(analysis::EncodeUtf8(lines[i][k]->text), lines[i][k]->font, &paragraphs->back());
    }
  }
}

}  // namespace

std::string WithoutSubsetTag(std::string font) {
  const bool tagged = font.size() > 7 && font[6] == '+' &&
                      std::all_of(font.begin(), font.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
  return tagged ? font.substr(7) : font;
}

void JoinDetachedMarks(std::vector<PlacedWord>* words) {
  std::vector<bool> is_mark(words->size());
  for (std::size_t i = 0; i < words->size(); ++i) is_mark[i] = !AsCombiningMarks((*words)[i].text).empty();
  std::vector<bool> joined(words->size());
  for (std::size_t i = 0; i < words->size(); ++i) {
    if (!is_mark[i]) continue;
    const int host = HostOf((*words)[i].box, *words, is_mark);
    if (host < 0) continue;
    PlacedWord& word = (*words)[static_cast<std::size_t>(host)];
    AttachMarks(AsCombiningMarks((*words)[i].text), GlyphAt(word, CentreX((*words)[i].box)), &word);
    joined[i] = true;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < words->size(); ++i) {
    if (joined[i]) continue;
    if (kept != i) (*words)[kept] = std::move((*words)[i]);
    ++kept;
  }
  words->resize(kept);
}

std::vector<Paragraph> ReadingOrder(std::vector<PlacedWord> words) {
  words.erase(std::remove_if(words.begin(), words.end(), [](const PlacedWord& w) { return w.text.empty(); }),
              words.end());
  if (words.empty()) return {};
  const double unit = MedianHeight(words);
  std::vector<Paragraph> paragraphs;
  for (const Group& block : Blocks(words, unit)) AppendBlock(block, unit, &paragraphs);
  return paragraphs;
}

}  // namespace vankien::readers
