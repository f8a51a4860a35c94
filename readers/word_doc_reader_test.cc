#include "readers/word_doc_reader.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "readers/official_layout.h"
#include "readers/paragraph_builder.h"
#include "readers/test_data.h"

namespace vankien::readers {
namespace {

// Made by readers/testdata/make_office_fixtures.sh from sample_chi_thi.html.
std::string SampleDoc() { return ReadTestFile("office/sample_chi_thi.doc"); }

TEST_CASE("a Word 97 document gives its paragraphs and table cells in Vietnamese") {
  const std::vector<std::string> texts = RunTextsOf(ReadWordDoc(SampleDoc(), ExtractOptions{}).paragraphs);
  REQUIRE(texts.size() >= 12);
  CHECK(texts[0] == "TỈNH ỦY LAM GIANG");
  // The header table's cells are paragraphs of their own, as a DOCX gives them.
  CHECK(texts[2] == "Số 12-CT/TU");
  CHECK(texts[3] == "ĐẢNG CỘNG SẢN VIỆT NAM");
  CHECK(texts[4] == "Lam Giang, ngày 3 tháng 4 năm 2019");
  CHECK(texts[5] == "CHỈ THỊ");
  const auto has = [&](const std::string& text) { return std::find(texts.begin(), texts.end(), text) != texts.end(); };
  CHECK(has("2. Rèn luyện kỹ năng, giữ gìn kỷ luật; không lưỡng lự, né tránh; nghĩ kỹ, ẵm trọn trách nhiệm; quỹ "
            "Đảng minh bạch; ưu tiên dự trữ; ỷ lại, lơ đễnh bị phê bình."));
  // Legacy-font text: the TCVN3 bytes' windows-1252 code points, without the font.
  CHECK(has("§¶ng bé tØnh L©m Giang (đoạn gõ bằng phông .VnTime)."));
  CHECK(texts.back() == "BÍ THƯ");
}

TEST_CASE("a .doc whose header is a table reads in the official layout") {
  // The paragraphs apart by blank lines, as the indexer reads extracted text (paragraph_text.h;
  // no legacy font to decode here).
  std::string text;
  for (const std::string& paragraph : RunTextsOf(ReadWordDoc(SampleDoc(), ExtractOptions{}).paragraphs)) {
    text += paragraph + "\n\n";
  }
  const std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->number == "12-CT/TU");
  CHECK(layout->issuer == "Tỉnh ủy Lam Giang");
  REQUIRE(layout->date);
  CHECK(layout->date->ToIso() == "2019-04-03");
  CHECK(layout->title == "Chỉ thị về tăng cường công tác kiểm tra, giám sát của Đảng");
}

TEST_CASE("a .doc that is really RTF is read as RTF") {
  const Extraction rtf = ReadWordDoc("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Ngh\\u7883?\\'20quy\\u7871?t\\par}",
                                     ExtractOptions{});
  CHECK(RunTextsOf(rtf.paragraphs) == std::vector<std::string>{"Nghị quyết"});
}

TEST_CASE("a bad .doc gives one clear ExtractionError, a missing catdoc a MissingComponent") {
  CHECK_THROWS_WITH(ReadWordDoc("plain text saved as .doc", ExtractOptions{}),
                    "not a Word 97-2003 document: no OLE2 signature");
  const std::string doc = SampleDoc();
  CHECK_THROWS_WITH(ReadWordDoc(doc.substr(0, doc.size() / 2), ExtractOptions{}),
                    Catch::StartsWith("unreadable Word document: catdoc failed"));
  const std::string saved = std::getenv("PATH");
  setenv("PATH", "/vankien-no-such-directory", 1);
  try {
    ReadWordDoc(doc, ExtractOptions{});
    FAIL("no exception");
  } catch (const MissingComponent& missing) {
    CHECK(missing.package() == "catdoc");
  }
  setenv("PATH", saved.c_str(), 1);
}

}  // namespace
}  // namespace vankien::readers
