// Small helpers for scanners that walk raw UTF-8 text byte by byte (dates, identifiers, URLs):
// character classes and accent-insensitive keyword matching at a position.
#ifndef VANKIEN_ANALYSIS_TEXT_SCAN_H_
#define VANKIEN_ANALYSIS_TEXT_SCAN_H_

#include <cstddef>
#include <string_view>

namespace vankien::analysis {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// The code point starting at text[pos] (U+FFFD if ill-formed); *length receives its byte
// length. Requires pos < text.size().
char32_t CodePointAt(std::string_view text, std::size_t pos, std::size_t* length);

// The code point that ends just before text[pos], or 0 when pos == 0; *length receives its byte
// length. Ill-formed bytes yield U+FFFD of length 1.
char32_t CodePointBefore(std::string_view text, std::size_t pos, std::size_t* length);

// "Đ" or "đ" when text[pos] starts one, or starts a letter that stands for it in Vietnamese
// text: Ð (U+00D0) or ð (U+00F0), left by legacy encodings and PDF extraction. "" otherwise.
// All four letters are two bytes long.
std::string_view DWithStrokeAt(std::string_view text, std::size_t pos);

// The byte length of the mark ending a sentence at text[pos] — . ! ? … or a line break — or 0.
// The analyser makes no pair of words across one (Gap::kSentence).
std::size_t SentenceEndLength(std::string_view text, std::size_t pos);

// True for a letter or digit of any script (ICU's alphabetic or decimal digit properties),
// including combining marks, which belong to the letter before them.
bool IsWordChar(char32_t cp);

// Matches the ASCII lower-case word `folded` at text[pos], ignoring case and diacritics
// (so "thang" matches "tháng", "THÁNG", "thang"), and requires that no letter or digit follows.
// Returns the byte just past the match, or 0 when it does not match.
std::size_t MatchFoldedWord(std::string_view text, std::size_t pos, std::string_view folded);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_TEXT_SCAN_H_
