#include "schema/stored_text.h"

#include <stdexcept>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

namespace vankien::schema {
namespace {

TEST_CASE("a stored text comes back byte for byte") {
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += "Nâng cao chất lượng sinh hoạt chi bộ " + std::to_string(i) + ".\n\n";
  const std::string binary("a\0b\xff\xfe", 5);
  for (const std::string& text : {std::string(), std::string("Đảng"), binary, long_text}) {
    const std::string stored = CompressText(text);
    CHECK(DecompressText(stored) == text);
  }
  CHECK(CompressText(long_text).size() < long_text.size() / 4);
}

TEST_CASE("a stored text that is not a whole frame is refused, not misread") {
  const std::string stored = CompressText("Chỉ thị số 05-CT/TW của Bộ Chính trị");
  CHECK_THROWS_AS(DecompressText(""), std::runtime_error);
  CHECK_THROWS_AS(DecompressText("plain text written by an older vankien"), std::runtime_error);
  CHECK_THROWS_AS(DecompressText(stored.substr(0, stored.size() - 3)), std::runtime_error);
  CHECK_THROWS_AS(DecompressText(stored + stored), std::runtime_error);
  for (std::size_t at = 0; at < stored.size(); ++at) {
    std::string damaged = stored;
    damaged[at] ^= 0x5a;
    CHECK_THROWS_AS(DecompressText(damaged), std::runtime_error);
  }
}

TEST_CASE("threads compress and decompress at once") {
  auto work = [](int seed, bool* ok) {
    *ok = true;
    for (int i = 0; i < 200; ++i) {
      const std::string text = "văn bản " + std::to_string(seed * 1000 + i) + std::string(i, 'x');
      if (DecompressText(CompressText(text)) != text) *ok = false;
    }
  };
  bool ok1 = false, ok2 = false;
  std::thread a(work, 1, &ok1), b(work, 2, &ok2);
  a.join();
  b.join();
  CHECK(ok1);
  CHECK(ok2);
}

}  // namespace
}  // namespace vankien::schema
