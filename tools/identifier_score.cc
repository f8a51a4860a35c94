// Scores the identifier extractor against the hand-checked gold annotations in
// ../shared/gold/identifiers: precision, recall and F1 over (document, canonical id) pairs, the
// accuracy of issue dates, and every miss and false hit.
//
// usage: identifier_score GOLD_DIR SEEDS_DIR BAOMOI_DIR
//   GOLD_DIR    ../shared/gold/identifiers (docs.tsv, mentions.tsv)
//   SEEDS_DIR   ../shared/seeds
//   BAOMOI_DIR  an unpacked ../shared/corpora/baomoi-2017.tar.xz (holding data/<id>.txt)
// tools/score_identifiers.sh unpacks baomoi and runs this.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/identifier_extractor.h"
#include "tools/text_files.h"

namespace {

using vankien::analysis::ExtractIdentifiers;
using vankien::analysis::IdentifierMention;
using vankien::tools::ReadFile;
using vankien::tools::SplitTabs;

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: identifier_score GOLD_DIR SEEDS_DIR BAOMOI_DIR\n";
    return 2;
  }
  const std::string gold_dir = argv[1], seeds_dir = argv[2], baomoi_dir = argv[3];
  try {
    // Documents, and their gold (canonical) and (canonical, date) sets.
    std::vector<std::pair<std::string, std::string>> docs;
    std::ifstream docs_in(gold_dir + "/docs.tsv");
    if (!docs_in) throw std::runtime_error("cannot read " + gold_dir + "/docs.tsv");
    for (std::string line; std::getline(docs_in, line);) {
      auto f = SplitTabs(line);
      if (f.size() >= 2) docs.emplace_back(f[0], f[1]);
    }
    std::map<std::string, std::set<std::string>> gold_ids;
    std::map<std::string, std::multiset<std::string>> gold_dated;
    std::ifstream mentions_in(gold_dir + "/mentions.tsv");
    std::string header;
    std::getline(mentions_in, header);
    for (std::string line; std::getline(mentions_in, line);) {
      auto f = SplitTabs(line);
      if (f.size() < 5) continue;
      std::string key = f[0] + "/" + f[1];
      gold_ids[key].insert(f[2]);
      if (!f[4].empty()) gold_dated[key].insert(f[2] + "@" + f[4]);
    }

    std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
    std::size_t dates_gold = 0, dates_right = 0, dates_extra = 0;
    std::vector<std::string> report;
    for (const auto& [source, path] : docs) {
      std::string file = (source == "seeds" ? seeds_dir : baomoi_dir) + "/" + path;
      std::string text = ReadFile(file);
      std::set<std::string> found;
      std::multiset<std::string> found_dated;
      for (const IdentifierMention& m : ExtractIdentifiers(text)) {
        found.insert(m.canonical);
        if (m.date) found_dated.insert(m.canonical + "@" + m.date->ToIso());
      }
      std::string key = source + "/" + path;
      const std::set<std::string>& expected = gold_ids[key];
      for (const std::string& id : found) {
        if (expected.count(id)) {
          ++true_positives;
        } else {
          ++false_positives;
          report.push_back("false hit  " + key + "  " + id);
        }
      }
      for (const std::string& id : expected) {
        if (!found.count(id)) {
          ++false_negatives;
          report.push_back("miss       " + key + "  " + id);
        }
      }
      std::multiset<std::string> remaining = found_dated;
      for (const std::string& dated : gold_dated[key]) {
        ++dates_gold;
        auto it = remaining.find(dated);
        if (it != remaining.end()) {
          ++dates_right;
          remaining.erase(it);
        } else {
          report.push_back("date miss  " + key + "  " + dated);
        }
      }
      for (const std::string& dated : remaining) {
        ++dates_extra;
        report.push_back("date extra " + key + "  " + dated);
      }
    }
    for (const std::string& line : report) std::cout << line << "\n";
    double precision = true_positives / double(true_positives + false_positives);
    double recall = true_positives / double(true_positives + false_negatives);
    double f1 = 2 * precision * recall / (precision + recall);
    std::cout << "documents " << docs.size() << "  pairs: gold " << true_positives + false_negatives
              << " found " << true_positives + false_positives << "\n"
              << "precision " << precision << "  recall " << recall << "  F1 " << f1 << "\n"
              << "dates: gold " << dates_gold << " right " << dates_right << " ("
              << (dates_gold ? 100.0 * dates_right / dates_gold : 100.0) << "%), extra "
              << dates_extra << "\n";
  } catch (const std::exception& e) {
    std::cerr << "identifier_score: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
