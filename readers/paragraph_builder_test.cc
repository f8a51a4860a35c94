#include "readers/paragraph_builder.h"

#include <catch2/catch.hpp>

namespace vankien::readers {
namespace {

TEST_CASE("pieces in one font join into one run, a new font starts a run, a line break joins the last") {
  ParagraphBuilder builder;
  builder.Add("Nghị ", "Times New Roman");
  builder.Add("quyết", "Times New Roman");
  builder.Add(" §¶ng", ".VnTime");
  builder.AddLineBreak();
  builder.EndParagraph();
  builder.AddLineBreak();
  builder.Add("Đoạn hai", "");
  std::vector<Paragraph> paragraphs = builder.Take();
  REQUIRE(paragraphs.size() == 2);
  REQUIRE(paragraphs[0].runs.size() == 2);
  CHECK(paragraphs[0].runs[0] == TextRun{"Nghị quyết", "Times New Roman"});
  CHECK(paragraphs[0].runs[1] == TextRun{" §¶ng\n", ".VnTime"});
  CHECK(paragraphs[1].runs == std::vector<TextRun>{{"\nĐoạn hai", ""}});
}

TEST_CASE("blank paragraphs are dropped and Take empties the builder") {
  ParagraphBuilder builder;
  builder.Add(" \n\t", "Arial");
  builder.EndParagraph();
  builder.EndParagraph();
  CHECK(builder.Take().empty());
  builder.Add("x\xC3", "");
  CHECK(builder.bytes() == 4);
  const std::vector<Paragraph> kept = builder.Take();
  REQUIRE(kept.size() == 1);
  CHECK(RunText(kept[0]) == "x\xEF\xBF\xBD");
  CHECK(builder.Take().empty());
}

}  // namespace
}  // namespace vankien::readers
