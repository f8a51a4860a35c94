#include "server/static_files.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace vankien::server {
namespace {

namespace fs = std::filesystem;

TEST_CASE("only files inside the static directory are served") {
  fs::path base = fs::temp_directory_path() / ("vankien-static-test-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "web" / "css");
  std::ofstream(base / "web" / "index.html") << "<html>";
  std::ofstream(base / "web" / "css" / "site.css") << "body{}";
  std::ofstream(base / "web" / ".hidden") << "x";
  std::ofstream(base / "secret.txt") << "secret";
  fs::create_symlink(base / "secret.txt", base / "web" / "link.txt");
  const fs::path root = base / "web";

  REQUIRE(ResolveStaticPath(root, "/"));
  CHECK(ResolveStaticPath(root, "/")->filename() == "index.html");
  CHECK(ResolveStaticPath(root, "/css/site.css"));
  CHECK(ResolveStaticPath(root, "/css/../index.html"));  // stays inside: allowed

  for (const char* attack : {"/../secret.txt", "/css/../../secret.txt", "/..", "/../", "//etc/passwd",
                             "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt", "/.hidden",
                             "/css", "/missing.html", "", "index.html", "/..\\secret.txt",
                             "/css/./../../secret.txt", "/./../secret.txt"}) {
    CAPTURE(attack);
    CHECK_FALSE(ResolveStaticPath(root, attack));
  }
  std::string with_nul("/index.html\0../x", 16);
  CHECK_FALSE(ResolveStaticPath(root, with_nul));
  fs::remove_all(base);
}

TEST_CASE("content types") {
  CHECK(ContentTypeFor("a/index.html") == "text/html; charset=utf-8");
  CHECK(ContentTypeFor("app.js") == "text/javascript; charset=utf-8");
  CHECK(ContentTypeFor("x.bin") == "application/octet-stream");
}

}  // namespace
}  // namespace vankien::server
