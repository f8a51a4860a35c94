// Analysis throughput: vankien's analysis chain (both forms, byte offsets, identifiers, dates)
// against Xapian's own TermGenerator on the same texts, in the same process run, alternating.
// Prints MB/s per round, the median of each and their ratio, and the peak memory.
//
// usage: bench_analysis DIR [ROUNDS]   (DIR: a folder of UTF-8 text files, read into memory)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/identifier_extractor.h"

namespace {

double Seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_analysis DIR [ROUNDS]\n";
    return 2;
  }
  const int rounds = argc > 2 ? std::stoi(argv[2]) : 5;
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file() || entry.path().filename().string()[0] == '.') continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(buffer.str());
    bytes += texts.back().size();
  }
  const long rss_loaded = PeakRssKb();
  std::printf("texts %zu, %.1f MB in memory (peak RSS after loading %ld MB)\n", texts.size(),
              bytes / 1e6, rss_loaded / 1024);

  // Identifier extraction alone (issue 4's goal: at least 50 MB/s).
  std::vector<double> extraction;
  std::size_t mentions = 0;
  for (int round = 0; round < rounds; ++round) {
    double start = Seconds();
    mentions = 0;
    for (const std::string& text : texts) mentions += vankien::analysis::ExtractIdentifiers(text).size();
    extraction.push_back(bytes / 1e6 / (Seconds() - start));
  }
  std::printf("identifier extraction alone: median %.0f MB/s (%zu mentions)\n", Median(extraction),
              mentions);

  vankien::analysis::Analyzer analyzer;
  vankien::analysis::Analysis analysis;
  Xapian::TermGenerator generator;
  std::vector<double> ours, theirs;
  std::size_t tokens = 0, identifiers = 0;
  for (int round = 0; round < rounds; ++round) {
    double start = Seconds();
    tokens = identifiers = 0;
    for (const std::string& text : texts) {
      analyzer.Analyze(text, &analysis);
      tokens += analysis.tokens.size();
      identifiers += analysis.identifiers.size();
    }
    ours.push_back(bytes / 1e6 / (Seconds() - start));

    start = Seconds();
    for (const std::string& text : texts) {
      Xapian::Document document;
      generator.set_document(document);
      generator.index_text(text);
    }
    theirs.push_back(bytes / 1e6 / (Seconds() - start));
    std::printf("round %d: vankien analysis %.1f MB/s, Xapian TermGenerator %.1f MB/s\n", round + 1,
                ours.back(), theirs.back());
  }
  std::printf("tokens %zu (each with exact and folded forms and byte offsets), identifiers %zu\n",
              tokens, identifiers);
  std::printf("median: vankien %.1f MB/s, TermGenerator %.1f MB/s, ratio %.2f\n", Median(ours),
              Median(theirs), Median(ours) / Median(theirs));
  std::printf("peak RSS %ld MB (of which the texts in memory: %.0f MB)\n", PeakRssKb() / 1024,
              bytes / 1e6);
  return 0;
}
