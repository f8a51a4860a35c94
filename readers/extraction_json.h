// An Extraction as JSON and back: how vankien-extract hands what it read to the indexer across
// the process boundary (readers/child_extraction.h).
#ifndef VANKIEN_READERS_EXTRACTION_JSON_H_
#define VANKIEN_READERS_EXTRACTION_JSON_H_

#include <string>
#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// The extraction as one line of JSON. Text that is not valid UTF-8 is written with U+FFFD.
std::string ExtractionToJson(const Extraction& extraction);

// Reads what ExtractionToJson wrote. Throws ExtractionError when `json` is not such a text.
Extraction ExtractionFromJson(std::string_view json);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_EXTRACTION_JSON_H_
