// UTF-8 decoding that never reads past the end of its input and never fails: an invalid or
// truncated sequence decodes to U+FFFD and is counted, so bad input degrades instead of
// stopping the indexer.
#ifndef VANKIEN_ANALYSIS_UTF8_H_
#define VANKIEN_ANALYSIS_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vankien::analysis {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point that starts at text[*pos] and advances *pos past it.
// Requires *pos < text.size(). An ill-formed sequence yields kReplacementCharacter and advances
// *pos past its maximal ill-formed subpart (at least one byte), as Unicode recommends.
// Sets *invalid to true for an ill-formed sequence, and leaves it unchanged otherwise.
char32_t DecodeUtf8(std::string_view text, std::size_t* pos, bool* invalid);

// Appends the UTF-8 encoding of cp to *out. cp must be a Unicode scalar value; anything else
// (a surrogate or a value above U+10FFFF) is written as U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// Returns the number of ill-formed sequences in text (0 for valid UTF-8).
std::size_t CountInvalidUtf8(std::string_view text);

// Returns text with every ill-formed sequence replaced by U+FFFD; text itself when it is valid.
std::string SanitizeUtf8(std::string_view text);

// Returns true when every byte of text is below 0x80.
bool IsAscii(std::string_view text);

// Decodes text into code points (ill-formed sequences become U+FFFD) into *out, replacing its
// contents. Returns the number of ill-formed sequences.
std::size_t DecodeUtf8(std::string_view text, std::u32string* out);

// Returns the UTF-8 encoding of a sequence of code points.
std::string EncodeUtf8(std::u32string_view text);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_UTF8_H_
