// Reads a plain-text article (.txt) laid out the way news sites print them: a title line, a
// date line near the top, then the body. Works out the title, the publication date, the source
// and — when the text is itself a Party document — its own number from a "Số …" header.
#ifndef VANKIEN_READERS_TXT_READER_H_
#define VANKIEN_READERS_TXT_READER_H_

#include <string_view>

#include "readers/read_result.h"

namespace vankien::readers {

// Parses the bytes of one .txt file into one record with the given id (its path below the
// indexed root). Never fails on text; an empty or blank file is an error.
ReadResult ReadTextArticle(std::string_view bytes, std::string_view id);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_TXT_READER_H_
