// Cleaning the text the readers extract, before it is analysed and stored.
#ifndef VANKIEN_READERS_TEXT_CLEANUP_H_
#define VANKIEN_READERS_TEXT_CLEANUP_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vankien::readers {

// Returns text with every ill-formed UTF-8 sequence replaced by U+FFFD (adding their number to
// *invalid_count); control characters (but tab and line feed), U+FEFF (a byte order mark), the
// soft hyphen U+00AD and the zero-width characters U+200B–U+200D and U+2060 removed; the
// division and fraction slashes U+2215 and U+2044 written "/", and full-width ASCII
// (U+FF01–U+FF5E) as ASCII; "\r\n" and "\r" written "\n"; and runs of spaces and tabs
// collapsed to one space.
std::string CleanText(std::string_view text, std::size_t* invalid_count);

// Returns text with all whitespace (line breaks included) collapsed to single spaces and
// trimmed: for one-line fields such as a title.
std::string CollapseWhitespace(std::string_view text);

// Returns text without leading and trailing whitespace.
std::string_view Trim(std::string_view text);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_TEXT_CLEANUP_H_
