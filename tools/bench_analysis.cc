// Analysis throughput: vankien's analysis chain (both forms, byte offsets, identifiers, dates)
// against Xapian's own TermGenerator on the same texts, in the same process run, alternating;
// and the chain followed by the typed citations the indexer reads from it
// (analysis/citation_relation.h), to show what that step costs.
// Prints MB/s per round, the median of each and their ratio, and the peak memory.
//
// usage: bench_analysis DIR [ROUNDS]   (DIR: a folder of UTF-8 text files, read into memory)
#include <sys/resource.h>
#include <time.h>

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
#include "analysis/citation_relation.h"
#include "analysis/identifier_extractor.h"

namespace {

double Seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// This thread's CPU time: on a machine shared with other builds, wall time mostly measures them.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
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
  std::vector<double> ours, theirs, with_relations;
  std::size_t tokens = 0, identifiers = 0, relations = 0;
  double analysis_cpu = 0, relations_cpu = 0;  // over every round
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

    start = Seconds();
    relations = 0;
    for (const std::string& text : texts) {
      const double before_analysis = ThreadCpuSeconds();
      analyzer.Analyze(text, &analysis);
      const double before_relations = ThreadCpuSeconds();
      for (const auto& r : vankien::analysis::FindCitationRelations(text, analysis, vankien::analysis::Voice::kDocument)) {
        relations += r.relation != vankien::analysis::Relation::kNone;
      }
      const double after = ThreadCpuSeconds();
      analysis_cpu += before_relations - before_analysis;
      relations_cpu += after - before_relations;
    }
    with_relations.push_back(bytes / 1e6 / (Seconds() - start));
    std::printf("round %d: vankien analysis %.1f MB/s, Xapian TermGenerator %.1f MB/s, analysis and "
                "relations %.1f MB/s\n",
                round + 1, ours.back(), theirs.back(), with_relations.back());
  }
  std::printf("tokens %zu (each with exact and folded forms and byte offsets), identifiers %zu\n",
              tokens, identifiers);
  std::printf("median: vankien %.1f MB/s, TermGenerator %.1f MB/s, ratio %.2f\n", Median(ours),
              Median(theirs), Median(ours) / Median(theirs));
  std::printf("median with typed citations: %.1f MB/s (%zu relations read as a document's)\n",
              Median(with_relations), relations);
  // Wall times swing with the machine's load; the thread's CPU time does not.
  std::printf("CPU time of the typed citations: %.2f s against %.2f s of analysis (%.2f%%)\n", relations_cpu,
              analysis_cpu, 100 * relations_cpu / analysis_cpu);
  std::printf("peak RSS %ld MB (of which the texts in memory: %.0f MB)\n", PeakRssKb() / 1024,
              bytes / 1e6);
  return 0;
}
