#include "schema/stored_text.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <zstd.h>

#include "schema/object_pool.h"

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

// Contexts are reused because creating one allocates more than a typical text's size; they are
// pooled, not kept per thread, for the reason in schema/object_pool.h.
ObjectPool<ZSTD_CCtx, FreeCompressor>& Compressors() {
  static ObjectPool<ZSTD_CCtx, FreeCompressor> pool(NewCompressor);
  return pool;
}

ObjectPool<ZSTD_DCtx, FreeDecompressor>& Decompressors() {
  static ObjectPool<ZSTD_DCtx, FreeDecompressor> pool([] {
    std::unique_ptr<ZSTD_DCtx, FreeDecompressor> context(ZSTD_createDCtx());
    if (!context) throw std::runtime_error("stored text: cannot create a Zstandard context");
    return context;
  });
  return pool;
}

}  // namespace

std::string CompressText(std::string_view text) {
  std::string stored(ZSTD_compressBound(text.size()), '\0');
  const auto compressor = Compressors().Borrow();
  const std::size_t size = ZSTD_compress2(compressor.get(), stored.data(), stored.size(), text.data(), text.size());
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
  // The checksum covers the text, not the header: the buffer grows with what the frame really
  // holds rather than being allocated at the declared size at once.
  const auto decompressor = Decompressors().Borrow();
  ZSTD_DCtx* context = decompressor.get();
  ZSTD_DCtx_reset(context, ZSTD_reset_session_only);
  std::string text(std::min<unsigned long long>(declared, stored.size() * 8ULL + 4096), '\0');
  ZSTD_inBuffer in{stored.data(), stored.size(), 0};
  std::size_t produced = 0;
  for (;;) {
    ZSTD_outBuffer out{text.data(), text.size(), produced};
    const std::size_t left = ZSTD_decompressStream(context, &out, &in);
    if (ZSTD_isError(left)) {
      throw std::runtime_error(std::string("stored text cannot be decompressed (corrupt index?): ") +
                               ZSTD_getErrorName(left));
    }
    produced = out.pos;
    if (left == 0) break;  // the frame is complete
    if (produced == text.size()) {
      if (text.size() >= declared) throw std::runtime_error("stored text is longer than its header says (corrupt index?)");
      text.resize(std::min<unsigned long long>(declared, text.size() * 2ULL));
    } else if (in.pos == in.size) {
      throw std::runtime_error("stored text is cut short (corrupt index?)");
    }
  }
  if (in.pos != in.size || produced != declared) {
    throw std::runtime_error("stored text differs from its header in size (corrupt index?)");
  }
  text.resize(produced);
  return text;
}

}  // namespace vankien::schema
