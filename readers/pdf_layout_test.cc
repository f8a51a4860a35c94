#include "readers/pdf_layout.h"

#include <catch2/catch.hpp>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

// A word of `text` at (left, top), 12 pt high, 6 pt a character wide.
PlacedWord Word(const std::string& text, double left, double top, const std::string& font = "Serif") {
  PlacedWord word;
  analysis::DecodeUtf8(text, &word.text);
  word.font = font;
  word.box = {left, top, left + 6.0 * static_cast<double>(word.text.size()), top + 12};
  for (std::size_t i = 0; i < word.text.size(); ++i) {
    word.glyphs.push_back({left + 6.0 * static_cast<double>(i), top, left + 6.0 * static_cast<double>(i + 1), top + 12});
  }
  return word;
}

// Words of a line of text from `left`, a space (3 pt) between them.
std::vector<PlacedWord> Line(const std::string& text, double left, double top, const std::string& font = "Serif") {
  std::vector<PlacedWord> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(Word(text.substr(start, end - start), left, top, font));
    left = words.back().box.right + 3;
    start = end + 1;
  }
  return words;
}

void Add(std::vector<PlacedWord> line, std::vector<PlacedWord>* page) {
  page->insert(page->end(), line.begin(), line.end());
}

std::string Text(const Paragraph& paragraph) {
  std::string text;
  for (const TextRun& run : paragraph.runs) text += run.text;
  return text;
}

TEST_CASE("the two columns of a Party document's header are read one after the other") {
  std::vector<PlacedWord> page;
  // Drawn row by row, as a producer draws a table: left cell, right cell, next row.
  Add(Line("TỈNH ỦY LAM GIANG", 60, 50), &page);
  Add(Line("ĐẢNG CỘNG SẢN VIỆT NAM", 300, 50), &page);
  Add(Line("*", 110, 64), &page);
  Add(Line("Số 12-CT/TU", 80, 78), &page);
  Add(Line("Lam Giang, ngày 15 tháng 3 năm 2024", 280, 78, "Serif-Italic"), &page);
  Add(Line("CHỈ THỊ", 250, 130), &page);
  Add(Line("Những năm qua, các cấp ủy đã quan tâm lãnh đạo công tác", 60, 160), &page);
  Add(Line("phòng, chống thiên tai.", 60, 174), &page);

  std::vector<Paragraph> paragraphs = ReadingOrder(page);
  REQUIRE(paragraphs.size() == 5);
  CHECK(Text(paragraphs[0]) == "TỈNH ỦY LAM GIANG\n*\nSố 12-CT/TU");
  CHECK(Text(paragraphs[1]) == "ĐẢNG CỘNG SẢN VIỆT NAM");
  CHECK(Text(paragraphs[2]) == "Lam Giang, ngày 15 tháng 3 năm 2024");
  CHECK(Text(paragraphs[3]) == "CHỈ THỊ");
  CHECK(Text(paragraphs[4]) == "Những năm qua, các cấp ủy đã quan tâm lãnh đạo công tác\nphòng, chống thiên tai.");
  CHECK(paragraphs[2].runs == std::vector<TextRun>{{"Lam Giang, ngày 15 tháng 3 năm 2024", "Serif-Italic"}});
}

TEST_CASE("a run ends where the font changes") {
  std::vector<PlacedWord> page = Line("Số", 60, 50);
  Add(Line("12-CT/TU", 81, 50, ".VnTime"), &page);
  std::vector<Paragraph> paragraphs = ReadingOrder(page);
  REQUIRE(paragraphs.size() == 1);
  CHECK(paragraphs[0].runs == std::vector<TextRun>{{"Số ", "Serif"}, {"12-CT/TU", ".VnTime"}});
}

TEST_CASE("an indented line opens a paragraph, a centred one does not") {
  std::vector<PlacedWord> page;
  Add(Line("về tăng cường sự lãnh đạo của Đảng đối với công tác phòng,", 60, 50), &page);
  Add(Line("chống thiên tai", 150, 64), &page);
  CHECK(ReadingOrder(page).size() == 1);

  page.clear();
  Add(Line("Những năm qua, các cấp ủy, tổ chức đảng trong tỉnh đã quan", 60, 50), &page);
  Add(Line("tâm lãnh đạo công tác phòng, chống thiên tai, hạn chế thiệt", 30, 64), &page);
  Add(Line("hại về người và tài sản của nhân dân.", 30, 78), &page);
  Add(Line("Để nâng cao hiệu quả công tác này, Ban Thường vụ Tỉnh ủy yêu", 60, 92), &page);
  Add(Line("cầu các cấp ủy chủ động.", 30, 106), &page);
  std::vector<Paragraph> paragraphs = ReadingOrder(page);
  REQUIRE(paragraphs.size() == 2);
  CHECK(Text(paragraphs[1]).rfind("Để nâng cao", 0) == 0);
}

TEST_CASE("a diacritic drawn as its own glyph joins the letter under it") {
  // "Đang" with an acute accent drawn over its "a" (the second glyph, x 6 to 12), and a hook
  // above drawn as a combining mark over the "o" of "ho" after it.
  std::vector<PlacedWord> page = {Word("Đang", 60, 50), Word("\u00B4", 67, 48), Word("ho", 90, 50),
                                  Word("\u0309", 97, 47)};
  JoinDetachedMarks(&page);
  REQUIRE(page.size() == 2);
  CHECK(analysis::EncodeUtf8(page[0].text) == "Đa\u0301ng");
  CHECK(page[0].glyphs.size() == page[0].text.size());
  CHECK(analysis::EncodeUtf8(page[1].text) == "ho\u0309");
}

TEST_CASE("a mark over no letter, or a lone accent beside the text, stays a word") {
  std::vector<PlacedWord> page = {Word("Đang", 60, 50), Word("\u00B4", 200, 50), Word("`", 60, 300)};
  JoinDetachedMarks(&page);
  CHECK(page.size() == 3);
  CHECK(analysis::EncodeUtf8(page[0].text) == "Đang");
}

TEST_CASE("the subset tag of an embedded font's name is dropped") {
  CHECK(WithoutSubsetTag("AAAAAA+DejaVuSerif") == "DejaVuSerif");
  CHECK(WithoutSubsetTag("BCDEFG+.VnTime") == ".VnTime");
  CHECK(WithoutSubsetTag(".VnTime") == ".VnTime");
  CHECK(WithoutSubsetTag("Abcdef+Font") == "Abcdef+Font");
}

TEST_CASE("a page without words has no paragraphs") {
  CHECK(ReadingOrder({}).empty());
  CHECK(ReadingOrder({Word("", 0, 0)}).empty());
}

}  // namespace
}  // namespace vankien::readers
