// What a fuzz target asserts about a result beyond "no crash": a broken promise of a function's
// contract (a span outside the text, a canonical form that does not parse back) aborts, which
// libFuzzer and the regression driver both report as a failure, in every build type (assert()
// is compiled out of Release builds).
#ifndef VANKIEN_FUZZ_FUZZ_CHECK_H_
#define VANKIEN_FUZZ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "analysis/text_span.h"

namespace vankien::fuzz {

// Aborts with `what` on stderr unless `holds`.
inline void Require(bool holds, const char* what) {
  if (!holds) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
  }
}

// Aborts unless `span` lies within a text of `size` bytes, begin not after end.
inline void RequireWithin(const analysis::TextSpan& span, std::size_t size, const char* what) {
  Require(span.begin <= span.end && span.end <= size, what);
}

// The fuzzer's bytes as text.
inline std::string_view AsText(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace vankien::fuzz

#endif  // VANKIEN_FUZZ_FUZZ_CHECK_H_
