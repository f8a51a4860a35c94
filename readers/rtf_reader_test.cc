#include "readers/rtf_reader.h"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "readers/paragraph_builder.h"

namespace vankien::readers {
namespace {

// A sample, written by hand: .VnTime runs hold TCVN3 bytes as \'xx escapes, the rest is
// Unicode as Word writes it (\uN with a '?' fallback). "Tỉnh ủy Lam Giang" is invented.
const char* kRtf = R"({\rtf1\ansi\ansicpg1252\deff0\uc1
{\fonttbl{\f0\froman Times New Roman;}{\f1\fnil .VnTime;}}
{\info{\title Ch\u7881?\'20th\u7883? m\u7851?u}{\author V\u259?n ph\'f2ng}{\creatim\yr2019\mo4\dy3\hr8\min15}}
\pard\qc\b\f0 T\u7880?NH \u7910?Y LAM GIANG\b0\par
\pard\f1 \'a7\'b6ng b\'e9 t\'d8nh\f0  v\u224? nh\u226?n d\u226?n\par
\pard\qr\f1 \'a7\'b6ng\par
\pard\f0 S\u7889? 12-CT/TU\tab ng\u224?y 3\line d\'f2ng m\u7899?i\par
})";

// PATH without the converters, for the length of a test.
class EmptyPath {
 public:
  EmptyPath() : saved_(std::getenv("PATH")) { setenv("PATH", "/vankien-no-such-directory", 1); }
  ~EmptyPath() { setenv("PATH", saved_.c_str(), 1); }

 private:
  std::string saved_;
};

TEST_CASE("an RTF gives its paragraphs with the font table's names and its info") {
  const Extraction rtf = ReadRtf(kRtf, ExtractOptions{});
  std::vector<std::string> texts = RunTextsOf(rtf.paragraphs);
  REQUIRE(texts.size() == 5);
  // unrtf writes a \tab as no-break spaces up to the next tab stop.
  CHECK_THAT(texts[3], Catch::StartsWith("Số 12-CT/TU\u00A0\u00A0") && Catch::EndsWith("\u00A0 ngày 3"));
  texts[3] = "";
  CHECK(texts == std::vector<std::string>{"TỈNH ỦY LAM GIANG", "§¶ng bé tØnh và nhân dân", "§¶ng", "", "dòng mới"});
  CHECK(rtf.paragraphs[0].runs == std::vector<TextRun>{{"TỈNH ỦY LAM GIANG", "Times New Roman"}});
  CHECK(rtf.paragraphs[1].runs ==
        std::vector<TextRun>{{"§¶ng bé tØnh", ".VnTime"}, {" và nhân dân", "Times New Roman"}});
  // A right-aligned paragraph: unrtf closes the <font> before its <div>, the font lasts.
  CHECK(rtf.paragraphs[2].runs == std::vector<TextRun>{{"§¶ng", ".VnTime"}});
  CHECK(rtf.metadata.title == "Chỉ thị mẫu");
  CHECK(rtf.metadata.author == "Văn phòng");
  CHECK(rtf.metadata.date == "2019-04-03");
}

TEST_CASE("Unicode fallbacks are escaped so that unrtf skips exactly them") {
  CHECK(EscapeUnicodeFallbacks(R"(T\u7880?NH)") == R"(T\u7880\'3fNH)");
  CHECK(EscapeUnicodeFallbacks(R"(\u7880 ?NH \u-3913?x)") == R"(\u7880\'3fNH \u-3913\'3fx)");
  CHECK(EscapeUnicodeFallbacks(R"(\uc0\u7880 NH)") == R"(\uc0\u7880\'3fNH)");
  CHECK(EscapeUnicodeFallbacks(R"(\ul\u7880\'3f\\u12?{\u1}}\u)") == R"(\ul\u7880\'3f\\u12?{\u1}}\u)");
}

TEST_CASE("a bad RTF gives one clear ExtractionError, a missing unrtf a MissingComponent") {
  CHECK_THROWS_WITH(ReadRtf("plain text", ExtractOptions{}), "not an RTF file: it does not start with {\\rtf");
  // A malformed escape in the \info group leaves what follows it as text.
  CHECK(ReadRtf(R"({\rtf1{\info{\title A\'zzB\'4}}x\par})", ExtractOptions{}).metadata.title == "AzzB4");
  std::string deep = "{\\rtf1 ";
  for (int i = 0; i < 200000; ++i) deep += "{\\b ";
  CHECK_NOTHROW([&] {
    try {
      ReadRtf(deep, ExtractOptions{});
    } catch (const ExtractionError&) {
    }
  }());
  EmptyPath no_tools;
  try {
    ReadRtf(kRtf, ExtractOptions{});
    FAIL("no exception");
  } catch (const MissingComponent& missing) {
    CHECK(missing.package() == "unrtf");
  }
}

}  // namespace
}  // namespace vankien::readers
