// What Xapian's write path alone costs for vankien's index: the floor under vankien-index's
// build time, however fast the reading and the Vietnamese analysis were.
//
// Untimed, it reads and analyses the files the indexer lists under DIR, with its own code, keeping
// each document's terms, values and data in memory. Timed, it does only what Xapian does in a
// first build (indexer/parallel_build.cc): one thread a shard, each making Xapian documents
// from the kept terms and adding them, committing every --batch documents, then the shards
// merged by compaction. --without drops one kind of analysed term (folded, exact or pair) to
// show what each costs.
//
// usage: bench_write_floor DIR [--jobs N] [--batch N] [--topics FILE] [--without KIND]... [--rounds N]
// Prints, per round, the seconds spent adding and committing, compacting, and in all, and the
// merged index's size; then the medians.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>
#include <xapian.h>

#include "indexer/document_builder.h"
#include "readers/file_reader.h"
#include "indexer/file_scanner.h"
#include "indexer/index_directory.h"
#include "indexer/taxonomy.h"
#include "indexer/topic_classifier.h"
#include "schema/fields.h"

namespace fs = std::filesystem;
using namespace vankien;

namespace {

struct KeptDocument {
  std::vector<std::pair<std::string, Xapian::termcount>> terms;  // wdf 0: a boolean term
  std::vector<std::pair<Xapian::valueno, std::string>> values;
  std::string data;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Whether `term` belongs to the free-text field named `kind` (prefixes: schema/fields.h).
bool InField(const std::string& term, std::string_view kind) {
  const std::string_view prefix = schema::GetField(kind).prefix;
  if (!prefix.empty()) return term.compare(0, prefix.size(), prefix) == 0;
  // Plain folded words have no prefix: a term without an upper-case first letter.
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
}

KeptDocument Keep(const Xapian::Document& document, const std::set<std::string>& without) {
  KeptDocument kept;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    const std::string term = *it;
    bool dropped = std::any_of(without.begin(), without.end(), [&](const std::string& kind) { return InField(term, kind); });
    if (!dropped) kept.terms.emplace_back(term, it.get_wdf());
  }
  for (auto it = document.values_begin(); it != document.values_end(); ++it) kept.values.emplace_back(it.get_valueno(), *it);
  kept.data = document.get_data();
  return kept;
}

// Reads and analyses the files the indexer would list under `folder` (indexer/file_scanner.h)
// on `jobs` threads, keeping their documents in path order. A file that cannot be read is
// counted in *failed and left out.
std::vector<KeptDocument> Prepare(const fs::path& folder, unsigned jobs, const indexer::TopicClassifier* topics,
                                  const std::set<std::string>& without, std::size_t* bytes, std::size_t* failed) {
  const indexer::ScanResult scan = indexer::ScanPaths({folder}, indexer::LinkPolicy::kInsideRoots);
  std::vector<std::vector<KeptDocument>> per_file(scan.files.size());
  std::atomic<std::size_t> next{0}, failures{static_cast<std::size_t>(scan.problems.size())};
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < jobs; ++j) {
    threads.emplace_back([&] {
      indexer::DocumentBuilder builder(topics);
      for (std::size_t i; (i = next++) < scan.files.size();) {
        const indexer::ScannedFile& file = scan.files[i];
        try {
          readers::ReadResult read = readers::ReadDocumentFile(file.path, file.id, {});
          if (read.error) ++failures;
          for (auto& record : read.documents) per_file[i].push_back(Keep(builder.Build(&record, file.path.string()), without));
        } catch (const std::exception&) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  *bytes = 0;
  for (const indexer::ScannedFile& file : scan.files) *bytes += file.size;
  *failed = failures;
  std::vector<KeptDocument> documents;
  for (auto& kept : per_file) std::move(kept.begin(), kept.end(), std::back_inserter(documents));
  return documents;
}

struct RoundTimes {
  double write = 0, compact = 0, total = 0;
  std::uintmax_t bytes = 0;
};

RoundTimes WriteAndMerge(const std::vector<KeptDocument>& documents, unsigned jobs, std::size_t batch,
                         const fs::path& work) {
  fs::remove_all(work);
  fs::create_directories(work);
  RoundTimes times;
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  const std::size_t share = (documents.size() + jobs - 1) / jobs;
  for (unsigned j = 0; j < jobs; ++j) {
    threads.emplace_back([&, j] {
      Xapian::WritableDatabase shard((work / ("shard" + std::to_string(j))).string(),
                                     Xapian::DB_CREATE_OR_OVERWRITE | indexer::WriteFlags(false));
      const std::size_t end = std::min(documents.size(), (j + 1) * share);
      for (std::size_t i = j * share; i < end; ++i) {
        Xapian::Document document;
        for (const auto& [term, wdf] : documents[i].terms) {
          if (wdf == 0) document.add_boolean_term(term);
          else document.add_term(term, wdf);
        }
        for (const auto& [slot, value] : documents[i].values) document.add_value(slot, value);
        document.set_data(documents[i].data);
        shard.add_document(document);
        if ((i - j * share + 1) % batch == 0) shard.commit();
      }
      shard.commit();
    });
  }
  for (auto& thread : threads) thread.join();
  times.write = Seconds(start);
  const auto compact_start = std::chrono::steady_clock::now();
  Xapian::Database all;
  for (unsigned j = 0; j < jobs; ++j) all.add_database(Xapian::Database((work / ("shard" + std::to_string(j))).string()));
  all.compact((work / "merged").string(), Xapian::DBCOMPACT_MULTIPASS | Xapian::Compactor::FULL);
  times.compact = Seconds(compact_start);
  times.total = Seconds(start);
  for (const auto& entry : fs::recursive_directory_iterator(work / "merged")) {
    if (entry.is_regular_file()) times.bytes += entry.file_size();
  }
  return times;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  fs::path folder;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t batch = 500;
  int rounds = 3;
  std::string topics_path;
  std::set<std::string> without;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--jobs" && has_value) jobs = std::stoul(argv[++i]);
    else if (arg == "--batch" && has_value) batch = std::stoul(argv[++i]);
    else if (arg == "--rounds" && has_value) rounds = std::stoi(argv[++i]);
    else if (arg == "--topics" && has_value) topics_path = argv[++i];
    else if (arg == "--without" && has_value) without.insert(argv[++i]);
    else if (folder.empty() && arg[0] != '-') folder = arg;
    else {
      std::cerr << "usage: bench_write_floor DIR [--jobs N] [--batch N] [--topics FILE] [--without folded|exact|pair]... "
                   "[--rounds N]\n";
      return 2;
    }
  }
  for (const std::string& kind : without) {
    if (kind != schema::field::kFolded && kind != schema::field::kExact && kind != schema::field::kPair) {
      std::cerr << "bench_write_floor: --without takes folded, exact or pair, not '" << kind << "'\n";
      return 2;
    }
  }
  if (folder.empty() || !fs::is_directory(folder) || jobs == 0 || batch == 0 || rounds < 1) {
    std::cerr << "bench_write_floor: give a folder of documents (and positive --jobs, --batch, --rounds)\n";
    return 2;
  }
  std::unique_ptr<indexer::TopicClassifier> topics;
  if (!topics_path.empty()) topics = std::make_unique<indexer::TopicClassifier>(indexer::LoadTaxonomy(topics_path));

  std::size_t bytes = 0, failed = 0;
  const auto prepare_start = std::chrono::steady_clock::now();
  std::vector<KeptDocument> documents = Prepare(folder, jobs, topics.get(), without, &bytes, &failed);
  if (failed > 0) std::printf("%zu files could not be read and are left out\n", failed);
  std::size_t postings = 0;
  for (const auto& document : documents) postings += document.terms.size();
  std::printf("prepared %zu documents (%.1f MB; %zu distinct terms a document, %zu postings in all) in %.1f s, untimed\n",
              documents.size(), bytes / 1e6, documents.empty() ? 0 : postings / documents.size(), postings,
              Seconds(prepare_start));

  const fs::path work = fs::temp_directory_path() / ("bench_write_floor." + std::to_string(::getpid()));
  std::vector<double> write, compact, total;
  for (int r = 0; r < rounds; ++r) {
    RoundTimes times = WriteAndMerge(documents, jobs, batch, work);
    std::printf("round %d: add+commit %.2f s, compact %.2f s, all %.2f s (%.2f MB/s), index %.1f MB\n", r + 1,
                times.write, times.compact, times.total, bytes / times.total / 1e6, times.bytes / 1e6);
    std::fflush(stdout);
    write.push_back(times.write);
    compact.push_back(times.compact);
    total.push_back(times.total);
  }
  fs::remove_all(work);
  std::printf("median of %d: add+commit %.2f s, compact %.2f s, all %.2f s (%.2f MB/s) on %u threads\n", rounds,
              Median(write), Median(compact), Median(total), bytes / Median(total) / 1e6, jobs);
  return 0;
}
