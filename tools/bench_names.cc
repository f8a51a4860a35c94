// What finding and resolving the names of documents (analysis/document_name.h,
// indexer/name_resolver.h) adds to the indexer's work, in CPU time (steadier than wall time
// on a shared machine): FindDocumentNames against Analyzer::Analyze over the same texts, and
// ResolveNames against the whole DocumentBuilder::Build (which includes it), fastest of ROUNDS.
//
// usage: bench_names DIR TOPICS_XML PLENUMS_XML [ROUNDS]
//   DIR: a folder of .txt files, first line the title (baomoi), read into memory.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/document_name.h"
#include "indexer/document_builder.h"
#include "indexer/name_resolver.h"
#include "indexer/taxonomy.h"

namespace {

double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

// The fastest of `rounds` runs of work, in CPU seconds.
template <typename Work>
double Fastest(int rounds, Work work) {
  double best = 1e300;
  for (int round = 0; round < rounds; ++round) {
    const double start = CpuSeconds();
    work();
    best = std::min(best, CpuSeconds() - start);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace vankien;
  if (argc < 4) {
    std::cerr << "usage: bench_names DIR TOPICS_XML PLENUMS_XML [ROUNDS]\n";
    return 2;
  }
  const int rounds = argc > 4 ? std::stoi(argv[4]) : 5;
  std::vector<schema::DocumentRecord> records;
  std::size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string file = buffer.str();
    const std::size_t newline = file.find('\n');
    schema::DocumentRecord record;
    record.id = entry.path().filename().string();
    record.kind = "article";
    record.title = file.substr(0, newline);
    record.text = newline == std::string::npos ? "" : file.substr(newline + 1);
    bytes += file.size();
    records.push_back(std::move(record));
  }
  const double megabytes = bytes / 1e6;

  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  const double analyse = Fastest(rounds, [&] {
    for (const auto& r : records) analyzer.Analyze(r.text, &analysis);
  });
  std::size_t found = 0;
  const double find = Fastest(rounds, [&] {
    found = 0;
    for (const auto& r : records) found += analysis::FindDocumentNames(r.text).size();
  });
  std::printf("%zu texts, %.1f MB; %zu names\n", records.size(), megabytes, found);
  std::printf("Analyzer::Analyze %.2f s (%.1f MB/s); FindDocumentNames %.3f s (%.0f MB/s): +%.1f%%\n", analyse,
              megabytes / analyse, find, megabytes / find, 100 * find / analyse);

  const indexer::Taxonomy taxonomy = indexer::LoadTaxonomy(argv[2]);
  const indexer::TopicClassifier topics(taxonomy);
  const indexer::PlenumTable plenums = indexer::LoadPlenumTable(argv[3]);
  indexer::DocumentBuilder builder(&topics, &plenums);
  std::vector<schema::DocumentRecord> built = records;
  const double build = Fastest(rounds, [&] {
    built = records;
    for (auto& r : built) builder.Build(&r, r.id);
  });
  const double resolve = Fastest(rounds, [&] {
    for (const auto& r : built) indexer::ResolveNames(r, &plenums);
  });
  std::printf("DocumentBuilder::Build %.2f s (%.1f MB/s), of which ResolveNames %.3f s: %.1f%%\n", build,
              megabytes / build, resolve, 100 * resolve / build);
  return 0;
}
