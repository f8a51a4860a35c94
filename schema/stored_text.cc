#include "schema/stored_text.h"

#include <memory>
#include <stdexcept>

#include <zstd.h>

namespace vankien::schema {
namespace {

// Zstandard's default level: on baomoi, levels 6–19 shrink the texts by 4–7% more at two to
// fifteen times the indexing cost, and decompress no faster.
constexpr int kLevel = 3;
constexpr unsigned long long kMaxTextBytes = 1ULL << 30;

struct FreeCompressor {
  void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};
struct FreeDecompressor {
  void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

std::unique_ptr<ZSTD_CCtx, FreeCompressor> NewCompressor() {
  std::unique_ptr<ZSTD_CCtx, FreeCompressor> context(ZSTD_createCCtx());
  // The checksum (4 bytes a text) makes a damaged frame fail instead of decoding to other text.
  if (!context || ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, kLevel)) ||
      ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1))) {
    throw std::runtime_error("stored text: cannot create a Zstandard context");
  }
  return context;
}

// Contexts are reused because creating one allocates more than a typical text's size.
ZSTD_CCtx* Compressor() {
  thread_local std::unique_ptr<ZSTD_CCtx, FreeCompressor> context = NewCompressor();
  return context.get();
}

ZSTD_DCtx* Decompressor() {
  thread_local std::unique_ptr<ZSTD_DCtx, FreeDecompressor> context(ZSTD_createDCtx());
  if (!context) throw std::runtime_error("stored text: cannot create a Zstandard context");
  return context.get();
}

}  // namespace

std::string CompressText(std::string_view text) {
  std::string stored(ZSTD_compressBound(text.size()), '\0');
  const std::size_t size = ZSTD_compress2(Compressor(), stored.data(), stored.size(), text.data(), text.size());
  if (ZSTD_isError(size)) throw std::runtime_error(std::string("stored text: ") + ZSTD_getErrorName(size));
  stored.resize(size);
  return stored;
}

std::string DecompressText(std::string_view stored) {
  const unsigned long long declared = ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN) {
    throw std::runtime_error("stored text is not a Zstandard frame of known size (corrupt index?)");
  }
  if (declared > kMaxTextBytes) throw std::runtime_error("stored text declares more than 1 GB (corrupt index?)");
  std::string text(declared, '\0');
  const std::size_t size = ZSTD_decompressDCtx(Decompressor(), text.data(), text.size(), stored.data(), stored.size());
  if (ZSTD_isError(size) || size != declared) {
    throw std::runtime_error(std::string("stored text cannot be decompressed (corrupt index?): ") +
                             (ZSTD_isError(size) ? ZSTD_getErrorName(size) : "size differs from its header"));
  }
  return text;
}

}  // namespace vankien::schema
