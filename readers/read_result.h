// What a reader makes of one file: the documents it holds, or why it holds none.
#ifndef VANKIEN_READERS_READ_RESULT_H_
#define VANKIEN_READERS_READ_RESULT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "schema/document_record.h"

namespace vankien::readers {

// Why a file was not indexed. line and column are 1-based; 0 when they do not apply.
struct ReadError {
  std::string message;
  std::size_t line = 0;
  std::size_t column = 0;

  // "FILE:LINE:COLUMN: MESSAGE", or "FILE: MESSAGE" without a position.
  std::string Describe(const std::string& file) const;
};

struct ReadResult {
  std::vector<schema::DocumentRecord> documents;
  std::optional<ReadError> error;
  // Well-formed XML of another format (the topic taxonomy, say), or a file of a format vankien
  // does not read: skipped rather than failed.
  bool foreign_format = false;
  // A component the file's reader needs is not installed (OCR data, a converter): the Debian
  // package that has it. The file is skipped, not failed.
  std::string missing_package;
  std::string format;         // the format it was read as (readers/file_format.h FormatName)
  std::size_t pages = 0;      // of a paged format
  std::size_t ocr_pages = 0;  // pages read by OCR
  double ocr_seconds = 0;
  std::vector<std::string> notes;  // what the reader left out, one line each
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_READ_RESULT_H_
