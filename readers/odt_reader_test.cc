#include "readers/odt_reader.h"

#include <catch2/catch.hpp>

#include "readers/paragraph_builder.h"
#include "readers/test_data.h"
#include "readers/zip_test_util.h"

namespace vankien::readers {
namespace {

constexpr const char* kNamespaces =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
    R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")";

std::string Root(const std::string& name, const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "<office:" + name + " " + kNamespaces + ">" +
         body + "</office:" + name + ">";
}

// A sample Party document (invented: "Huyện ủy Sông Mây" does not exist).
const std::string kContent = Root("document-content", R"(
<office:font-face-decls>
  <style:font-face style:name="VnTime" svg:font-family=".VnTime"/>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/>
</office:font-face-decls>
<office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading"/>
  <style:style style:name="T1" style:family="text"><style:text-properties style:font-name="VnTime"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-family="VNI-Times"/></style:style>
</office:automatic-styles>
<office:body><office:text>
  <text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
  <table:table><table:table-row>
    <table:table-cell><text:p>HUYỆN ỦY SÔNG MÂY</text:p><text:p>*</text:p></table:table-cell>
    <table:table-cell><text:p>ĐẢNG CỘNG SẢN VIỆT NAM</text:p></table:table-cell>
  </table:table-row><table:table-row>
    <table:table-cell><text:p>Số 07-NQ/HU</text:p></table:table-cell>
    <table:table-cell><text:p>Sông Mây, ngày 5 tháng 6 năm 2021</text:p></table:table-cell>
  </table:table-row></table:table>
  <text:h text:style-name="P1" text:outline-level="1">NGHỊ QUYẾT</text:h>
  <text:p>Về <text:span text:style-name="T1">ph¸t triÓn</text:span> kinh tế<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Ghi chú mẫu.</text:p></text:note-body></text:note>,<text:s text:c="3"/>xã hội<text:tab/>năm
    2021<text:line-break/><text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink"><text:span text:style-name="T2">Ch÷ VNI</text:span></text:a></text:p>
  <text:tracked-changes><text:changed-region><text:deletion><text:p>đã xóa</text:p></text:deletion></text:changed-region></text:tracked-changes>
  <text:p text:style-name="Standard"> </text:p>
</office:text></office:body>)");

const std::string kStyles = Root("document-styles", R"(
<office:font-face-decls><style:font-face style:name="VnTimeH" svg:font-family=".VnTimeH"/></office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-family="'Times New Roman'"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading" style:family="paragraph"><style:text-properties style:font-name="VnTimeH"/></style:style>
</office:styles>
<office:master-styles><style:master-page style:name="Standard">
  <style:header><text:p>Đầu trang mẫu</text:p></style:header>
  <style:footer><text:p>Trang <text:page-number>1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>)");

const std::string kMeta = Root("document-meta", R"(<office:meta>
  <dc:title>Nghị quyết về phát triển kinh tế</dc:title><dc:description>Phát triển kinh tế - xã hội</dc:description>
  <meta:initial-creator>Văn phòng Huyện ủy</meta:initial-creator><dc:creator>Người sửa</dc:creator>
  <meta:creation-date>2021-06-05T09:00:00</meta:creation-date><dc:date>2021-07-01T10:00:00</dc:date>
</office:meta>)");

TEST_CASE("an ODT gives cells, headings, paragraphs, notes, headers and footers with their fonts") {
  const Extraction extraction = ReadOdt(
      MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"},
               {"content.xml", kContent},
               {"styles.xml", kStyles},
               {"meta.xml", kMeta}}),
      ExtractOptions{});
  CHECK(RunTextsOf(extraction.paragraphs) == std::vector<std::string>{"HUYỆN ỦY SÔNG MÂY\n*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-NQ/HU",
                                          "Sông Mây, ngày 5 tháng 6 năm 2021", "NGHỊ QUYẾT",
                                          "Về ph¸t triÓn kinh tế,   xã hội\tnăm 2021\nCh÷ VNI", "Ghi chú mẫu.",
                                          "Đầu trang mẫu", "Trang 1"});
  REQUIRE(extraction.paragraphs.size() == 9);
  CHECK(extraction.paragraphs[4].runs == std::vector<TextRun>{{"NGHỊ QUYẾT", ".VnTimeH"}});
  CHECK(extraction.paragraphs[5].runs == std::vector<TextRun>{{"Về ", "Times New Roman"},
                                                             {"ph¸t triÓn", ".VnTime"},
                                                             {" kinh tế,   xã hội\tnăm 2021\n", "Times New Roman"},
                                                             {"Ch÷ VNI", "VNI-Times"}});
  CHECK(extraction.metadata.title == "Nghị quyết về phát triển kinh tế");
  CHECK(extraction.metadata.subject == "Phát triển kinh tế - xã hội");
  CHECK(extraction.metadata.author == "Văn phòng Huyện ủy");
  CHECK(extraction.metadata.date == "2021-06-05");
}

TEST_CASE("an ODT without styles.xml or meta.xml still reads") {
  const Extraction extraction = ReadOdt(MakeZip({{"content.xml", kContent}}), ExtractOptions{});
  REQUIRE(extraction.paragraphs.size() == 7);
  CHECK(extraction.paragraphs[4].runs == std::vector<TextRun>{{"NGHỊ QUYẾT", ""}});
  CHECK(extraction.metadata == ContainerMetadata{});
}

// The sample made by LibreOffice (readers/testdata/make_office_fixtures.sh), a real container.
TEST_CASE("a ODT saved by LibreOffice reads with its cells, fonts and title") {
  const Extraction extraction = ReadOdt(ReadTestFile("office/sample_chi_thi.odt"), ExtractOptions{});
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

TEST_CASE("a bad ODT gives one clear ExtractionError") {
  CHECK_THROWS_WITH(ReadOdt("", ExtractOptions{}), Catch::StartsWith("corrupt zip container"));
  CHECK_THROWS_WITH(ReadOdt(MakeZip({{"word/document.xml", "<x/>"}}), ExtractOptions{}),
                    "not an ODT file: no content.xml");
  CHECK_THROWS_WITH(ReadOdt(MakeZip({{"content.xml", "<office:document-content>"}}), ExtractOptions{}),
                    Catch::StartsWith("malformed XML in content.xml"));
  std::string nested = "<r><body><text>";
  for (int i = 0; i < 3000; ++i) nested += "<text:section>";
  for (int i = 0; i < 3000; ++i) nested += "</text:section>";
  nested += "</text></body></r>";
  CHECK_THROWS_WITH(ReadOdt(MakeZip({{"content.xml", nested}}), ExtractOptions{}), "ODT elements nested too deep");
  std::string spaces = "<r><body><text><text:p><text:s text:c=\"2000000000\"/>x</text:p></text></body></r>";
  CHECK(RunText(ReadOdt(MakeZip({{"content.xml", spaces}}), ExtractOptions{}).paragraphs.at(0)).size() == 65);
}

}  // namespace
}  // namespace vankien::readers
