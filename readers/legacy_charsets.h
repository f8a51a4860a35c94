// The byte tables of the legacy Vietnamese encodings, and the way back from the code points a
// format made of such bytes to the bytes. Used by readers/legacy_encoding.cc.
#ifndef VANKIEN_READERS_LEGACY_CHARSETS_H_
#define VANKIEN_READERS_LEGACY_CHARSETS_H_

#include <optional>
#include <string>
#include <string_view>

#include "readers/legacy_encoding.h"

namespace vankien::readers {

// The Windows-1252 character of `byte`, with Latin-1's C1 controls for the five bytes
// Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D).
char32_t Windows1252(unsigned char byte);

// Appends the code points `bytes` decode to in `encoding` to *out, not normalised: VNI and
// Windows-1258 give base letters followed by combining marks. A VNI mark byte is a mark only
// after a vowel (what *out already ends with counts); elsewhere it is its Windows-1252 letter.
void AppendLegacyDecoded(std::string_view bytes, LegacyEncoding encoding, std::u32string* out);

// The byte a format read as the code point `cp` (Windows-1252 or Latin-1), or none for a code
// point no byte gives. Also maps back what extraction does to those code points: see the .cc.
std::optional<unsigned char> MisreadByte(char32_t cp);

// The bytes that `utf8` is typed with in `encoding`, for the tests and benchmarks that make
// legacy text to read back: the inverse of AppendLegacyDecoded, a letter taking one byte or a
// base and a mark byte as the encoding has it. None when a character has no bytes there (a
// Chinese character, say).
std::optional<std::string> EncodeLegacy(std::string_view utf8, LegacyEncoding encoding);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_LEGACY_CHARSETS_H_
