// Search latency through the Searcher, as the service calls it: for each query of a
// "qid<TAB>query" file, one page of 10 with or without snippets and facets. Prints p50, p99
// and the mean, so the cost of each part of a response can be seen apart from HTTP.
// usage: bench_search DB QUERIES.tsv [--snippets] [--facets] [--sort-date]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

#include "query/searcher.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_search DB QUERIES.tsv [--snippets] [--facets]\n";
    return 2;
  }
  vankien::query::Searcher searcher(argv[1]);
  vankien::query::SearchRequest base;
  base.snippets = false;
  for (int i = 3; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--snippets") base.snippets = true;
    if (flag == "--facets") base.facets = true;
    if (flag == "--sort-date") base.sort = vankien::query::SortOrder::kDate;
  }
  std::ifstream in(argv[2]);
  std::vector<double> milliseconds;
  for (std::string line; std::getline(in, line);) {
    vankien::query::SearchRequest request = base;
    request.query = line.substr(line.find('\t') + 1);
    auto start = std::chrono::steady_clock::now();
    try {
      searcher.Search(request);
    } catch (const vankien::query::QueryError&) {
      continue;
    }
    milliseconds.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  double mean = std::accumulate(milliseconds.begin(), milliseconds.end(), 0.0) / milliseconds.size();
  std::printf("queries %zu p50_ms %.3f p99_ms %.3f mean_ms %.3f\n", milliseconds.size(),
              milliseconds[milliseconds.size() / 2], milliseconds[milliseconds.size() * 99 / 100], mean);
  return 0;
}
