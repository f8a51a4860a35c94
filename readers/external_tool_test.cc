#include "readers/external_tool.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

namespace vankien::readers {
namespace {

// This process's temporary files.
std::size_t TemporaryFiles() {
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path())) {
    if (entry.path().filename().string().rfind("vankien-" + std::to_string(getpid()) + "-", 0) == 0) ++count;
  }
  return count;
}

TEST_CASE("a tool reads the input through a temporary file, which is removed") {
  const std::size_t before = TemporaryFiles();
  CHECK(RunTool(ToolRun{"cat", {}, "coreutils"}, "Đảng bộ tỉnh\n") == "Đảng bộ tỉnh\n");
  CHECK(RunTool(ToolRun{"wc", {"-c"}, "coreutils"}, std::string(70000, 'x')).find("70000") == 0);
  const std::string path = RunTool(ToolRun{"echo", {"-n"}, "coreutils"}, "");
  CHECK(path.find("vankien-") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(TemporaryFiles() == before);
}

TEST_CASE("a tool that is missing, fails, writes too much or hangs gives one clear error") {
  const std::size_t before = TemporaryFiles();
  try {
    RunTool(ToolRun{"vankien-no-such-tool", {}, "vankien-no-such-package"}, "x");
    FAIL("no exception");
  } catch (const MissingComponent& missing) {
    CHECK(missing.package() == "vankien-no-such-package");
    CHECK(std::string(missing.what()) == "vankien-no-such-tool is not installed");
  }
  CHECK_THROWS_WITH(RunTool(ToolRun{"ls", {"/vankien-no-such-directory"}, "coreutils"}, "x"),
                    Catch::StartsWith("ls failed (exit status 2): ls: cannot access"));
  ToolRun yes{"yes", {"Đảng"}, "coreutils"};
  yes.max_output_bytes = 1 << 20;
  CHECK_THROWS_WITH(RunTool(yes, ""), "yes wrote more than 1048576 bytes");
  ToolRun follow{"tail", {"-f"}, "coreutils"};  // never ends by itself
  follow.time_limit = std::chrono::milliseconds(300);
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(RunTool(follow, "x"), "tail ran longer than 300 ms and was stopped");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(TemporaryFiles() == before);
}

}  // namespace
}  // namespace vankien::readers
