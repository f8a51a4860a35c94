// The first build of an index, on all cores. Xapian's write path is single-threaded and is
// where indexing spends most of its time (docs/indexing.md), so one writer fed by many readers
// stays at the speed of one core. Here each thread reads, analyses and writes a shard of its
// own; the shards are then merged into the index by compaction, which also leaves it compact.
//
// Shards live beside the index, in DB.build/, and commit in batches with the state of their
// files. The index itself stays empty (and opens) until the merged index replaces it in one
// step; a build killed part-way resumes from the shards' committed batches on the next run.
#ifndef VANKIEN_INDEXER_PARALLEL_BUILD_H_
#define VANKIEN_INDEXER_PARALLEL_BUILD_H_

#include <filesystem>
#include <vector>

#include <xapian.h>

#include "indexer/file_task.h"
#include "indexer/indexer.h"
#include "indexer/topic_classifier.h"

namespace vankien::indexer {

// Files below this count (or size) are not worth the merge: the single writer does them.
inline constexpr std::size_t kMinParallelFiles = 1000;
inline constexpr std::uintmax_t kMinParallelBytes = 8ull << 20;

// The folder of the shards of the index at db.
std::filesystem::path ShardFolder(const std::filesystem::path& db);

// Builds the index at options.db anew from every scanned file, with `jobs` threads, and puts it
// in place of `previous`, the index there; the caller holds its write lock throughout, so that
// no one else writes to it. A document id two files give stays with the file that held it in
// `previous`, else with the file that sorts first. `metadata` holds entries to store in the
// merged index (the taxonomy and its fingerprint). Counts go to *summary, problems to *reporter.
// Throws IndexError or Xapian::Error.
void BuildInParallel(const std::vector<ScannedFile>& files, const IndexOptions& options, unsigned jobs,
                     const Xapian::Database& previous, const TopicClassifier* classifier,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     Reporter* reporter, IndexSummary* summary);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_PARALLEL_BUILD_H_
