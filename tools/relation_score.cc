// Scores the typed citations of analysis/citation_relation.h against the hand labels of
// tests/data/relations.tsv (see relations.md), or lists the mentions of drawn documents for
// labelling.
//
// usage: relation_score GOLD_TSV COLLECTION=DIR…     precision and recall per relation
//        relation_score --list COLLECTION=DIR… < DRAWN   the mentions to label, with their sentence
//
// Each document is indexed whole as an article (the corpora are news and encyclopedia articles),
// by the indexer's own DocumentBuilder, so a relation counts only with the number that is its
// source, written or a short name the document resolves (indexer/name_resolver.h); a second
// table scores the relation alone (read as a document would be, any source), which tells how
// well the verbs are read apart from who the subject is. tools/score_relations.sh runs it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/citation_relation.h"
#include "analysis/text_scan.h"
#include "indexer/document_builder.h"
#include "schema/document_record.h"
#include "tools/text_files.h"

namespace {

namespace analysis = vankien::analysis;
namespace tools = vankien::tools;

using tools::ReadFile;
using tools::SplitTabs;

// One mention as read: its number, its occurrence among the document's mentions of that
// number (1-based), its relation and source ("" when none or the text itself).
struct Read {
  std::string number;
  int occurrence = 0;
  std::string relation;
  std::string source;
  analysis::TextSpan span;
};

std::vector<Read> ReadDocument(const std::string& text, analysis::Voice voice, analysis::Analyzer* analyzer) {
  analysis::Analysis result;
  analyzer->Analyze(text, &result);
  const auto relations = analysis::FindCitationRelations(text, result, voice);
  std::map<std::string, int> seen;
  std::vector<Read> out;
  for (std::size_t i = 0; i < relations.size(); ++i) {
    Read read;
    read.number = result.identifiers[i].canonical;
    read.occurrence = ++seen[read.number];
    read.relation = analysis::RelationName(relations[i].relation);
    if (relations[i].source != analysis::kTheText) read.source = result.identifiers[relations[i].source].canonical;
    read.span = result.identifiers[i].span;
    out.push_back(read);
  }
  return out;
}

// The written numbers of `text` indexed as an article, as ReadDocument gives them: what the
// index stores of each (its relation, and its source when a number or a resolved name).
std::vector<Read> ReadIndexed(const std::string& text, vankien::indexer::DocumentBuilder* builder) {
  vankien::schema::DocumentRecord record;
  record.id = "scored";
  record.kind = "article";
  record.text = text;
  builder->Build(&record, "scored");
  std::map<std::string, int> seen;
  std::vector<Read> out;
  for (const vankien::schema::Mention& mention : record.mentions) {
    if (!mention.named_by.empty()) continue;
    Read read;
    read.number = mention.canonical;
    read.occurrence = ++seen[read.number];
    read.relation = mention.relation;
    read.source = mention.by;
    read.span = {mention.begin, mention.end};
    out.push_back(read);
  }
  return out;
}

// The sentence around [begin, end), within 300 bytes each side, on one line.
std::string SentenceAround(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t from = begin;
  while (from > 0 && begin - from < 300 && analysis::SentenceEndLength(text, from - 1) == 0) --from;
  std::size_t to = end;
  while (to < text.size() && to - end < 300 && analysis::SentenceEndLength(text, to) == 0) ++to;
  // Whole characters only.
  while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  while (to > end && to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) --to;
  std::string line = text.substr(from, begin - from) + "⟦" + text.substr(begin, end - begin) + "⟧" +
                     text.substr(end, to - end);
  for (char& c : line) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return line;
}

struct Counts {
  int gold = 0, found = 0, right = 0;
};

void PrintTable(const char* title, const std::map<std::string, Counts>& by_relation) {
  std::printf("%s\n%-12s %6s %6s %6s %9s %7s\n", title, "relation", "gold", "found", "right", "precision", "recall");
  Counts total;
  for (const auto& [relation, c] : by_relation) {
    std::printf("%-12s %6d %6d %6d %9.3f %7.3f\n", relation.c_str(), c.gold, c.found, c.right,
                c.found ? 1.0 * c.right / c.found : 0.0, c.gold ? 1.0 * c.right / c.gold : 0.0);
    total.gold += c.gold;
    total.found += c.found;
    total.right += c.right;
  }
  std::printf("%-12s %6d %6d %6d %9.3f %7.3f\n\n", "all", total.gold, total.found, total.right,
              total.found ? 1.0 * total.right / total.found : 0.0, total.gold ? 1.0 * total.right / total.gold : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: relation_score GOLD_TSV COLLECTION=DIR…\n"
                 "       relation_score --list COLLECTION=DIR… < DRAWN\n";
    return 2;
  }
  const bool list = std::string(argv[1]) == "--list";
  std::map<std::string, std::string> collections;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    const std::size_t equals = arg.find('=');
    if (equals == std::string::npos) {
      std::cerr << "relation_score: expected COLLECTION=DIR, got " << arg << "\n";
      return 2;
    }
    collections[arg.substr(0, equals)] = arg.substr(equals + 1);
  }
  analysis::Analyzer analyzer;
  vankien::indexer::DocumentBuilder builder;
  try {
    auto path_of = [&](const std::string& collection, const std::string& doc) {
      auto it = collections.find(collection);
      if (it == collections.end()) throw std::runtime_error("no folder given for " + collection);
      return it->second + "/" + doc;
    };
    if (list) {
      for (std::string line; std::getline(std::cin, line);) {
        const auto f = SplitTabs(line);
        if (f.size() < 2 || f[0] == "collection") continue;
        const std::string text = ReadFile(path_of(f[0], f[1]));
        for (const Read& read : ReadDocument(text, analysis::Voice::kArticle, &analyzer)) {
          std::printf("%s\t%s\t%s\t%d\t%s\n", f[0].c_str(), f[1].c_str(), read.number.c_str(), read.occurrence,
                      SentenceAround(text, read.span.begin, read.span.end).c_str());
        }
      }
      return 0;
    }
    // Gold: collection, doc, number, occurrence, relation (or "none"), source (a number, "self",
    // "unnamed" or "-").
    std::ifstream gold_in(argv[1]);
    if (!gold_in) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    std::map<std::pair<std::string, std::string>, std::map<std::pair<std::string, int>, std::vector<std::string>>> gold;
    for (std::string line; std::getline(gold_in, line);) {
      const auto f = SplitTabs(line);
      if (f.size() < 6 || f[0] == "collection") continue;
      gold[{f[0], f[1]}][{f[2], std::stoi(f[3])}] = {f[4] == "none" ? "" : f[4], f[5]};
    }
    std::map<std::string, Counts> sourced, typed;
    int unlabelled = 0, missing = 0;
    for (const auto& [doc, labels] : gold) {
      const std::string text = ReadFile(path_of(doc.first, doc.second));
      const std::vector<Read> as_article = ReadIndexed(text, &builder);
      const std::vector<Read> as_document = ReadDocument(text, analysis::Voice::kDocument, &analyzer);
      if (as_article.size() != as_document.size()) {
        throw std::runtime_error(doc.second + ": the index and the analyser find different numbers");
      }
      std::size_t matched = 0;
      for (std::size_t i = 0; i < as_article.size(); ++i) {
        auto label = labels.find({as_article[i].number, as_article[i].occurrence});
        if (label == labels.end()) {
          ++unlabelled;
          continue;
        }
        ++matched;
        const std::string& relation = label->second[0];
        const std::string& source = label->second[1];
        const bool numbered = source != "self" && source != "unnamed" && source != "-";
        // As indexed: an article's relation counts with its numbered source.
        const std::string gold_sourced = numbered ? relation : "";
        const Read& a = as_article[i];
        if (!gold_sourced.empty()) ++sourced[gold_sourced].gold;
        if (!a.relation.empty()) ++sourced[a.relation].found;
        const bool right = !a.relation.empty() && a.relation == gold_sourced && a.source == source;
        if (right) ++sourced[a.relation].right;
        // The relation alone.
        const Read& d = as_document[i];
        if (!relation.empty()) ++typed[relation].gold;
        if (!d.relation.empty()) ++typed[d.relation].found;
        if (!d.relation.empty() && d.relation == relation) ++typed[d.relation].right;
        if ((!a.relation.empty() || !gold_sourced.empty()) && !right) {
          std::printf("article\t%s\t%s\t%s#%d\tgold %s by %s\tread %s by %s\n", doc.first.c_str(), doc.second.c_str(),
                      a.number.c_str(), a.occurrence, relation.empty() ? "none" : relation.c_str(), source.c_str(),
                      a.relation.empty() ? "none" : a.relation.c_str(), a.source.empty() ? "-" : a.source.c_str());
        }
        if (d.relation != relation) {
          std::printf("relation\t%s\t%s\t%s#%d\tgold %s\tread %s\n", doc.first.c_str(), doc.second.c_str(),
                      d.number.c_str(), d.occurrence, relation.empty() ? "none" : relation.c_str(),
                      d.relation.empty() ? "none" : d.relation.c_str());
        }
      }
      missing += static_cast<int>(labels.size() - std::min(labels.size(), matched));
    }
    std::printf("\n");
    PrintTable("As indexed (articles: a relation counts with the number that is its source):", sourced);
    PrintTable("The relation alone (any source, read as a document's own text):", typed);
    std::printf("documents %zu; mentions found but not labelled %d; labels not found %d\n", gold.size(), unlabelled,
                missing);
  } catch (const std::exception& e) {
    std::cerr << "relation_score: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
