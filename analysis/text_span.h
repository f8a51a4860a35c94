// A byte range of a text, the unit every analysis stage reports positions in, so that results
// can be highlighted in the original bytes.
#ifndef VANKIEN_ANALYSIS_TEXT_SPAN_H_
#define VANKIEN_ANALYSIS_TEXT_SPAN_H_

#include <cstddef>

namespace vankien::analysis {

// The bytes [begin, end) of the text that was analysed.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin == end; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_TEXT_SPAN_H_
