// Two ways to reward query words that appear together, in query order, measured side by side
// on the same texts and queries (issue 8 asks for both), and what not rewarding it at all
// would give and save (issue 5's throughput and size goals):
//   words     — the words alone, no pairs and no positions: BM25 over the query words;
//   pairs     — every two consecutive words indexed as one term (what vankien does);
//   phrase    — words indexed with positions, and each pair of consecutive query words asked
//               as a two-word phrase (Xapian OP_PHRASE) beside the words, at search time;
//   rerank    — words with positions, the top 100 by BM25 re-ranked by how many consecutive
//               query pairs stand side by side in each document.
// Each builds its own index of DIR with vankien's analysis chain, then answers the queries.
// Prints MRR@10 and search time p50/p99 per method, and each index's size and build time.
//
// usage: bench_proximity DIR QUERIES.tsv QRELS.tsv WORK_DIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace fs = std::filesystem;
using vankien::analysis::Analysis;
using vankien::analysis::Analyzer;
using vankien::analysis::Gap;
using Q = Xapian::Query;

namespace {

double Now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

std::uintmax_t Size(const fs::path& dir) {
  std::uintmax_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) total += entry.file_size();
  return total;
}

enum class Terms { kWords, kPairs, kPositions };

void Build(const std::vector<fs::path>& files, const fs::path& db, Terms terms) {
  Xapian::WritableDatabase out(db.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
  Analyzer analyzer;
  Analysis analysis;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    analyzer.Analyze(text.str(), &analysis);
    Xapian::Document document;
    const auto& tokens = analysis.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (terms == Terms::kPositions) {
        document.add_posting(tokens[i].folded, i + 1);
      } else {
        document.add_term(tokens[i].folded);
        if (terms == Terms::kPairs && i > 0 && tokens[i].gap != Gap::kSentence) {
          document.add_term("W" + tokens[i - 1].folded + " " + tokens[i].folded);
        }
      }
    }
    document.set_data(file.filename().string());
    out.add_document(document);
  }
  out.commit();
}

struct Result {
  double mrr = 0;
  std::vector<double> ms;
};

template <typename Search>
Result Run(const std::vector<std::pair<std::string, std::string>>& queries,
           const std::map<std::string, std::set<std::string>>& relevant, Search search) {
  Result result;
  Analyzer analyzer;
  Analysis analysis;
  for (const auto& [qid, text] : queries) {
    double start = Now();
    analyzer.Analyze(text, &analysis);
    std::vector<std::string> top = search(analysis);
    result.ms.push_back((Now() - start) * 1e3);
    auto wanted = relevant.find(qid);
    for (std::size_t r = 0; r < top.size() && r < 10; ++r) {
      if (wanted != relevant.end() && wanted->second.count(top[r])) {
        result.mrr += 1.0 / (r + 1);
        break;
      }
    }
  }
  result.mrr /= queries.size();
  std::sort(result.ms.begin(), result.ms.end());
  return result;
}

std::vector<std::string> Ids(const Xapian::MSet& mset) {
  std::vector<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
  return ids;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: bench_proximity DIR QUERIES.tsv QRELS.tsv WORK_DIR\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::pair<std::string, std::string>> queries;
  std::ifstream query_file(argv[2]);
  for (std::string line; std::getline(query_file, line);) {
    queries.emplace_back(line.substr(0, line.find('\t')), line.substr(line.find('\t') + 1));
  }
  std::map<std::string, std::set<std::string>> relevant;
  std::ifstream qrels(argv[3]);
  for (std::string line; std::getline(qrels, line);) {
    relevant[line.substr(0, line.find('\t'))].insert(fs::path(line.substr(line.find('\t') + 1)).filename().string());
  }
  const fs::path work = argv[4];
  const fs::path word_db = work / "words", pair_db = work / "pairs", position_db = work / "positions";
  double start = Now();
  Build(files, word_db, Terms::kWords);
  double word_seconds = Now() - start;
  start = Now();
  Build(files, pair_db, Terms::kPairs);
  double pair_seconds = Now() - start;
  start = Now();
  Build(files, position_db, Terms::kPositions);
  double position_seconds = Now() - start;

  Xapian::Database words_only(word_db.string()), pairs(pair_db.string()), positions(position_db.string());
  Xapian::Enquire word_enquire(words_only), pair_enquire(pairs), position_enquire(positions);

  Result word_result = Run(queries, relevant, [&](const Analysis& a) {
    std::vector<Q> words;
    for (const auto& t : a.tokens) words.emplace_back(t.folded);
    word_enquire.set_query(Q(Q::OP_OR, words.begin(), words.end()));
    return Ids(word_enquire.get_mset(0, 10));
  });

  Result pair_result = Run(queries, relevant, [&](const Analysis& a) {
    std::vector<Q> terms;
    for (std::size_t i = 1; i < a.tokens.size(); ++i) terms.emplace_back("W" + a.tokens[i - 1].folded + " " + a.tokens[i].folded);
    if (terms.empty()) for (const auto& t : a.tokens) terms.emplace_back(t.folded);
    pair_enquire.set_query(Q(Q::OP_OR, terms.begin(), terms.end()));
    return Ids(pair_enquire.get_mset(0, 10));
  });
  Result phrase_result = Run(queries, relevant, [&](const Analysis& a) {
    std::vector<Q> words, phrases;
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      words.emplace_back(a.tokens[i].folded);
      if (i > 0) {
        Q pair[] = {Q(a.tokens[i - 1].folded), Q(a.tokens[i].folded)};
        phrases.emplace_back(Q::OP_PHRASE, std::begin(pair), std::end(pair), 2);
      }
    }
    Q query(Q::OP_OR, Q(Q::OP_OR, words.begin(), words.end()),
            Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, phrases.begin(), phrases.end()), 2.0));
    position_enquire.set_query(query);
    return Ids(position_enquire.get_mset(0, 10));
  });
  Result rerank_result = Run(queries, relevant, [&](const Analysis& a) {
    std::vector<Q> words;
    for (const auto& t : a.tokens) words.emplace_back(t.folded);
    position_enquire.set_query(Q(Q::OP_OR, words.begin(), words.end()));
    Xapian::MSet mset = position_enquire.get_mset(0, 100);
    std::vector<std::pair<double, std::string>> scored;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      int together = 0;
      for (std::size_t i = 1; i < a.tokens.size(); ++i) {
        std::set<Xapian::termpos> first;
        try {
          for (auto p = positions.positionlist_begin(*it, a.tokens[i - 1].folded);
               p != positions.positionlist_end(*it, a.tokens[i - 1].folded); ++p) first.insert(*p);
          for (auto p = positions.positionlist_begin(*it, a.tokens[i].folded);
               p != positions.positionlist_end(*it, a.tokens[i].folded); ++p) {
            if (first.count(*p - 1)) {
              ++together;
              break;
            }
          }
        } catch (const Xapian::Error&) {
        }
      }
      scored.emplace_back(-(it.get_weight() + 2.0 * together), it.get_document().get_data());
    }
    std::stable_sort(scored.begin(), scored.end());
    std::vector<std::string> ids;
    for (const auto& [score, id] : scored) ids.push_back(id);
    return ids;
  });

  std::printf("%zu documents, %zu queries\n", files.size(), queries.size());
  std::printf("%-8s %8s %9s %9s %12s %10s\n", "method", "MRR@10", "p50 ms", "p99 ms", "index MB", "build s");
  auto row = [&](const char* name, const Result& r, const fs::path& db, double seconds) {
    std::printf("%-8s %8.4f %9.3f %9.3f %12.1f %10.1f\n", name, r.mrr, r.ms[r.ms.size() / 2],
                r.ms[r.ms.size() * 99 / 100], Size(db) / 1e6, seconds);
  };
  row("words", word_result, word_db, word_seconds);
  row("pairs", pair_result, pair_db, pair_seconds);
  row("phrase", phrase_result, position_db, position_seconds);
  row("rerank", rerank_result, position_db, position_seconds);
  return 0;
}
