// Extraction in a child process with limits, as omindex and Recoll run their filters: the
// libraries that parse PDF, zip containers and HTML, and the OCR engine, read untrusted bytes
// and can crash, hang or take all memory on a hostile file. In vankien-extract (a program of
// its own) such a file costs one failed file, never the indexing run.
#ifndef VANKIEN_READERS_CHILD_EXTRACTION_H_
#define VANKIEN_READERS_CHILD_EXTRACTION_H_

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "readers/extraction.h"
#include "readers/file_format.h"

namespace vankien::readers {

// What one file's extraction may take.
struct ChildLimits {
  double wall_seconds = 600;                     // then the child is killed
  unsigned cpu_seconds = 1200;                   // all its threads together
  std::size_t memory_bytes = std::size_t{3} << 30;  // address space
  std::size_t max_output_bytes = std::size_t{256} << 20;
};

// The path of vankien-extract: $VANKIEN_EXTRACT when set; the build tree's when the running
// program is in the build tree (tests, tools); else the installed one (libexec).
std::filesystem::path ExtractProgram();

// Reads `bytes` as `format` in a child process running ExtractProgram() under `limits`.
// Throws MissingComponent when the child lacks a component, ExtractionError for a file it could
// not read, and ExtractionError naming the limit or signal when the child crashed, ran out of
// time or memory, or could not be started. Thread-safe; never leaves a child behind.
Extraction ExtractInChild(FileFormat format, std::string_view bytes, const ExtractOptions& options,
                          const ChildLimits& limits = {});

// The exit statuses vankien-extract ends with, besides 0 for success: the one line it writes to
// standard error is the reason (for kExitMissing, "PACKAGE<TAB>reason").
inline constexpr int kExitUnreadable = 3;
inline constexpr int kExitMissing = 4;
inline constexpr int kExitUsage = 2;

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_CHILD_EXTRACTION_H_
