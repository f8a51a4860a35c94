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
  // Well-formed XML of another format (the topic taxonomy, say): skipped rather than failed.
  bool foreign_format = false;
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_READ_RESULT_H_
