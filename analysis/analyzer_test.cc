#include "analysis/analyzer.h"

#include "tests/big_input.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::analysis {
namespace {

struct Seen {
  std::string exact;
  std::string folded;
  TokenKind kind;
};

std::vector<Seen> Analyse(std::string_view text) {
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze(text, &analysis);
  std::vector<Seen> out;
  for (const Token& t : analysis.tokens) out.push_back({t.exact, t.folded, t.kind});
  return out;
}

std::vector<std::string> Exact(std::string_view text) {
  std::vector<std::string> out;
  for (const Seen& s : Analyse(text)) out.push_back(s.exact);
  return out;
}

std::vector<std::string> Folded(std::string_view text) {
  std::vector<std::string> out;
  for (const Seen& s : Analyse(text)) out.push_back(s.folded);
  return out;
}

TEST_CASE("both forms of every token") {
  CHECK(Exact("Đảng uỷ Khối HOÁ") == std::vector<std::string>{"đảng", "ủy", "khối", "hóa"});
  CHECK(Folded("Đảng uỷ Khối HOÁ") == std::vector<std::string>{"dang", "uy", "khoi", "hoa"});
}

TEST_CASE("folded forms alone are the same as with exact forms") {
  const char* text = "Đảng uỷ Khối HOÁ Nghi\u0323 quye\u0302\u0301t, số05-CT/TƯ ngày 19/8/2016";
  Analyzer analyzer;
  Analysis both, folded_only;
  analyzer.Analyze(text, &both);
  analyzer.Analyze(text, &folded_only, 0, Forms::kFoldedOnly);
  REQUIRE(both.tokens.size() == folded_only.tokens.size());
  for (std::size_t i = 0; i < both.tokens.size(); ++i) {
    CHECK(both.tokens[i].folded == folded_only.tokens[i].folded);
    CHECK(folded_only.tokens[i].exact.empty());
  }
}

TEST_CASE("a query without diacritics folds to the same terms as the text") {
  CHECK(Folded("nang cao chat luong chi bo") == Folded("Nâng cao chất lượng chi bộ"));
  CHECK(Folded("dang uy") == Folded("Đảng ủy"));
}

TEST_CASE("NFD text analyses like NFC text") {
  CHECK(Exact("Nghi\u0323 quye\u0302\u0301t") == Exact("Nghị quyết"));
}

TEST_CASE("identifiers, dates, URLs and e-mail addresses are single tokens") {
  std::vector<Seen> seen = Analyse(
      "Theo số05-CT/TW, ngày 19/8/2016, xem https://dangcongsan.vn/a-b hoặc vp@tw.org.vn "
      "và 30/2020/NĐ-CP.");
  std::vector<std::string> exact;
  for (const Seen& s : seen) exact.push_back(s.exact);
  CHECK(exact == std::vector<std::string>{"theo", "số", "05-ct/tw", "ngày", "2016-08-19",
                                          "xem", "https://dangcongsan.vn/a-b", "hoặc",
                                          "vp@tw.org.vn", "và", "30/2020/nđ-cp"});
  CHECK(seen[2].kind == TokenKind::kIdentifier);
  CHECK(seen[4].kind == TokenKind::kDate);
  CHECK(seen[6].kind == TokenKind::kUrl);
  CHECK(seen[8].kind == TokenKind::kEmail);
  CHECK(seen[10].folded == "30/2020/nd-cp");
}

TEST_CASE("a date written any way is one term") {
  CHECK(Exact("19-8-2016") == Exact("19/8/2016"));
  CHECK(Exact("19.8.2016") == std::vector<std::string>{"2016-08-19"});
}

TEST_CASE("mixed Vietnamese and English") {
  CHECK(Exact("Hội nghị trực tuyến qua Zoom Meeting") ==
        std::vector<std::string>{"hội", "nghị", "trực", "tuyến", "qua", "zoom", "meeting"});
}

TEST_CASE("tokens carry byte offsets, positions and breaks") {
  std::string text = "Chi bộ, “tự diễn biến”. Hết\nmới";
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze(text, &analysis, 10);
  REQUIRE(analysis.tokens.size() == 7);
  const Token& bo = analysis.tokens[1];
  CHECK(text.substr(bo.span.begin, bo.span.end - bo.span.begin) == "bộ");
  CHECK(bo.position == 11);
  CHECK(analysis.tokens[0].gap == Gap::kSentence);
  CHECK(bo.gap == Gap::kBlank);
  CHECK(analysis.tokens[2].gap == Gap::kPunctuation);  // after ", “"
  CHECK(analysis.tokens[3].gap == Gap::kBlank);
  CHECK(analysis.tokens[5].gap == Gap::kSentence);     // after "”. "
  CHECK(analysis.tokens[6].gap == Gap::kSentence);     // after a line break
}

TEST_CASE("invalid UTF-8 is counted and never crashes") {
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze("chi b\xE1\xBB" " \xFF\xFE đảng", &analysis);
  CHECK(analysis.invalid_utf8 == 3);
  REQUIRE_FALSE(analysis.tokens.empty());
  CHECK(analysis.tokens.back().exact == "đảng");
}

TEST_CASE("empty and whitespace-only input") {
  CHECK(Analyse("").empty());
  CHECK(Analyse("  \n\n\t \xC2\xA0 ").empty());
}

TEST_CASE("a 50 MB single line or a quarter of it under the sanitizers") {
  std::string line;
  const std::string unit = "Nâng cao chất lượng sinh hoạt chi bộ theo 05-CT/TW, ngày 19/8/2016; ";
  while (line.size() < testing::BigInputBytes(50u * 1024 * 1024)) line += unit;
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze(line, &analysis);
  const std::size_t repeats = line.size() / unit.size();
  CHECK(analysis.tokens.size() == repeats * 12);
  CHECK(analysis.identifiers.size() == repeats);
  CHECK(analysis.tokens.back().span.end == line.size() - 2);
}

}  // namespace
}  // namespace vankien::analysis
