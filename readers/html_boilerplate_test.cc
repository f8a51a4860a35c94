// Measures how well the HTML reader keeps the article and leaves the page: for each sample
// page in testdata/html/, the words of the known boilerplate that got through and the article
// words that were lost, printed as a table (run: readers_tests "[boilerplate]" -s).
#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <sstream>

#include "readers/html_charset.h"
#include "readers/html_reader.h"
#include "readers/html_text.h"
#include "readers/paragraph_builder.h"
#include "readers/test_data.h"

namespace vankien::readers {
namespace {

using WordCounts = std::map<std::string, int>;

void CountWords(std::string_view text, WordCounts* counts) {
  std::istringstream words{std::string(text)};
  for (std::string word; words >> word;) ++(*counts)[word];
}

WordCounts WordsOf(const std::vector<Paragraph>& paragraphs) {
  WordCounts counts;
  for (const Paragraph& paragraph : paragraphs) CountWords(RunText(paragraph), &counts);
  return counts;
}

// The number of words in `a` beyond those in `b`.
int Excess(const WordCounts& a, const WordCounts& b) {
  int excess = 0;
  for (const auto& [word, count] : a) {
    const auto found = b.find(word);
    excess += std::max(0, count - (found == b.end() ? 0 : found->second));
  }
  return excess;
}

TEST_CASE("sample news pages: boilerplate kept out, article words kept", "[boilerplate]") {
  const std::filesystem::path directory = TestDataDirectory() / "html";
  std::vector<std::filesystem::path> pages;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  REQUIRE(pages.size() >= 6);
  std::ostringstream table;
  table << "page | article words | boilerplate words | boilerplate kept | article words lost\n";
  int total_kept = 0;
  int total_lost = 0;
  for (const std::filesystem::path& page : pages) {
    const std::string bytes = ReadTestFile(page);
    WordCounts expected;
    CountWords(ReadTestFile(std::filesystem::path(page).replace_extension(".expected.txt")), &expected);
    const HtmlDocument document(ConvertToUtf8(bytes, DetectHtmlCharset(bytes)));
    const WordCounts everything = WordsOf(HtmlParagraphs(document.root(), nullptr));
    const WordCounts extracted = WordsOf(ReadHtml(bytes, ExtractOptions{}).paragraphs);
    const int article_words = Excess(expected, {});
    const int boilerplate_words = Excess(everything, expected);
    const int kept = Excess(extracted, expected);
    const int lost = Excess(expected, extracted);
    table << page.filename().string() << " | " << article_words << " | " << boilerplate_words << " | " << kept
          << " | " << lost << "\n";
    total_kept += kept;
    total_lost += lost;
    CHECK(boilerplate_words > 0);  // the samples do have boilerplate to leave out
  }
  std::cout << table.str();
  CHECK(total_kept == 0);
  CHECK(total_lost == 0);
}

}  // namespace
}  // namespace vankien::readers
