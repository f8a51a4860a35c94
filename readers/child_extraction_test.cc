#include "readers/child_extraction.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace vankien::readers {
namespace {

namespace fs = std::filesystem;

// Runs the extraction with a stand-in for vankien-extract: a shell script doing what a reader
// that misbehaves does.
class StandIn {
 public:
  explicit StandIn(const std::string& script) {
    path_ = fs::temp_directory_path() / ("vankien-stand-in-" + std::to_string(::getpid()) + ".sh");
    std::ofstream(path_) << "#!/bin/sh\n" << script << "\n";
    fs::permissions(path_, fs::perms::owner_all);
    ::setenv("VANKIEN_EXTRACT", path_.c_str(), 1);
  }
  ~StandIn() {
    ::unsetenv("VANKIEN_EXTRACT");
    fs::remove(path_);
  }

 private:
  fs::path path_;
};

std::string FailureOf(const std::string& script, ChildLimits limits = {}) {
  StandIn stand_in(script);
  try {
    ExtractInChild(FileFormat::kPdf, "%PDF-1.4 bytes", {}, limits);
  } catch (const ExtractionError& error) {
    return error.what();
  }
  return "no error";
}

TEST_CASE("child extraction: what the reader wrote comes back") {
  StandIn stand_in(
      "cat >/dev/null; printf '%s' '{\"paragraphs\":[[[\"Chỉ thị\",\".VnTime\"]]],\"metadata\":{\"title\":\"T\","
      "\"author\":\"\",\"subject\":\"\",\"date\":\"2024-03-15\",\"source\":\"\",\"url\":\"\"},\"pages\":2,"
      "\"ocr_pages\":1,\"ocr_seconds\":0.5,\"notes\":[\"n\"]}'");
  const Extraction extraction = ExtractInChild(FileFormat::kPdf, std::string(1 << 20, 'x'), {});
  REQUIRE(extraction.paragraphs.size() == 1);
  CHECK(extraction.paragraphs[0].runs[0] == TextRun{"Chỉ thị", ".VnTime"});
  CHECK(extraction.metadata.date == "2024-03-15");
  CHECK(extraction.pages == 2);
  CHECK(extraction.ocr_pages == 1);
  CHECK(extraction.notes == std::vector<std::string>{"n"});
}

TEST_CASE("child extraction: a reader that crashes, hangs, babbles or fails is one clear error") {
  CHECK_THAT(FailureOf("kill -SEGV $$"), Catch::Contains("crashed") && Catch::Contains("signal 11"));
  CHECK_THAT(FailureOf("echo 'encrypted PDF: a password is needed' >&2; exit 3"),
             Catch::Equals("encrypted PDF: a password is needed"));
  CHECK_THAT(FailureOf("printf 'not json'"), Catch::Contains("malformed"));
  CHECK_THAT(FailureOf("echo oops >&2; exit 9"), Catch::Contains("exit status 9") && Catch::Contains("oops"));
  ChildLimits small;
  small.max_output_bytes = 1000;
  CHECK_THAT(FailureOf("head -c 100000 /dev/zero", small), Catch::Contains("output is over"));
}

TEST_CASE("child extraction: a reader that hangs is killed at the time limit") {
  ChildLimits limits;
  limits.wall_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(FailureOf("sleep 30", limits), Catch::Contains("no answer within 1 s"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("child extraction: a missing component names its package") {
  StandIn stand_in("echo 'tesseract-ocr-vie\tno Vietnamese OCR data' >&2; exit 4");
  try {
    ExtractInChild(FileFormat::kPdf, "x", {});
    FAIL("no error");
  } catch (const MissingComponent& missing) {
    CHECK(missing.package() == "tesseract-ocr-vie");
    CHECK(std::string(missing.what()) == "no Vietnamese OCR data");
  }
}

TEST_CASE("child extraction: a program that cannot be started is an error, not a crash") {
  ::setenv("VANKIEN_EXTRACT", "/nonexistent/vankien-extract", 1);
  CHECK_THROWS_WITH(ExtractInChild(FileFormat::kPdf, "x", {}), Catch::Contains("cannot start the reader"));
  ::unsetenv("VANKIEN_EXTRACT");
}

TEST_CASE("child extraction: vankien-extract keeps to its memory limit and says so") {
  REQUIRE(fs::exists(ExtractProgram()));
  ChildLimits limits;
  limits.memory_bytes = std::size_t{1} << 20;  // far below what any reader needs
  std::string message;
  try {
    ExtractInChild(FileFormat::kHtml, "<html><body><p>Chi bộ</p></body></html>", {}, limits);
  } catch (const ExtractionError& error) {
    message = error.what();
  }
  CHECK_FALSE(message.empty());
  CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("child extraction: the real reader refuses what is not its format in one line") {
  REQUIRE(fs::exists(ExtractProgram()));
  CHECK_THROWS_AS(ExtractInChild(FileFormat::kPdf, "not a pdf at all", {}), ExtractionError);
}

}  // namespace
}  // namespace vankien::readers
