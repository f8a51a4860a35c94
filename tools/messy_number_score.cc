// Scores the identifier extractor on tests/data/messy_numbers.tsv: documents of the corpora
// drawn among those holding a messily written number, with every number they hold. Prints every
// miss and false hit, then for each sample and for both: recall per kind of mess, and precision
// and recall over all (document, canonical number) pairs of its documents.
//
// usage: messy_number_score GOLD_TSV NAME=DIR...
//   GOLD_TSV  corpus, document, canonical, kind, sample (a header line first); a document
//             holding no number has one line with an empty canonical and kind "none"
//   NAME=DIR  where the files of corpus NAME are (document paths are relative to DIR)
// tools/score_messy_numbers.sh unpacks the corpora and runs this.
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/identifier_extractor.h"
#include "tools/text_files.h"

namespace {

using vankien::analysis::ExtractIdentifiers;
using vankien::analysis::IdentifierMention;
using vankien::tools::ReadFile;
using vankien::tools::SplitTabs;

struct Tally {
  std::size_t gold = 0;
  std::size_t found = 0;
};

// The figures of one sample of documents.
struct Scores {
  std::map<std::string, Tally> by_kind;
  Tally messy;  // every kind but "clean"
  Tally all;
  std::size_t documents = 0;
  std::size_t false_hits = 0;
};

void Print(const std::string& title, const Scores& scores) {
  std::printf("\n== %s: %zu documents\n%-18s %6s %6s %8s\n", title.c_str(), scores.documents, "kind", "gold",
              "found", "recall");
  auto row = [](const std::string& name, const Tally& tally) {
    std::printf("%-18s %6zu %6zu %8.3f\n", name.c_str(), tally.gold, tally.found,
                tally.gold ? double(tally.found) / tally.gold : 1.0);
  };
  for (const auto& [kind, tally] : scores.by_kind) {
    if (kind != "none") row(kind, tally);
  }
  row("all messy kinds", scores.messy);
  const std::size_t returned = scores.all.found + scores.false_hits;
  std::printf("pairs: gold %zu, right %zu, false hits %zu\nprecision %.3f  recall %.3f\n", scores.all.gold,
              scores.all.found, scores.false_hits, returned ? double(scores.all.found) / returned : 1.0,
              scores.all.gold ? double(scores.all.found) / scores.all.gold : 1.0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: messy_number_score GOLD_TSV NAME=DIR...\n";
    return 2;
  }
  try {
    std::map<std::string, std::string> corpus_dirs;
    for (int a = 2; a < argc; ++a) {
      const std::string arg = argv[a];
      const auto eq = arg.find('=');
      if (eq == std::string::npos) throw std::runtime_error("not NAME=DIR: " + arg);
      corpus_dirs[arg.substr(0, eq)] = arg.substr(eq + 1);
    }
    // Each document's gold pairs, canonical number → kind, and the sample it was drawn in.
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> gold;
    std::map<std::pair<std::string, std::string>, std::string> sample_of;
    const std::string table = ReadFile(argv[1]);
    std::size_t line_start = table.find('\n') + 1;  // past the header
    while (line_start < table.size()) {
      std::size_t line_end = table.find('\n', line_start);
      if (line_end == std::string::npos) line_end = table.size();
      const auto f = SplitTabs(table.substr(line_start, line_end - line_start));
      line_start = line_end + 1;
      if (f.size() < 5) continue;
      sample_of[{f[0], f[1]}] = f[4];
      auto& numbers = gold[{f[0], f[1]}];
      if (!f[2].empty()) numbers[f[2]] = f[3];
    }

    std::map<std::string, Scores> by_sample;
    Scores overall;
    std::vector<std::string> report;
    for (const auto& [document, expected] : gold) {
      const auto dir = corpus_dirs.find(document.first);
      if (dir == corpus_dirs.end()) throw std::runtime_error("no folder given for corpus " + document.first);
      std::set<std::string> found;
      for (const IdentifierMention& m : ExtractIdentifiers(ReadFile(dir->second + "/" + document.second))) {
        found.insert(m.canonical);
      }
      const std::string where = document.first + "/" + document.second;
      for (Scores* scores : {&by_sample[sample_of[document]], &overall}) {
        ++scores->documents;
        for (const auto& [number, kind] : expected) {
          const bool hit = found.count(number) != 0;
          for (Tally* tally : {&scores->by_kind[kind], &scores->all, kind == "clean" ? nullptr : &scores->messy}) {
            if (tally == nullptr) continue;
            ++tally->gold;
            tally->found += hit;
          }
        }
        for (const std::string& number : found) scores->false_hits += expected.count(number) == 0;
      }
      for (const auto& [number, kind] : expected) {
        if (found.count(number) == 0) report.push_back("miss       " + where + "  " + number + "  (" + kind + ")");
      }
      for (const std::string& number : found) {
        if (expected.count(number) == 0) report.push_back("false hit  " + where + "  " + number);
      }
    }
    for (const std::string& line : report) std::cout << line << "\n";
    for (const auto& [sample, scores] : by_sample) Print("sample " + sample, scores);
    Print("both samples", overall);
  } catch (const std::exception& e) {
    std::cerr << "messy_number_score: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
