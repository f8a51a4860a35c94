#include "readers/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <memory>

namespace vankien::readers {
namespace {

// Small parts of repetitive XML legitimately inflate past any sensible ratio (a kilobyte of
// spaces packs into a few bytes), so the ratio only condemns a part once it is this large.
constexpr std::size_t kRatioFloorBytes = std::size_t{1} << 20;
constexpr std::size_t kChunkBytes = std::size_t{64} << 10;

struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, const ExtractOptions& options) : options_(options) {
  // libzip takes no bytes at all for a new, empty archive.
  if (bytes.empty()) throw ExtractionError("corrupt zip container: empty file");
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw ExtractionError("corrupt zip container: " + reason);
  }
  zip_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (zip_ == nullptr) {
    zip_source_free(source);  // an archive that failed to open leaves its source to the caller
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw ExtractionError("corrupt zip container: " + reason);
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() { zip_discard(zip_); }

std::vector<std::string> ZipArchive::Names() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(zip_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS)) {
      names.emplace_back(name);
    }
  }
  return names;
}

std::optional<std::string> ZipArchive::Read(std::string_view name) {
  const std::string part(name);
  const zip_int64_t index = zip_name_locate(zip_, part.c_str(), ZIP_FL_ENC_GUESS);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw ExtractionError("corrupt zip container: " + part + ": " + zip_strerror(zip_));
  }
  const double packed = (stat.valid & ZIP_STAT_COMP_SIZE) && stat.comp_size > 0
                            ? static_cast<double>(stat.comp_size)
                            : 1.0;
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    throw ExtractionError("unreadable zip part " + part + ": " + zip_strerror(zip_));
  }
  std::string data;
  std::string chunk(kChunkBytes, '\0');
  while (true) {
    const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
    if (got < 0) {
      throw ExtractionError("damaged zip part " + part + ": " + zip_file_strerror(file.get()));
    }
    if (got == 0) break;
    const std::size_t n = static_cast<std::size_t>(got);
    unpacked_ += n;
    if (unpacked_ > options_.max_unpacked_bytes) {
      throw ExtractionError("zip bomb: the parts unpack to more than " +
                            std::to_string(options_.max_unpacked_bytes) + " bytes");
    }
    if (data.size() + n > kRatioFloorBytes &&
        static_cast<double>(data.size() + n) > options_.max_ratio * packed) {
      throw ExtractionError("zip bomb: part " + part + " unpacks to more than " +
                            std::to_string(static_cast<long long>(options_.max_ratio)) +
                            " times its packed size");
    }
    data.append(chunk.data(), n);
  }
  return data;
}

}  // namespace vankien::readers
