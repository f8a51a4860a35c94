// Keeps an index in step with folders of documents: adds new files, re-indexes changed ones,
// removes vanished ones, and leaves unchanged files alone. Files are read and analysed on all
// cores; one writer applies the results to Xapian in path order and commits them in batches,
// each batch together with the state of its files, so that a run killed at any moment leaves
// an index holding exactly its last committed batch, and the next run completes the work.
#ifndef VANKIEN_INDEXER_INDEXER_H_
#define VANKIEN_INDEXER_INDEXER_H_

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "readers/file_reader.h"
#include "indexer/file_scanner.h"
#include "indexer/abbreviation_table.h"
#include "indexer/plenum_table.h"
#include "indexer/progress.h"
#include "indexer/taxonomy.h"

namespace vankien::indexer {

struct IndexOptions {
  std::filesystem::path db;                  // the index directory; created when missing
  std::vector<std::filesystem::path> paths;  // folders and files to index
  LinkPolicy links = LinkPolicy::kInsideRoots;  // where links found in the folders may lead
  unsigned jobs = 0;                         // analysis threads; 0 = one per core
  readers::ReadOptions limits;
  // A batch is committed when it holds this many documents or bytes of source text. Small
  // batches also keep Xapian's in-memory posting lists small, which measured faster here
  // (docs/indexing.md).
  std::size_t batch_documents = 500;
  std::uintmax_t batch_bytes = 16ull << 20;
  // The topics to assign; null for none. When it differs from the taxonomy the index was built
  // with, every file is read and classified again.
  const Taxonomy* taxonomy = nullptr;
  // The plenum table names are resolved with; null for none. A change reads every file again.
  const PlenumTable* plenums = nullptr;
  // The abbreviations the query side expands, stored in the index; null for none. Documents do
  // not depend on it: a change only rewrites the stored table.
  const AbbreviationTable* abbreviations = nullptr;
  // Build the index anew from `paths` alone, as a first build does, and put it in place of the
  // old one when done (which stays searchable until then): reclaims the space of deleted
  // documents (schema/deleted_documents.h) and reads an index of another schema version.
  bool rebuild = false;
  // 0: `db` is a plain index. N > 0: `db` is a sharded index of N shards (shards/layout.h),
  // each file going to the shard its key hashes to, and each shard updated as a plain index
  // is. A sharded `db` must be given the number it was made with; a plain one, 0.
  std::size_t shards = 0;
  // Whether a new index keeps a termlist (Xapian's list of each document's terms). UpdateIndex
  // sets it for every shard of a sharded index: Xapian's remote server cannot send a document of
  // an index without one (docs/shards.md). With one, a replaced or removed document is deleted
  // by Xapian itself rather than listed as deleted (schema/deleted_documents.h).
  bool termlist = false;
};

// An incremental run suggests --rebuild when at least this many deleted documents are more
// than this share of all the documents Xapian holds, deleted or not.
inline constexpr std::size_t kRebuildAdviceMinimum = 100;
inline constexpr double kRebuildAdviceShare = 0.25;

// The index could not be opened, locked or written: the run stops (exit code 2).
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Brings the index at options.db in step with options.paths. Problems with single files are
// reported through *reporter and counted in the summary; problems with the index itself throw
// IndexError. Files indexed from other paths in earlier runs are left as they are. A document
// id held in two shards is reported as a problem and counted as failed (one index refuses the
// second document; shards are written apart and can only tell afterwards).
IndexSummary UpdateIndex(const IndexOptions& options, Reporter* reporter);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_INDEXER_H_
