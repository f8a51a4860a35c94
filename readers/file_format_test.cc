#include "readers/file_format.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::readers {
namespace {

// The opening of a zip whose first part is `name` (a local file header, stored, no data).
std::string ZipWithPart(const std::string& name, const std::string& data = "") {
  std::string zip = "PK\x03\x04";
  zip += std::string("\x14\x00\x00\x00\x00\x00", 6) + std::string(16, '\0');
  zip += static_cast<char>(name.size()) + std::string(1, '\0') + std::string(2, '\0');
  return zip + name + data;
}

TEST_CASE("file format: told by the content, whatever the name says") {
  const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n";
  CHECK(DetectFormat(pdf, "chi-thi-05") == FileFormat::kPdf);
  CHECK(DetectFormat(pdf, "chi-thi-05.txt") == FileFormat::kPdf);
  CHECK(DetectFormat("{\\rtf1\\ansi Chỉ thị}", "chi-thi.doc") == FileFormat::kRtf);
  const std::string html = "<!DOCTYPE html><html><head><title>Tin</title></head><body><p>Chi bộ</p></body></html>";
  CHECK(DetectFormat(html, "bai-viet.doc") == FileFormat::kHtml);
  CHECK(DetectFormat(html, "bai-viet.txt") == FileFormat::kHtml);
  CHECK(DetectFormat("Chi bộ thôn Đồng Sậy họp.\n", "ghi-chu.txt") == FileFormat::kText);
  CHECK(DetectFormat("Chi bộ thôn Đồng Sậy họp.\n", "ghi-chu") == FileFormat::kText);
}

TEST_CASE("file format: XML is the corpus format, XHTML a page") {
  const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vankien><document id=\"a\"/></vankien>\n";
  CHECK(DetectFormat(xml, "a.xml") == FileFormat::kXml);
  const std::string xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n";
  CHECK(DetectFormat(xhtml, "a.xhtml") == FileFormat::kHtml);
}

TEST_CASE("file format: a zip is DOCX or ODT by its parts, else unknown") {
  CHECK(DetectFormat(ZipWithPart("mimetype", "application/vnd.oasis.opendocument.text"), "x") == FileFormat::kOdt);
  CHECK(DetectFormat(ZipWithPart("[Content_Types].xml") + ZipWithPart("word/document.xml"), "x") == FileFormat::kDocx);
  CHECK(DetectFormat(ZipWithPart("photo.jpg"), "anh.zip") == FileFormat::kUnknown);
}

TEST_CASE("file format: binary data is unknown unless named as text, which the text reader then judges") {
  const std::string binary("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", 16);
  CHECK(DetectFormat(binary, "chuong-trinh") == FileFormat::kUnknown);
  CHECK(DetectFormat(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "anh.pdf") == FileFormat::kUnknown);
  // TCVN3 bytes ("§¶ng uû") that libmagic may take for data.
  const std::string tcvn3 = "\xA7\xB6ng \xF1y Kh\xe8i c\xb8\x63 c\xa8 quan\n";
  CHECK(DetectFormat(tcvn3, "cu.txt") == FileFormat::kText);
  CHECK(DetectFormat("", "rong.pdf") == FileFormat::kPdf);
}

TEST_CASE("file format: UTF-8 text libmagic takes for audio is text, whatever its name") {
  // "V" then a byte from E0 to FF is, to libmagic, the sync word of LATM audio.
  const std::string text = "Về việc tổ chức sinh hoạt chi bộ thôn Đông Say\n\nChi bộ họp ngày 5.\n";
  CHECK(DetectFormat(text, "ghi-chu.seg") == FileFormat::kText);
  CHECK(DetectFormat(text.substr(0, 8), "cat.seg") == FileFormat::kText);  // cut inside "ệ"
  CHECK(DetectFormat(std::string("V\xe1\xbb\x81 \x01\x02", 7), "nhi-phan.seg") == FileFormat::kUnknown);
  // A stray control character copied into a title leaves it text; a NUL, or many, do not.
  const std::string stray = "Về việc tổ chức\x1d sinh hoạt chi bộ\n\nChi bộ họp ngày 5.\n";
  CHECK(DetectFormat(stray, "tin.seg") == FileFormat::kText);
  CHECK(DetectFormat(std::string("Về việc\0 tổ chức", 18), "tin.seg") == FileFormat::kUnknown);
  CHECK(DetectFormat("Về\x1d việc\x1d tổ chức\x1e", "tin.seg") == FileFormat::kUnknown);
}

TEST_CASE("file format: names") {
  CHECK(FormatOfName("A/B.PDF") == FileFormat::kPdf);
  CHECK(FormatOfName("trang.htm") == FileFormat::kHtml);
  CHECK(FormatOfName("README") == FileFormat::kUnknown);
  CHECK(FormatName(FileFormat::kDocx) == "docx");
}

}  // namespace
}  // namespace vankien::readers
