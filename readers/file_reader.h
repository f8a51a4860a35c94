// Reads one file of a collection into document records: tells its format by its content
// (readers/file_format.h) and hands it to that format's reader — the corpus XML and plain text
// here, every other format in a child process (readers/child_extraction.h) — then makes the
// records of what was read: a document in the official layout (readers/official_layout.h), or
// an article. Unreadable, empty, binary or too large files are refused with a reason; plain
// text in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258) is read as Unicode.
#ifndef VANKIEN_READERS_FILE_READER_H_
#define VANKIEN_READERS_FILE_READER_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "readers/child_extraction.h"
#include "readers/extraction.h"
#include "readers/read_result.h"

namespace vankien::readers {

// How files are read.
struct ReadOptions {
  std::uintmax_t max_bytes = 64ull << 20;  // larger files are refused (--max-file-size)
  ExtractOptions extract;                  // the format readers' options (--no-ocr)
  ChildLimits child;                       // what one file's extraction may take
};

// True for a name worth looking inside: a file whose extension names a format vankien reads,
// or that has no extension (a PDF saved without one). Other files are skipped unread.
bool IsIndexableFile(const std::filesystem::path& path);

// Reads the file at `path`; `id` is its path below the indexed root, the id of an article and
// the path recorded in every record. Never throws for a bad file: the reason is in
// ReadResult::error.
ReadResult ReadDocumentFile(const std::filesystem::path& path, const std::string& id,
                            const ReadOptions& options);

// Reads the whole file at `path` into *bytes, refusing files over the size limit and anything
// that is not a regular file when opened (a FIFO, a device: never waited on). Returns the
// reason on failure.
std::optional<ReadError> ReadFileBytes(const std::filesystem::path& path, const ReadOptions& options,
                                       std::string* bytes);

// The same on bytes already in memory (`id` is used as the file's name where the content
// leaves the format open).
ReadResult ReadDocumentBytes(std::string_view bytes, const std::string& id, const ReadOptions& options = {});

// The records of what a format reader extracted from the file `id`: the text's own layout
// first, the container's metadata where the text says nothing. When no text is left, the
// error says what the reader left out (its notes), and there are no notes apart.
ReadResult RecordsOfExtraction(const Extraction& extraction, const std::string& id);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_FILE_READER_H_
