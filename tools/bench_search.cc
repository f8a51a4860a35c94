// Search latency through the Searcher, as the service calls it: for each query of a
// "qid<TAB>query" file, one page of 10 with or without snippets, facets and the timeline — or,
// with --export, the first 1000 results written as CSV, RIS or BibTeX. Prints p50, p99, the
// mean and the median number of matches, so the cost of each part of a response can be seen
// apart from HTTP.
// usage: bench_search DB QUERIES.tsv [--snippets] [--facets] [--timeline] [--sort-date]
//                     [--export csv|ris|bibtex]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "query/result_export.h"
#include "query/searcher.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_search DB QUERIES.tsv [--snippets] [--facets] [--timeline] [--sort-date] "
                 "[--export csv|ris|bibtex]\n";
    return 2;
  }
  vankien::query::Searcher searcher(argv[1]);
  vankien::query::SearchRequest base;
  base.snippets = false;
  std::optional<vankien::query::ExportFormat> export_format;
  for (int i = 3; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--snippets") base.snippets = true;
    if (flag == "--facets") base.facets = true;
    if (flag == "--timeline") base.timeline = true;
    if (flag == "--sort-date") base.sort = vankien::query::SortOrder::kDate;
    if (flag == "--export" && i + 1 < argc) export_format = vankien::query::ExportFormatNamed(argv[++i]);
  }
  if (export_format) base.limit = vankien::query::kMaxLimit;
  std::ifstream in(argv[2]);
  // Once untimed: the first search of an index revision builds what a service then reuses for
  // every search of it (the facet index).
  vankien::query::SearchRequest first = base;
  first.query = "a";
  searcher.Search(first);
  std::vector<double> milliseconds;
  std::vector<Xapian::doccount> matches;
  for (std::string line; std::getline(in, line);) {
    vankien::query::SearchRequest request = base;
    request.query = line.substr(line.find('\t') + 1);
    auto start = std::chrono::steady_clock::now();
    try {
      vankien::query::SearchResult result = searcher.Search(request);
      matches.push_back(result.total_estimated);
      if (export_format) {
        std::vector<vankien::schema::DocumentRecord> records;
        for (vankien::query::Hit& hit : result.hits) records.push_back(std::move(hit.record));
        if (vankien::query::ExportRecords(records, *export_format, searcher.Topics()).empty()) return 1;
      }
    } catch (const vankien::query::QueryError&) {
      continue;
    }
    milliseconds.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  if (milliseconds.empty()) {
    std::cerr << "bench_search: no query ran\n";
    return 1;
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  std::sort(matches.begin(), matches.end());
  double mean = std::accumulate(milliseconds.begin(), milliseconds.end(), 0.0) / milliseconds.size();
  std::printf("queries %zu p50_ms %.3f p99_ms %.3f mean_ms %.3f median_matches %u\n", milliseconds.size(),
              milliseconds[milliseconds.size() / 2], milliseconds[milliseconds.size() * 99 / 100], mean,
              matches[matches.size() / 2]);
  return 0;
}
