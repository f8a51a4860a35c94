// Reading one of the editable tables of corpus/ (the taxonomy, the topic model, the plenum and
// abbreviation tables) whole, before its own parser checks it.
#ifndef VANKIEN_INDEXER_TABLE_FILE_H_
#define VANKIEN_INDEXER_TABLE_FILE_H_

#include <filesystem>
#include <string>

namespace vankien::indexer {

// Sets *contents to the bytes of the file at `path`; false, leaving *contents alone, when the
// file cannot be opened (the caller names the table in its message).
bool ReadTableFile(const std::filesystem::path& path, std::string* contents);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_TABLE_FILE_H_
