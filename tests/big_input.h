#ifndef VANKIEN_TESTS_BIG_INPUT_H_
#define VANKIEN_TESTS_BIG_INPUT_H_

#include <cstddef>

namespace vankien::testing {

// The size a test of a big input reads, given the size the Release build reads: a quarter of it
// under AddressSanitizer. The sanitizer build runs such a test 10 to 20 times slower, and CI's
// 30 minutes are short; the Release build, which CI runs too, keeps the full size, so what the
// test proves about size (linear time, no copy of the whole) is still proved at full size there.
constexpr std::size_t BigInputBytes(std::size_t release_bytes) {
#if defined(__SANITIZE_ADDRESS__)  // GCC's sign
  return release_bytes / 4;
#elif defined(__has_feature)  // clang's
#if __has_feature(address_sanitizer)
  return release_bytes / 4;
#else
  return release_bytes;
#endif
#else
  return release_bytes;
#endif
}

}  // namespace vankien::testing

#endif  // VANKIEN_TESTS_BIG_INPUT_H_
