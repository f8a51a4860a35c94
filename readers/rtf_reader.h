// Reads a Rich Text Format file (.rtf) through unrtf, run as a child process: its HTML output
// keeps each run's font (<font face=…>), which is what tells text typed in a legacy 8-bit font
// such as ".VnTime", and is read with the HTML reader's parsing (html_text.h).
#ifndef VANKIEN_READERS_RTF_READER_H_
#define VANKIEN_READERS_RTF_READER_H_

#include <string>
#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// Extracts the bytes of one .rtf file: a paragraph per line unrtf writes (\par and \line
// both end one), each run with its font; the title, author and subject of the \info group,
// and its \creatim as the date. Throws MissingComponent("…", "unrtf") when unrtf is not installed and
// ExtractionError for bytes that are not RTF or that unrtf cannot convert in time.
Extraction ReadRtf(std::string_view bytes, const ExtractOptions& options);

// `rtf` with the fallback character after each \uN written as an escape (\'3f for '?'), or
// a placeholder escape inserted under \uc0: unrtf 0.21 skips the whole word after \uN rather
// than one character ("T\u7880?NH" loses "NH"), but skips an escape exactly.
std::string EscapeUnicodeFallbacks(std::string_view rtf);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_RTF_READER_H_
