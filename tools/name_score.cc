// Scores the resolution of short and plenum names (analysis/document_name.h,
// indexer/name_resolver.h) against the hand labels of tests/data/names.tsv: per kind, the
// precision and recall of the numbers the names are linked to, and every error.
//
// usage: name_score GOLD_TSV PLENUMS_XML CORPUS=DIR…
//   GOLD_TSV     tests/data/names.tsv (corpus, document, begin, end, kind, numbers)
//   PLENUMS_XML  corpus/plenums.xml
//   CORPUS=DIR   where each corpus's documents are (baomoi=…, viwiki=…)
// A document is read as the .txt reader of the corpora has it: its first line is the title,
// the rest its text; offsets in the labels are bytes of the file. A label's numbers are "-"
// (the name must stay unlinked) or the numbers it stands for, joined by "|"; the names the
// builder links whose spans overlap a label's are its answer, right when the sets are equal.
// tools/score_names.sh unpacks the corpora and runs this.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/plenum_table.h"
#include "tools/text_files.h"

namespace {

using namespace vankien;

// The numbers of a gold row's last field, '|' between them.
std::vector<std::string> Numbers(const std::string& field) {
  std::vector<std::string> numbers;
  std::stringstream stream(field);
  for (std::string number; std::getline(stream, number, '|');) numbers.push_back(number);
  return numbers;
}

struct LinkedName {
  std::size_t begin, end;  // in the file
  std::string number;
};

// The names the builder links in the file at path.
std::vector<LinkedName> LinkedNames(const std::string& path, const indexer::PlenumTable& table) {
  const std::string bytes = tools::ReadFile(path);
  const std::size_t newline = bytes.find('\n');
  schema::DocumentRecord record;
  record.id = path;
  record.kind = "article";
  record.title = bytes.substr(0, newline);
  record.text = newline == std::string::npos ? "" : bytes.substr(newline + 1);
  indexer::DocumentBuilder builder(nullptr, &table);
  builder.Build(&record, path);
  std::vector<LinkedName> linked;
  for (const schema::Mention& m : record.mentions) {
    if (m.named_by.empty()) continue;
    const std::size_t offset = m.part == schema::Part::kTitle ? 0 : newline + 1;
    if (m.part == schema::Part::kSubject) continue;  // the corpora's files have none
    linked.push_back({offset + m.begin, offset + m.end, m.canonical});
  }
  return linked;
}

struct Counts {
  int labels = 0, gold_linked = 0, linked = 0, right = 0;
};

std::string Joined(const std::set<std::string>& numbers) {
  std::string out;
  for (const std::string& n : numbers) out += (out.empty() ? "" : "|") + n;
  return out.empty() ? "-" : out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: name_score GOLD_TSV PLENUMS_XML CORPUS=DIR...\n";
    return 2;
  }
  try {
    const indexer::PlenumTable table = indexer::LoadPlenumTable(argv[2]);
    std::map<std::string, std::string> roots;
    for (int i = 3; i < argc; ++i) {
      const std::string arg = argv[i];
      const std::size_t eq = arg.find('=');
      if (eq == std::string::npos) throw std::runtime_error("expected CORPUS=DIR, got " + arg);
      roots[arg.substr(0, eq)] = arg.substr(eq + 1);
    }
    std::ifstream gold(argv[1]);
    if (!gold) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    std::map<std::string, Counts> by_kind;
    std::map<std::string, std::vector<LinkedName>> cache;
    for (std::string line; std::getline(gold, line);) {
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string> f = tools::SplitTabs(line);
      if (f.size() != 6) throw std::runtime_error("malformed label: " + line);
      const std::string path = roots.at(f[0]) + "/" + f[1];
      if (!cache.count(path)) cache[path] = LinkedNames(path, table);
      const std::size_t begin = std::stoul(f[2]), end = std::stoul(f[3]);
      std::set<std::string> expected, got;
      if (f[5] != "-") {
        for (const std::string& n : Numbers(f[5])) expected.insert(n);
      }
      for (const LinkedName& name : cache[path]) {
        if (name.begin < end && begin < name.end) got.insert(name.number);
      }
      Counts& counts = by_kind[f[4]];
      ++counts.labels;
      counts.gold_linked += !expected.empty();
      counts.linked += !got.empty();
      const bool right = !got.empty() && got == expected;
      counts.right += right;
      if (got != expected) {
        std::cout << "  " << (got.empty() ? "miss " : expected.empty() ? "false" : "wrong") << "  " << f[0] << ' '
                  << f[1] << ' ' << begin << ' ' << f[4] << "  gold " << Joined(expected) << "  got " << Joined(got) << "\n";
      }
    }
    std::cout << "kind      labels  linked(gold)  linked  right  precision  recall\n";
    for (const auto& [kind, c] : by_kind) {
      std::printf("%-8s  %6d  %12d  %6d  %5d  %9.3f  %6.3f\n", kind.c_str(), c.labels, c.gold_linked, c.linked,
                  c.right, c.linked ? double(c.right) / c.linked : 0.0, c.gold_linked ? double(c.right) / c.gold_linked : 0.0);
    }
  } catch (const std::exception& e) {
    std::cerr << "name_score: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
