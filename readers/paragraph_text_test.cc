#include "readers/paragraph_text.h"

#include <catch2/catch.hpp>

namespace vankien::readers {
namespace {

// Sample text (Tỉnh ủy Lam Giang is invented) as a format gives a TCVN3 or VNI run: the legacy
// bytes read as Windows-1252.
const char* const kTcvn3Sentence =
    "Ban Th\u00ADêng vô TØnh ñy Lam Giang yªu cÇu c¸c cÊp ñy, tæ chøc ®¶ng tiÕp tôc qu¸n triÖt";
const char* const kVniSentence =
    "Ban Thöôøng vuï Tænh uûy Lam Giang yeâu caàu caùc caáp uûy, toå chöùc ñaûng tieáp tuïc "
    "quaùn trieät";
const char* const kSentence =
    "Ban Thường vụ Tỉnh ủy Lam Giang yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt";

Paragraph Runs(std::initializer_list<TextRun> runs) { return Paragraph{runs}; }

TEST_CASE("runs in a legacy font are decoded by their font") {
  CHECK(ParagraphText(Runs({{kTcvn3Sentence, ".VnTime"}})) == kSentence);
  CHECK(ParagraphText(Runs({{kVniSentence, "VNI-Times"}})) == kSentence);
  // A capital font: the small letters' codes, shown (and so decoded) as capitals.
  CHECK(ParagraphText(Runs({{"tØnh ñy lam giang", ".VnTimeH"}})) == "TỈNH ỦY LAM GIANG");
  // A font says so even for a run too short for statistics.
  CHECK(ParagraphText(Runs({{"§¶ng", ".VnArial"}})) == "Đảng");
}

TEST_CASE("a legacy run inside a Unicode paragraph is decoded alone") {
  const Paragraph mixed = Runs({{"Căn cứ ", "Times New Roman"},
                                {"ChØ thÞ sè 12-CT/TU", ".VnTime"},
                                {" của Tỉnh ủy Lam Giang về công tác cán bộ", "Times New Roman"}});
  CHECK(ParagraphText(mixed) ==
        "Căn cứ Chỉ thị số 12-CT/TU của Tỉnh ủy Lam Giang về công tác cán bộ");
  // Formatting that changes within a VNI word (the mark byte in the next run) still decodes.
  CHECK(ParagraphText(Runs({{"Co", "VNI-Times"}, {"äng", "VNI-Times"}})) == "Cộng");
}

TEST_CASE("runs with no telling font are decoded when their text together reads so") {
  // A paragraph cut into short runs (no font, as in HTML): judged as a whole.
  CHECK(ParagraphText(Runs({{"Ban Th\u00ADêng vô ", ""},
                            {"TØnh ñy ", ""},
                            {"Lam Giang yªu cÇu c¸c cÊp ñy, tæ chøc ®¶ng tiÕp tôc qu¸n triÖt", ""}})) ==
        kSentence);
  CHECK(ParagraphText(Runs({{kVniSentence, "Arial"}})) == kSentence);
  // Too short to judge, or plain Unicode with symbols: kept as it is.
  CHECK(ParagraphText(Runs({{"§¶ng", ""}})) == "§¶ng");
  CHECK(ParagraphText(Runs({{"Điều 3 § 2: sai số ±5 °C; © 2020", "Times New Roman"}})) ==
        "Điều 3 § 2: sai số ±5 °C; © 2020");
  CHECK(ParagraphText(Runs({{kSentence, ""}})) == kSentence);
}

TEST_CASE("paragraph text is NFC, with ligatures written out and no-break spaces as spaces") {
  CHECK(ParagraphText(Runs({{"Vie\u0323\u0302t \uFB01\u00A0\uFB02 \uFB00 \uFB03 \uFB04 \uFB06", ""}})) ==
        "Việt fi fl ff ffi ffl st");
  CHECK(ParagraphText(Runs({})).empty());
}

TEST_CASE("plain text joins paragraphs with a blank line") {
  Extraction extraction;
  extraction.paragraphs = {Runs({{"§¶ng bé tØnh", ".VnTime"}}), Runs({{"", ""}}),
                           Runs({{"Lam Giang", "Arial"}})};
  CHECK(PlainText(extraction) == "Đảng bộ tỉnh\n\nLam Giang");
  CHECK(PlainText(Extraction{}).empty());
}

}  // namespace
}  // namespace vankien::readers
