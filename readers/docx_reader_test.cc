#include "readers/docx_reader.h"

#include <catch2/catch.hpp>

#include "readers/legacy_encoding.h"
#include "readers/paragraph_builder.h"
#include "readers/test_data.h"
#include "readers/zip_test_util.h"

namespace vankien::readers {
namespace {

constexpr const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string Part(const std::string& root, const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n<w:" + root + " " + kNs + ">" +
         body + "</w:" + root + ">";
}

// A sample Party document (invented: "Tỉnh ủy Lam Giang" does not exist).
const std::string kDocument = Part("document", R"(<w:body>
<w:tbl>
 <w:tr><w:tc><w:p><w:r><w:t>TỈNH ỦY LAM GIANG</w:t></w:r></w:p><w:p><w:r><w:t>*</w:t></w:r></w:p></w:tc>
       <w:tc><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:tc></w:tr>
 <w:tr><w:tc><w:p><w:r><w:t>Số 12-CT/TU</w:t></w:r></w:p></w:tc>
       <w:tc><w:p><w:r><w:t>Lam Giang, ngày 3 tháng 4 năm 2019</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>CHØ THÞ</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">§¶ng bé </w:t></w:r><w:hyperlink><w:r><w:t>tỉnh</w:t><w:tab/><w:t>lãnh đạo</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:hyperlink></w:p>
<w:p><w:r><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/></w:rPr><w:t>Theo chủ đề</w:t></w:r><w:del><w:r><w:delText>đã xóa</w:delText></w:r></w:del></w:p>
<w:p><w:r><w:rPr><w:rStyle w:val="Legacy"/></w:rPr><w:t>Ch÷ VNI</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
</w:body>)");

const std::string kStyles = Part("styles", R"(
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title0"><w:rPr><w:rFonts w:ascii=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Title0"/></w:style>
<w:style w:type="character" w:styleId="Legacy"><w:rPr><w:rFonts w:cs="VNI-Times"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>)");

const std::string kTheme = R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>)";

const std::string kCore = R"(<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
<dc:title>Chỉ thị về   công tác cán bộ</dc:title><dc:creator>Văn phòng Tỉnh ủy</dc:creator>
<dc:subject>Công tác cán bộ</dc:subject><dcterms:created>2019-04-03T08:15:00Z</dcterms:created></cp:coreProperties>)";

TEST_CASE("a DOCX gives tables cell by cell, paragraphs, headers, footers and notes in order") {
  const std::string zip = MakeZip({
      {"word/document.xml", kDocument},
      {"word/styles.xml", kStyles},
      {"word/theme/theme1.xml", kTheme},
      {"word/header1.xml", Part("hdr", "<w:p><w:r><w:t>Đầu trang mẫu</w:t></w:r></w:p>")},
      {"word/footer1.xml", Part("ftr", "<w:p><w:r><w:t>Trang 1</w:t></w:r></w:p>")},
      {"word/footnotes.xml",
       Part("footnotes",
            R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
               <w:footnote w:id="1"><w:p><w:r><w:t>Chú thích một.</w:t></w:r></w:p></w:footnote>)")},
      {"docProps/core.xml", kCore},
  });
  const Extraction extraction = ReadDocx(zip, ExtractOptions{});
  CHECK(RunTextsOf(extraction.paragraphs) == std::vector<std::string>{
                                 "TỈNH ỦY LAM GIANG\n*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-CT/TU",
                                 "Lam Giang, ngày 3 tháng 4 năm 2019", "CHØ THÞ",
                                 "§¶ng bé tỉnh\tlãnh đạo\ndòng hai", "Theo chủ đề", "Ch÷ VNI",
                                 "Đầu trang mẫu", "Trang 1", "Chú thích một."});
  CHECK(extraction.metadata.title == "Chỉ thị về công tác cán bộ");
  CHECK(extraction.metadata.author == "Văn phòng Tỉnh ủy");
  CHECK(extraction.metadata.subject == "Công tác cán bộ");
  CHECK(extraction.metadata.date == "2019-04-03");
}

TEST_CASE("each DOCX run carries its resolved font") {
  const std::string zip =
      MakeZip({{"word/document.xml", kDocument}, {"word/styles.xml", kStyles}, {"word/theme/theme1.xml", kTheme}});
  const Extraction extraction = ReadDocx(zip, ExtractOptions{});
  REQUIRE(extraction.paragraphs.size() == 8);
  // Document defaults.
  CHECK(extraction.paragraphs[0].runs == std::vector<TextRun>{{"TỈNH ỦY LAM GIANG\n*", "Times New Roman"}});
  // Paragraph style, through w:basedOn.
  CHECK(extraction.paragraphs[4].runs == std::vector<TextRun>{{"CHØ THÞ", ".VnTimeH"}});
  // The run's own rFonts, then the defaults again.
  CHECK(extraction.paragraphs[5].runs ==
        std::vector<TextRun>{{"§¶ng bé ", ".VnTime"}, {"tỉnh\tlãnh đạo\ndòng hai", "Times New Roman"}});
  // A theme font, and a character style.
  CHECK(extraction.paragraphs[6].runs == std::vector<TextRun>{{"Theo chủ đề", "Calibri"}});
  CHECK(extraction.paragraphs[7].runs == std::vector<TextRun>{{"Ch÷ VNI", "VNI-Times"}});
}

TEST_CASE("a style loop and a missing styles part leave runs readable") {
  const std::string body = Part(
      "document", R"(<w:body><w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:t>Vòng lặp</w:t></w:r></w:p></w:body>)");
  CHECK(ReadDocx(MakeZip({{"word/document.xml", body}, {"word/styles.xml", kStyles}}), ExtractOptions{})
            .paragraphs[0]
            .runs == std::vector<TextRun>{{"Vòng lặp", "Times New Roman"}});
  CHECK(ReadDocx(MakeZip({{"word/document.xml", body}}), ExtractOptions{}).paragraphs[0].runs ==
        std::vector<TextRun>{{"Vòng lặp", ""}});
}

TEST_CASE("entity tricks in a DOCX do not expand") {
  std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)";
  std::string previous = "lol";
  for (int i = 1; i <= 9; ++i) {
    const std::string name = "lol" + std::to_string(i);
    laughs += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&" + previous + ";";
    laughs += "\">";
    previous = name;
  }
  laughs += std::string("]>\n<w:document ") + kNs + "><w:body><w:p><w:r><w:t>&lol9; &amp; Đảng</w:t></w:r></w:p></w:body></w:document>";
  const Extraction extraction = ReadDocx(MakeZip({{"word/document.xml", laughs}}), ExtractOptions{});
  REQUIRE(extraction.paragraphs.size() == 1);
  CHECK(RunText(extraction.paragraphs[0]) == "&lol9; & Đảng");
}

TEST_CASE("a soft hyphen is TCVN3's ư in a legacy font, and nothing in any other") {
  const std::string body = Part("document", R"(<w:body><w:p>
<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">Tõng b</w:t><w:softHyphen/><w:t xml:space="preserve">íc </w:t></w:r>
<w:r><w:t>Lam Gi</w:t><w:softHyphen/><w:t>ang</w:t></w:r></w:p></w:body>)");
  const Extraction extraction = ReadDocx(MakeZip({{"word/document.xml", body}}), ExtractOptions{});
  REQUIRE(extraction.paragraphs.size() == 1);
  CHECK(extraction.paragraphs[0].runs ==
        std::vector<TextRun>{{"Tõng b\u00ADíc ", ".VnTime"}, {"Lam Giang", ""}});
  CHECK(DecodeMisreadText(extraction.paragraphs[0].runs[0].text, LegacyEncoding::kTcvn3) == "Từng bước ");
}

// The sample made by LibreOffice (readers/testdata/make_office_fixtures.sh), a real container.
TEST_CASE("a DOCX saved by LibreOffice reads with its cells, fonts and title") {
  const Extraction extraction = ReadDocx(ReadTestFile("office/sample_chi_thi.docx"), ExtractOptions{});
  const std::vector<std::string> texts = RunTextsOf(extraction.paragraphs);
  REQUIRE(texts.size() == 11);
  CHECK(texts[0] == "TỈNH ỦY LAM GIANG\n*\nSố 12-CT/TU");
  CHECK(texts[1] == "ĐẢNG CỘNG SẢN VIỆT NAM\nLam Giang, ngày 3 tháng 4 năm 2019");
  CHECK(texts[10] == "BÍ THƯ");
  CHECK(extraction.paragraphs[0].runs.size() == 1);
  CHECK(extraction.paragraphs[7].runs ==
        std::vector<TextRun>{{"§¶ng bé tØnh L©m Giang", ".VnTime"}, {" (đoạn gõ bằng phông .VnTime).", "DejaVu Serif"}});
  CHECK(extraction.metadata.title == "Chỉ thị mẫu");
}

TEST_CASE("a bad DOCX gives one clear ExtractionError") {
  CHECK_THROWS_WITH(ReadDocx("not a zip at all", ExtractOptions{}), Catch::StartsWith("corrupt zip container"));
  CHECK_THROWS_WITH(ReadDocx(MakeZip({{"content.xml", "<x/>"}}), ExtractOptions{}),
                    "not a DOCX file: no word/document.xml");
  CHECK_THROWS_WITH(ReadDocx(MakeZip({{"word/document.xml", "<w:document><w:body>"}}), ExtractOptions{}),
                    Catch::StartsWith("malformed XML in word/document.xml"));
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<w:sdt>";
  CHECK_THROWS_WITH(ReadDocx(MakeZip({{"word/document.xml", deep}}), ExtractOptions{}),
                    Catch::StartsWith("malformed XML"));
  std::string nested = "<w:document><w:body>";
  for (int i = 0; i < 5000; ++i) nested += "<w:sdt>";
  for (int i = 0; i < 5000; ++i) nested += "</w:sdt>";
  nested += "</w:body></w:document>";
  CHECK_THROWS_WITH(ReadDocx(MakeZip({{"word/document.xml", nested}}), ExtractOptions{}),
                    "DOCX elements nested too deep");
  ExtractOptions small;
  small.max_unpacked_bytes = 1 << 20;
  const std::string bomb = Part("document", "<w:body>" + std::string(std::size_t{4} << 20, ' ') + "</w:body>");
  CHECK_THROWS_WITH(ReadDocx(MakeZip({{"word/document.xml", bomb}}), small), Catch::StartsWith("zip bomb"));
}

}  // namespace
}  // namespace vankien::readers
