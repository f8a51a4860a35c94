// Reading the parts of a zip container (DOCX, ODT) held in memory, with libzip. The sizes a
// zip's directory states are the attacker's to choose, so the limits against zip bombs are
// checked on the bytes actually inflated, as they come.
#ifndef VANKIEN_READERS_ZIP_ARCHIVE_H_
#define VANKIEN_READERS_ZIP_ARCHIVE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/extraction.h"

typedef struct zip zip_t;

namespace vankien::readers {

class ZipArchive {
 public:
  // Opens the zip in `bytes`, which must outlive the archive (they are not copied). Throws
  // ExtractionError ("corrupt zip container: …") when they are not a readable zip.
  ZipArchive(std::string_view bytes, const ExtractOptions& options);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The names of the parts, in the order of the zip's directory.
  std::vector<std::string> Names() const;

  // The unpacked bytes of the part named `name`, or nullopt when there is none. Throws
  // ExtractionError when the part cannot be inflated (damaged, encrypted), and when reading it
  // takes the archive's unpacked total over options.max_unpacked_bytes or the part's
  // unpacked/packed ratio over options.max_ratio (a zip bomb).
  std::optional<std::string> Read(std::string_view name);

 private:
  zip_t* zip_ = nullptr;
  ExtractOptions options_;
  std::size_t unpacked_ = 0;  // bytes inflated so far, over every part read
};

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_ZIP_ARCHIVE_H_
