// Reads one file of a collection into document records, deciding first whether it can be read
// at all: unreadable, empty, binary, too large or not UTF-8 files are refused with a reason —
// but plain text in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258) is
// recognised and read as Unicode.
#ifndef VANKIEN_READERS_FILE_READER_H_
#define VANKIEN_READERS_FILE_READER_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "readers/read_result.h"

namespace vankien::readers {

struct FileLimits {
  std::uintmax_t max_bytes = 64ull << 20;  // larger files are refused (--max-file-size)
};

// True for the extensions vankien reads: .xml and .txt (any case).
bool IsIndexableFile(const std::filesystem::path& path);

// Reads the file at `path`; `id` is its path below the indexed root, the id of a .txt article
// and the path recorded in every record. Never throws for a bad file: the reason is in
// ReadResult::error.
ReadResult ReadDocumentFile(const std::filesystem::path& path, const std::string& id,
                            const FileLimits& limits);

// Reads the whole file at `path` into *bytes, refusing files over the size limit. Returns the
// reason on failure.
std::optional<ReadError> ReadFileBytes(const std::filesystem::path& path, const FileLimits& limits,
                                       std::string* bytes);

// The same checks and parsing on bytes already in memory (`id` chooses the reader by its
// extension).
ReadResult ReadDocumentBytes(std::string_view bytes, const std::string& id);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_FILE_READER_H_
