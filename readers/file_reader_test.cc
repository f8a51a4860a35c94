#include "readers/file_reader.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>

#include "readers/legacy_charsets.h"

namespace vankien::readers {
namespace {

namespace fs = std::filesystem;

fs::path WriteTemp(const std::string& name, const std::string& bytes) {
  fs::path dir = fs::temp_directory_path() / "vankien-file-reader-test";
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST_CASE("which files are looked into: the formats' extensions, and files without one") {
  for (const char* name : {"a/b.xml", "a/b.TXT", "b.pdf", "b.docx", "b.odt", "b.doc", "b.rtf", "b.htm", "b.HTML", "a/xml"}) {
    CAPTURE(name);
    CHECK(IsIndexableFile(name));
  }
  CHECK_FALSE(IsIndexableFile("a/b.md"));
  CHECK_FALSE(IsIndexableFile("a/b.jpg"));
}

TEST_CASE("bad files are refused with a reason") {
  ReadOptions limits;
  limits.max_bytes = 1000;
  struct Case {
    const char* name;
    std::string bytes;
    const char* reason;
  };
  const Case cases[] = {
      {"empty.txt", "", "empty file"},
      {"binary.txt", std::string("ab\0cd", 5), "binary"},
      {"utf16.txt", "\xFF\xFEh\0i\0", "UTF-16"},
      {"big.txt", std::string(1001, 'a'), "too large"},
      {"legacy.txt", std::string(200, '\xE0'), "not UTF-8"},
      {"latin1.txt", std::string("Caf\xE9 cr\xE8me br\xFBl\xE9" "e \xE0 la fran\xE7" "aise, d\xE9j\xE0 vu. ") +
                         std::string(40, '\xA7'), "not UTF-8"},
      {"blank.txt", "   \n  ", "empty file"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    ReadResult result = ReadDocumentFile(WriteTemp(c.name, c.bytes), c.name, limits);
    REQUIRE(result.error);
    CHECK_THAT(result.error->message, Catch::Contains(c.reason));
  }
  ReadResult missing = ReadDocumentFile("/nonexistent/x.txt", "x.txt", limits);
  REQUIRE(missing.error);
  CHECK_THAT(missing.error->message, Catch::Contains("cannot read"));
}

TEST_CASE("an extraction whose only text was left out gives one error saying why") {
  Extraction scan;
  scan.notes = {"1 page (1) without a usable text layer not read: OCR is off"};
  const ReadResult result = RecordsOfExtraction(scan, "ban_quet.pdf");
  REQUIRE(result.error);
  CHECK(result.error->message == "no text to index: 1 page (1) without a usable text layer not read: OCR is off");
  CHECK(result.notes.empty());
  Extraction partial = scan;
  partial.paragraphs = {Paragraph{{TextRun{"Thông báo của Chi bộ thôn Đồng Sậy\nNội dung thông báo.", ""}}}};
  const ReadResult read = RecordsOfExtraction(partial, "mot_phan.pdf");
  CHECK_FALSE(read.error);
  CHECK(read.notes == scan.notes);
}

TEST_CASE("a few invalid bytes are indexed with replacement") {
  ReadResult result = ReadDocumentBytes("Tiêu đề có năm chữ ở đây\nThân \xFF bài.", "a.txt");
  REQUIRE_FALSE(result.error);
  CHECK(result.documents[0].invalid_utf8 == 1);
  CHECK(result.documents[0].path == "a.txt");
}

// A sample article in the layout news sites print (Tỉnh ủy Lam Giang is invented).
const char* const kSampleArticle =
    "Tỉnh ủy Lam Giang triển khai chỉ thị về công tác cán bộ (bài mẫu)\n"
    "Thứ Hai, 15/03/2021 08:30\n"
    "Ban Thường vụ Tỉnh ủy Lam Giang yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt và "
    "thực hiện nghiêm túc Chỉ thị số 12-CT/TU; định kỳ sáu tháng báo cáo kết quả về Văn phòng "
    "Tỉnh ủy.\n";

TEST_CASE("text in a legacy Vietnamese encoding is read as Unicode") {
  for (LegacyEncoding encoding : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni,
                                  LegacyEncoding::kViscii, LegacyEncoding::kCp1258}) {
    CAPTURE(LegacyEncodingName(encoding));
    const std::optional<std::string> bytes = EncodeLegacy(kSampleArticle, encoding);
    REQUIRE(bytes);
    ReadResult result = ReadDocumentFile(WriteTemp("legacy.txt", *bytes), "a/legacy.txt", ReadOptions{});
    REQUIRE_FALSE(result.error);
    REQUIRE(result.documents.size() == 1);
    const schema::DocumentRecord& record = result.documents[0];
    CHECK(record.title == "Tỉnh ủy Lam Giang triển khai chỉ thị về công tác cán bộ (bài mẫu)");
    CHECK(record.date == "2021-03-15");
    CHECK_THAT(record.text, Catch::Contains("Ban Thường vụ Tỉnh ủy Lam Giang yêu cầu các cấp ủy"));
    CHECK(record.invalid_utf8 == 0);
    CHECK(record.path == "a/legacy.txt");
  }
}

TEST_CASE("a short legacy text with few ill-formed sequences is decoded too") {
  const std::optional<std::string> bytes =
      EncodeLegacy("Thông báo của Tỉnh ủy Lam Giang\nĐảng bộ tỉnh tổ chức hội nghị.\n",
                   LegacyEncoding::kTcvn3);
  REQUIRE(bytes);
  ReadResult result = ReadDocumentBytes(*bytes, "short.txt");
  REQUIRE_FALSE(result.error);
  CHECK_THAT(result.documents[0].text, Catch::Contains("Đảng bộ tỉnh tổ chức hội nghị."));
  CHECK(result.documents[0].invalid_utf8 == 0);
}

TEST_CASE("a FIFO or a device in a file's place is refused at once, never waited on") {
  const fs::path fifo = fs::temp_directory_path() / "vankien-file-reader-test" / "pipe.txt";
  fs::create_directories(fifo.parent_path());
  fs::remove(fifo);
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto reading = std::async(std::launch::async, [&] { return ReadDocumentFile(fifo, "pipe.txt", ReadOptions{}); });
  const bool answered = reading.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  // A reader stuck in open() is let go by a writer, so that a failure ends the test, not hangs it.
  if (!answered) ::close(::open(fifo.c_str(), O_WRONLY | O_NONBLOCK));
  REQUIRE(answered);
  ReadResult result = reading.get();
  fs::remove(fifo);
  REQUIRE(result.error);
  CHECK_THAT(result.error->message, Catch::Contains("not a regular file"));

  ReadResult device = ReadDocumentFile("/dev/zero", "zero.txt", ReadOptions{});  // would never end
  REQUIRE(device.error);
  CHECK_THAT(device.error->message, Catch::Contains("not a regular file"));
}

TEST_CASE("a file is read whole, whatever its size up to the limit") {
  ReadOptions limits;
  limits.max_bytes = 300000;
  const std::string text = std::string(300000, 'a');
  std::string bytes;
  CHECK_FALSE(ReadFileBytes(WriteTemp("whole.txt", text), limits, &bytes));
  CHECK(bytes == text);
  limits.max_bytes = 299999;
  std::optional<ReadError> refused = ReadFileBytes(WriteTemp("whole.txt", text), limits, &bytes);
  REQUIRE(refused);
  CHECK_THAT(refused->message, Catch::Contains("too large: 300000 bytes"));
}

}  // namespace
}  // namespace vankien::readers
