#include "analysis/link_finder.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::analysis {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<TextSpan>& spans) {
  std::vector<std::string> out;
  for (const TextSpan& span : spans) out.emplace_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

TEST_CASE("URLs end before trailing punctuation and quotes") {
  std::string text =
      "Xem https://tuyengiao.vn/tin-tuc/05-ct-tw?id=1. Hoặc “www.dangcongsan.vn” hay "
      "(http://example.vn/a_b), không phải awww.x";
  CHECK(Texts(text, FindUrls(text)) ==
        std::vector<std::string>{"https://tuyengiao.vn/tin-tuc/05-ct-tw?id=1",
                                 "www.dangcongsan.vn", "http://example.vn/a_b"});
}

TEST_CASE("e-mail addresses need a dotted domain") {
  std::string text = "Gửi vanphong@dangUy.org.vn, hoặc a.b@c.d, không phải @abc hay x@y.";
  CHECK(Texts(text, FindEmails(text)) == std::vector<std::string>{"vanphong@dangUy.org.vn"});
}

}  // namespace
}  // namespace vankien::analysis
