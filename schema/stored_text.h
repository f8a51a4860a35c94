// How the index stores a document's text: compressed with Zstandard by vankien, so Xapian finds
// nothing to gain from its own zlib compression and keeps the bytes as they are.
//
// Why: every search result's snippet reads its document's text, and inflating Xapian's zlib was
// about a sixth of a search's CPU under load; Zstandard decompresses the same baomoi texts about
// three times faster (17 → 6 µs per text, for 7% more bytes: see docs/index-schema.md).
#ifndef VANKIEN_SCHEMA_STORED_TEXT_H_
#define VANKIEN_SCHEMA_STORED_TEXT_H_

#include <string>
#include <string_view>

namespace vankien::schema {

// `text` compressed into one Zstandard frame that records its size and a checksum.
// Thread-safe (the threads share a pool of compression contexts, schema/object_pool.h). Throws std::runtime_error only if Zstandard fails.
std::string CompressText(std::string_view text);

// The text CompressText(text) was given. Thread-safe. Throws std::runtime_error naming the
// problem when `stored` is not one whole, intact frame written by CompressText (damaged or
// foreign data), and when the frame declares a text over 1 GB.
std::string DecompressText(std::string_view stored);

}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_STORED_TEXT_H_
