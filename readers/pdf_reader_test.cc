#include "readers/pdf_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "analysis/token_filters.h"
#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(VANKIEN_SOURCE_DIR) + "/readers/testdata/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string Text(const Paragraph& paragraph) {
  std::string text;
  for (const TextRun& run : paragraph.runs) text += run.text;
  return text;
}

// The whole text in NFC: a paragraph a line, its own line breaks made spaces.
std::string AllText(const Extraction& extraction) {
  std::string text;
  for (const Paragraph& paragraph : extraction.paragraphs) {
    std::string line = Text(paragraph);
    std::replace(line.begin(), line.end(), '\n', ' ');
    text += line + "\n";
  }
  std::u32string wide;
  analysis::DecodeUtf8(text, &wide);
  analysis::NormalizeNfc(&wide);
  return analysis::EncodeUtf8(wide);
}

bool HasParagraph(const Extraction& extraction, const std::string& text) {
  for (const Paragraph& paragraph : extraction.paragraphs) {
    if (Text(paragraph) == text) return true;
  }
  return false;
}

ExtractOptions NoOcr() {
  ExtractOptions options;
  options.ocr = false;
  return options;
}

// A PDF of the given objects (object n is objects[n - 1], the first the catalogue), with a
// correct cross-reference table.
std::string MakePdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string Stream(const std::string& content) {
  return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

// A PDF of `pages` pages that all draw `content` in Times-Roman (WinAnsi) as /F1.
std::string MakeTextPdf(const std::string& content, std::size_t pages = 1) {
  std::string kids;
  for (std::size_t i = 0; i < pages; ++i) kids += std::to_string(i + 5) + " 0 R ";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>",
      Stream(content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"};
  for (std::size_t i = 0; i < pages; ++i) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                      "/Resources << /Font << /F1 4 0 R >> >> >>");
  }
  return MakePdf(objects);
}

void RequireExtractionError(const std::string& bytes, const std::string& reason) {
  try {
    ReadPdf(bytes, ExtractOptions{});
    FAIL("read without error");
  } catch (const MissingComponent&) {
    FAIL("a bad file taken for a missing component");
  } catch (const ExtractionError& e) {
    CHECK(std::string(e.what()).rfind(reason, 0) == 0);
  }
}

TEST_CASE("a born-digital Party document is read in reading order, its header's columns apart") {
  const Extraction pdf = ReadPdf(Fixture("chi_thi_12.pdf"), NoOcr());
  CHECK(pdf.pages == 1);
  CHECK(pdf.ocr_pages == 0);
  CHECK(pdf.notes.empty());
  CHECK(HasParagraph(pdf, "ĐẢNG BỘ TỈNH LAM GIANG\nTỈNH ỦY\n*\nSố 12-CT/TU"));
  CHECK(HasParagraph(pdf, "ĐẢNG CỘNG SẢN VIỆT NAM"));
  CHECK(HasParagraph(pdf, "Lam Giang, ngày 15 tháng 3 năm 2024"));
  const std::string text = AllText(pdf);
  CHECK(text.find("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền chủ động xây dựng phương án") !=
        std::string::npos);
  CHECK(text.find("Số 12-CT/TU ĐẢNG") == std::string::npos);
  CHECK(text.find("GIANG ĐẢNG CỘNG") == std::string::npos);
  // The header comes first, the sample's closing line last.
  CHECK(Text(pdf.paragraphs.front()).rfind("ĐẢNG BỘ TỈNH", 0) == 0);
  CHECK(Text(pdf.paragraphs.back()) == "Văn bản mẫu dùng để kiểm thử, không phải văn bản thật.");
}

TEST_CASE("each run carries its font's name, without the subset tag") {
  const Extraction pdf = ReadPdf(Fixture("chi_thi_12.pdf"), NoOcr());
  bool dating_in_italic = false;
  for (const Paragraph& paragraph : pdf.paragraphs) {
    for (const TextRun& run : paragraph.runs) {
      if (run.text.find("Lam Giang, ngày") != std::string::npos) dating_in_italic = run.font == "DejaVuSerif-Italic";
    }
  }
  CHECK(dating_in_italic);

  const Extraction vntime = ReadPdf(Fixture("vntime_font.pdf"), NoOcr());
  REQUIRE_FALSE(vntime.paragraphs.empty());
  CHECK(vntime.paragraphs[0].runs[0].font == ".VnTime");
}

TEST_CASE("the Info dictionary gives the metadata") {
  const Extraction digital = ReadPdf(Fixture("chi_thi_12.pdf"), NoOcr());
  CHECK(digital.metadata.title == "Chỉ thị 12-CT/TU (văn bản mẫu)");
  CHECK(digital.metadata.date.size() == 10);

  const Extraction scan = ReadPdf(Fixture("chi_thi_12_scan.pdf"), NoOcr());
  CHECK(scan.metadata.title == "chi_thi_12 (bản quét mẫu)");
  CHECK(scan.metadata.author == "Văn phòng Tỉnh ủy Lam Giang");
  CHECK(scan.metadata.subject == "Văn bản mẫu");
  CHECK(scan.metadata.date == "2024-03-15");
}

TEST_CASE("a scanned document is OCR'd, its header's columns apart") {
  const Extraction scan = ReadPdf(Fixture("chi_thi_12_scan.pdf"), ExtractOptions{});
  CHECK(scan.pages == 1);
  CHECK(scan.ocr_pages == 1);
  CHECK(scan.ocr_seconds > 0);
  const std::string text = AllText(scan);
  CHECK(text.find("12-CT/TU") != std::string::npos);
  CHECK(HasParagraph(scan, "ĐẢNG CỘNG SẢN VIỆT NAM"));
  CHECK(HasParagraph(scan, "Lam Giang, ngày 15 tháng 3 năm 2024"));
  CHECK(text.find("GIANG ĐẢNG CỘNG") == std::string::npos);
  CHECK(text.find("công tác phòng, chống thiên tai") != std::string::npos);
  CHECK(scan.paragraphs[0].runs[0].font.empty());
}

TEST_CASE("every scanned sample's own number is read whole, a doubled Đ undone") {
  for (const auto& [file, number] : {std::pair{"chi_thi_12_scan.pdf", "Số 12-CT/TU"},
                                     std::pair{"nghi_quyet_05_scan.pdf", "Số 05-NQ/TU"},
                                     std::pair{"quyet_dinh_101_scan.pdf", "Số 101-QĐ/TU"}}) {
    CAPTURE(file);
    CHECK(AllText(ReadPdf(Fixture(file), ExtractOptions{})).find(number) != std::string::npos);
  }
}

TEST_CASE("with OCR off a scan's pages are named in a note") {
  const Extraction scan = ReadPdf(Fixture("quyet_dinh_101_scan.pdf"), NoOcr());
  CHECK(scan.paragraphs.empty());
  CHECK(scan.ocr_pages == 0);
  CHECK(scan.notes == std::vector<std::string>{"1 page (1) without a usable text layer not read: OCR is off"});
}

TEST_CASE("a diacritic drawn as a glyph of its own joins its letter") {
  // "Ðang va …", then an acute accent drawn over its "a", as a legacy producer draws tones
  // after the line: poppler gives the accent as a word of its own. Times-Roman's Eth is
  // 17.33 pt wide at 24 pt, its "a" 10.66, its acute 8.
  const std::string content =
      "BT /F1 24 Tf 1 0 0 1 100 700 Tm (\320ang va nhung chu khac cho du) Tj ET\n"
      "BT /F1 24 Tf 1 0 0 1 118.7 700 Tm (\264) Tj ET";
  const Extraction pdf = ReadPdf(MakeTextPdf(content), NoOcr());
  CHECK(AllText(pdf) == "Ðáng va nhung chu khac cho du\n");
}

TEST_CASE("a very long PDF is read up to the page cap, and a note says so") {
  const std::string content = "BT /F1 12 Tf 72 720 Td (Trang mau nay co du chu de doc) Tj ET";
  const Extraction pdf = ReadPdf(MakeTextPdf(content, kMaxPdfPages + 5), NoOcr());
  CHECK(pdf.pages == kMaxPdfPages + 5);
  CHECK(pdf.paragraphs.size() == kMaxPdfPages);
  CHECK(pdf.notes == std::vector<std::string>{"read the first 2000 of 2005 pages"});
}

TEST_CASE("a locked, cut-off, damaged or foreign file is one clear error") {
  RequireExtractionError(Fixture("chi_thi_12_locked.pdf"), "encrypted PDF: ");
  const std::string whole = Fixture("chi_thi_12.pdf");
  RequireExtractionError(whole.substr(0, whole.size() / 2), "truncated PDF: ");
  RequireExtractionError("", "not a PDF: ");

  std::mt19937 random(7);
  std::string noise(20000, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  RequireExtractionError(noise, "not a PDF: ");
  RequireExtractionError("%PDF-1.7\n" + noise + "\n%%EOF\n", "damaged PDF: ");
  // Valid objects whose page tree is missing.
  RequireExtractionError(MakePdf({"<< /Type /Catalog /Pages 9 0 R >>"}), "damaged PDF: ");
}

}  // namespace
}  // namespace vankien::readers
