#include "readers/html_reader.h"

#include <catch2/catch.hpp>

#include "readers/html_charset.h"
#include "readers/paragraph_builder.h"
#include "readers/test_data.h"

namespace vankien::readers {
namespace {

std::string Fixture(const std::string& name) { return ReadTestFile("html/" + name); }

TEST_CASE("an HTML5 news page gives its article and its meta tags") {
  const Extraction page = ReadHtml(Fixture("lamgiang_article.html"), ExtractOptions{});
  CHECK(page.metadata.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12");
  CHECK(page.metadata.date == "2023-07-14");
  CHECK(page.metadata.source == "Báo Lam Giang điện tử");
  CHECK(page.metadata.url == "https://baolamgiang.example.vn/chinh-tri/hoi-nghi-bch-lan-12.html");
  CHECK(page.metadata.subject == "Hội nghị bàn các giải pháp thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.");
  const std::vector<std::string> texts = RunTextsOf(page.paragraphs);
  REQUIRE(texts.size() == 6);
  CHECK(texts[0] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12");
  CHECK(texts[3] == "Hội nghị thống nhất cao việc triển khai Chỉ thị số 12-CT/TU về tăng cường công tác kiểm tra, "
                    "giám sát trong toàn Đảng bộ.");
}

TEST_CASE("the other places a page keeps its date, site and address") {
  const Extraction itemprop = ReadHtml(Fixture("songmay_itemprop.html"), ExtractOptions{});
  CHECK(itemprop.metadata.date == "2024-03-02");
  CHECK(itemprop.metadata.url == "https://songmay.example.vn/hoc-tap-chuyen-de-2024");
  CHECK(itemprop.metadata.subject == "Các chi bộ học tập chuyên đề năm 2024.");
  CHECK(itemprop.metadata.title == "Học tập chuyên đề năm 2024 về phong cách nêu gương");
  CHECK(ReadHtml(Fixture("dongson_plain_divs.html"), ExtractOptions{}).metadata.date == "2022-11-20");
  const Extraction main = ReadHtml(Fixture("hoabinh_main.html"), ExtractOptions{});
  CHECK(main.metadata.date == "2021-09-05");
  // No <h1>: og:title names the article.
  CHECK(main.metadata.title == "Ra mắt mô hình dân vận khéo ở phường Hòa Bình");
  CHECK(main.metadata.source == "Cổng thông tin phường Hòa Bình");
  // Neither <h1> nor og:title: the <title>.
  CHECK(ReadHtml(Fixture("tanlap_news_portal.html"), ExtractOptions{}).metadata.title ==
        "Tân Lập đẩy mạnh chuyển đổi số trong công tác Đảng");
  // Neither: an element named as the headline above the article's body.
  CHECK(ReadHtml(Fixture("camlo_webforms.html"), ExtractOptions{}).metadata.title ==
        "Cam Lộ sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW");
  const Extraction dated = ReadHtml("<p>Bài <time>x</time><span itemprop=\"datePublished\">Thứ Hai, 08/04/2024</span></p>",
                                    ExtractOptions{});
  CHECK(dated.metadata.date == "2024-04-08");
}

TEST_CASE("a page's declared charset is honoured") {
  SECTION("windows-1258 in http-equiv, with combining tone marks") {
    const std::string bytes = Fixture("thanhha_table_cp1258.html");
    CHECK(DetectHtmlCharset(bytes) == "WINDOWS-1258");
    const Extraction page = ReadHtml(bytes, ExtractOptions{});
    CHECK(page.metadata.title == "Thanh Hà: Quán triệt Nghị quyết Đại hội Đảng bộ huyện");
    REQUIRE(page.paragraphs.size() == 4);
    CHECK(RunText(page.paragraphs[3]) ==
          "Hội nghị yêu cầu mỗi đảng viên xây dựng chương trình hành động cụ thể, phù hợp với điều kiện của địa phương.");
  }
  SECTION("meta charset, a BOM, and labels read as windows-1252") {
    CHECK(DetectHtmlCharset("<meta charset=\"ISO-8859-1\"><p>x") == "WINDOWS-1252");
    CHECK(DetectHtmlCharset("<META CHARSET=windows-1258>") == "WINDOWS-1258");
    CHECK(DetectHtmlCharset("\xEF\xBB\xBF<meta charset=\"windows-1258\">") == "UTF-8");
    CHECK(DetectHtmlCharset("\xFF\xFE<\0p\0>\0") == "UTF-16LE");
    CHECK(ConvertToUtf8(std::string("\xFF\xFE\x10\x01", 4), "UTF-16LE") == "Đ");
    CHECK(ConvertToUtf8("\xEF\xBB\xBFĐảng", "UTF-8") == "Đảng");
    const Extraction utf16 = ReadHtml(std::string("\xFF\xFE<\0p\0>\0\x10\x01\xA3\x1E", 12), ExtractOptions{});
    CHECK(RunTextsOf(utf16.paragraphs) == std::vector<std::string>{"Đả"});
  }
  SECTION("no declaration: UTF-8 when valid, else windows-1252") {
    CHECK(DetectHtmlCharset("<p>Đảng</p>") == "UTF-8");
    CHECK(DetectHtmlCharset("<p>\xA7\xB6ng</p>") == "WINDOWS-1252");
    CHECK(ConvertToUtf8("\xA7\xB6ng \x81", "WINDOWS-1252") == "§¶ng \xEF\xBF\xBD");
    CHECK(ConvertToUtf8("x\xFFy", "NO-SUCH-CHARSET") == "x\xEF\xBF\xBDy");
  }
}

TEST_CASE("runs keep the legacy font of <font face> and style font-family") {
  const Extraction page = ReadHtml(Fixture("lamgiang_tcvn3_undeclared.html"), ExtractOptions{});
  REQUIRE(page.paragraphs.size() == 3);
  CHECK(page.paragraphs[0].runs.at(0).font == ".VnTimeH");
  CHECK(page.paragraphs[1].runs == std::vector<TextRun>{{"S¸ng 5 th¸ng 5 n¨m 2010, Ban Th\u00ADêng vô TØnh ñy häp phiªn "
                                                         "th\u00ADêng kú ®Ó cho ý kiÕn vÒ c«ng t¸c chuÈn bÞ ®¹i héi "
                                                         "®¶ng bé c¸c cÊp.",
                                                         ".VnTime"}});
  CHECK(page.paragraphs[2].runs.at(0).font == ".VnTime");
  const Extraction mixed =
      ReadHtml("<p>Unicode <b>đậm</b> <span style=\"color:red; FONT-FAMILY: &quot;VNI-Times&quot;\">Ñaûng</span></p>",
               ExtractOptions{});
  CHECK(mixed.paragraphs.at(0).runs == std::vector<TextRun>{{"Unicode đậm", ""}, {" Ñaûng", "VNI-Times"}});
}

TEST_CASE("a wrapper named like boilerplate is not dropped with the article in it") {
  const std::string text = "Đảng bộ xã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.";
  CHECK(RunTextsOf(ReadHtml("<body class=\"has-sidebar\"><form id=\"form1\"><div class=\"menu\"><a href=/>Trang "
                                "chủ</a></div><p>" + text + "</p></form></body>",
                                ExtractOptions{})
                           .paragraphs) == std::vector<std::string>{text});
  CHECK(RunTextsOf(ReadHtml("<div id=\"content-sidebar-wrap\"><div class=\"sidebar\">Quảng cáo</div><article><p>" +
                                text + "</p></article></div>",
                                ExtractOptions{})
                           .paragraphs) == std::vector<std::string>{text});
}

TEST_CASE("whitespace, line breaks and blocks read as a browser shows them") {
  const Extraction page = ReadHtml(
      "<div>  Một  <i>hai</i>\n ba<br>bốn<div>năm</div>sáu<pre>a  b\nc</pre><script>x()</script><table><tr><td>ô "
      "1</td><td>ô 2</td></tr></table></div>",
      ExtractOptions{});
  CHECK(RunTextsOf(page.paragraphs) == std::vector<std::string>{"Một hai ba\nbốn", "năm", "sáu", "a  b\nc", "ô 1", "ô 2"});
}

TEST_CASE("bad HTML gives one clear ExtractionError, hostile HTML stays bounded") {
  CHECK_THROWS_WITH(ReadHtml("", ExtractOptions{}), "empty file");
  CHECK_THROWS_WITH(ReadHtml(" \n ", ExtractOptions{}), "empty file");
  CHECK_THROWS_WITH(ReadHtml("<html><head><script>x</script></head><body> </body></html>", ExtractOptions{}),
                    "no text in the HTML page");
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "sâu";
  CHECK_THROWS_WITH(ReadHtml(deep, ExtractOptions{}), Catch::StartsWith("HTML elements nested deeper than"));
  std::string spans;
  for (int i = 0; i < 100000; ++i) spans += "<span><a href=x>";
  CHECK_THROWS_AS(ReadHtml(spans, ExtractOptions{}), ExtractionError);
  std::string binary(4096, '\0');
  for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i * 7919 % 251);
  CHECK_NOTHROW([&] {
    try {
      ReadHtml(binary, ExtractOptions{});
    } catch (const ExtractionError&) {
    }
  }());
  std::string wide = "<p>";
  for (int i = 0; i < 200000; ++i) wide += "<b>Đảng</b> ";
  CHECK(RunText(ReadHtml(wide, ExtractOptions{}).paragraphs.at(0)).size() == 200000 * 8 - 1);
}

}  // namespace
}  // namespace vankien::readers
