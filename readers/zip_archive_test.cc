#include "readers/zip_archive.h"

#include <catch2/catch.hpp>

#include "readers/zip_test_util.h"

namespace vankien::readers {
namespace {

TEST_CASE("a part is read by name, a missing part is nullopt") {
  const std::string zip = MakeZip({{"mimetype", "application/test"}, {"word/document.xml", "<w:document/>"}});
  ZipArchive archive(zip, ExtractOptions{});
  CHECK(archive.Names() == std::vector<std::string>{"mimetype", "word/document.xml"});
  CHECK(archive.Read("word/document.xml") == std::optional<std::string>("<w:document/>"));
  CHECK_FALSE(archive.Read("word/styles.xml"));
}

TEST_CASE("bytes that are not a zip, or a damaged one, are refused as corrupt") {
  CHECK_THROWS_WITH(ZipArchive("", ExtractOptions{}), Catch::StartsWith("corrupt zip container"));
  CHECK_THROWS_WITH(ZipArchive("PK\x03\x04 not really a zip", ExtractOptions{}),
                    Catch::StartsWith("corrupt zip container"));
  std::string zip = MakeZip({{"content.xml", std::string(5000, 'a') + "Đảng bộ tỉnh"}});
  SECTION("truncated") {
    CHECK_THROWS_AS(ZipArchive(std::string_view(zip).substr(0, zip.size() / 2), ExtractOptions{}),
                    ExtractionError);
  }
  SECTION("deflated data overwritten") {
    // The local header is 30 bytes plus the name; the deflate stream follows it.
    const std::size_t data = 30 + std::string("content.xml").size();
    for (std::size_t i = data; i < data + 12; ++i) zip[i] = static_cast<char>(0xFF);
    CHECK_THROWS_AS(
        [&] {
          ZipArchive archive(zip, ExtractOptions{});
          archive.Read("content.xml");
        }(),
        ExtractionError);
  }
}

TEST_CASE("a zip bomb is stopped while it inflates") {
  const std::string bomb = MakeZip({{"word/document.xml", std::string(std::size_t{6} << 20, ' ')}});
  REQUIRE(bomb.size() < 20000);  // highly compressible: a few MB in a few KB
  SECTION("over the unpacked total") {
    ExtractOptions options;
    options.max_unpacked_bytes = std::size_t{2} << 20;
    options.max_ratio = 1e9;
    ZipArchive archive(bomb, options);
    CHECK_THROWS_WITH(archive.Read("word/document.xml"), Catch::StartsWith("zip bomb: the parts unpack"));
  }
  SECTION("over the ratio") {
    ExtractOptions options;
    options.max_ratio = 100;
    ZipArchive archive(bomb, options);
    CHECK_THROWS_WITH(archive.Read("word/document.xml"), Catch::Contains("times its packed size"));
  }
  SECTION("the total counts every part read") {
    const std::string two = MakeZip({{"a", std::string(600000, 'x')}, {"b", std::string(600000, 'y')}});
    ExtractOptions options;
    options.max_unpacked_bytes = 1000000;
    ZipArchive archive(two, options);
    CHECK(archive.Read("a")->size() == 600000);
    CHECK_THROWS_WITH(archive.Read("b"), Catch::StartsWith("zip bomb"));
  }
  SECTION("within the limits it is read") {
    ExtractOptions options;
    options.max_ratio = 1e9;
    ZipArchive archive(bomb, options);
    CHECK(archive.Read("word/document.xml")->size() == (std::size_t{6} << 20));
  }
}

}  // namespace
}  // namespace vankien::readers
