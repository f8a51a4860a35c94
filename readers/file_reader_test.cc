#include "readers/file_reader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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

TEST_CASE("a few invalid bytes are indexed with replacement") {
  ReadResult result = ReadDocumentBytes("Tiêu đề có năm chữ ở đây\nThân \xFF bài.", "a.txt");
  REQUIRE_FALSE(result.error);
  CHECK(result.documents[0].invalid_utf8 == 1);
  CHECK(result.documents[0].path == "a.txt");
}

}  // namespace
}  // namespace vankien::readers
