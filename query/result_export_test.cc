#include "query/result_export.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

// Sample records, invented for the test.
std::vector<schema::DocumentRecord> Samples() {
  schema::DocumentRecord directive;
  directive.id = "lam-giang/tu-ct-12-2019.xml";
  directive.kind = "document";
  directive.type = "CT";
  directive.body = "TU";
  directive.identifier = "12-CT/TU";
  directive.issuer = "Ban Thường vụ Tỉnh ủy Lam Giang";
  directive.date = "2019-05-07";
  directive.place = "Lam Giang";
  directive.title = "Chỉ thị về \"dân vận\",\nkhéo & 100% {sát} dân";
  directive.topics = {{"dan-van", 20, {}}};
  schema::DocumentRecord article;
  article.id = "bao/tin-1.txt";
  article.kind = "article";
  article.title = "=HYPERLINK(\"http://x\") chi bộ họp";
  article.source = "Báo Lâm Giang";
  article.date = "2021-03-12";
  schema::DocumentRecord same_key = article;
  same_key.id = "bao/tin 1.txt";  // the same ASCII key as the article's
  return {directive, article, same_key};
}

const std::vector<Topic> kTopics = {{"dan-van", "Dân vận", "Xây dựng Đảng"}};

// The rows of a CSV text (RFC 4180 quoting), its BOM checked and removed.
std::vector<std::vector<std::string>> ParseCsv(std::string text) {
  REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
  text.erase(0, 3);
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

TEST_CASE("CSV: one quoted row per record, readable back, formulas defused") {
  const auto rows = ParseCsv(ExportRecords(Samples(), ExportFormat::kCsv, kTopics));
  REQUIRE(rows.size() == 4);
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[0][0] == "id");
  CHECK(rows[1][0] == "lam-giang/tu-ct-12-2019.xml");
  CHECK(rows[1][2] == "12-CT/TU");
  CHECK(rows[1][4] == "Chỉ thị");
  CHECK(rows[1][8] == "Chỉ thị về \"dân vận\", khéo & 100% {sát} dân");  // line break as a space
  CHECK(rows[1][11] == "Dân vận");
  CHECK(rows[1][12].rfind("Chỉ thị số 12-CT/TU ngày 7/5/2019 của Ban Thường vụ Tỉnh ủy Lam Giang", 0) == 0);
  CHECK(rows[2][8] == "'=HYPERLINK(\"http://x\") chi bộ họp");
}

TEST_CASE("RIS: each record a GOVDOC or NEWS entry ended by ER") {
  const std::string ris = ExportRecords(Samples(), ExportFormat::kRis, kTopics);
  CHECK(ris.rfind("TY  - GOVDOC\r\n", 0) == 0);
  CHECK(ris.find("TY  - NEWS\r\n") != std::string::npos);
  CHECK(ris.find("AU  - Ban Thường vụ Tỉnh ủy Lam Giang\r\n") != std::string::npos);
  CHECK(ris.find("DA  - 2019/05/07\r\n") != std::string::npos);
  CHECK(ris.find("M1  - 12-CT/TU\r\n") != std::string::npos);
  CHECK(ris.find("KW  - Dân vận\r\n") != std::string::npos);
  CHECK(ris.find("T2  - Báo Lâm Giang\r\n") != std::string::npos);
  std::size_t entries = 0;
  for (std::size_t at = ris.find("ER  - "); at != std::string::npos; at = ris.find("ER  - ", at + 1)) ++entries;
  CHECK(entries == 3);
  // Every line is a tag line or blank: a field's line break would have made a stray line.
  std::size_t start = 0;
  while (start < ris.size()) {
    const std::size_t end = ris.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    const std::string line = ris.substr(start, end - start);
    CHECK((line.empty() || (line.size() >= 6 && line.substr(2, 4) == "  - ")));
    start = end + 2;
  }
}

TEST_CASE("BibTeX: unique ASCII keys, balanced braces, TeX characters escaped") {
  const std::string bib = ExportRecords(Samples(), ExportFormat::kBibtex, kTopics);
  CHECK(bib.find("@misc{lam-giang-tu-ct-12-2019-xml,") != std::string::npos);
  CHECK(bib.find("@misc{bao-tin-1-txt,") != std::string::npos);
  CHECK(bib.find("@misc{bao-tin-1-txt-2,") != std::string::npos);
  CHECK(bib.find("author = {{Ban Thường vụ Tỉnh ủy Lam Giang}}") != std::string::npos);
  CHECK(bib.find("khéo \\& 100\\% \\{sát\\} dân") != std::string::npos);
  CHECK(bib.find("howpublished = {Báo Lâm Giang}") != std::string::npos);
  int depth = 0;
  for (std::size_t i = 0; i < bib.size(); ++i) {
    if (bib[i] == '\\') {
      ++i;  // an escaped character
      continue;
    }
    if (bib[i] == '{') ++depth;
    if (bib[i] == '}') --depth;
    REQUIRE(depth >= 0);
  }
  CHECK(depth == 0);
}

TEST_CASE("formats are named as the CLI and the service take them") {
  CHECK(ExportFormatNamed("csv") == ExportFormat::kCsv);
  CHECK(ExportFormatNamed("bib") == ExportFormat::kBibtex);
  CHECK(ExportFormatNamed("bibtex") == ExportFormat::kBibtex);
  CHECK(ExportFormatNamed("ris") == ExportFormat::kRis);
  CHECK_FALSE(ExportFormatNamed("xlsx"));
  CHECK(ExportExtension(ExportFormat::kBibtex) == "bib");
}

}  // namespace
}  // namespace vankien::query
