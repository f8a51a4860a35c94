// Restoring diacritics, measured (issue 25): each title of a list, stripped of its marks, is
// searched as a query; the query the search restores is compared word by word with the title as
// written. Beside it, the baseline of the most frequent form of each word in the index. Prints
// word and whole-title accuracy of both, and how often the restoration was sure (then searched
// restored) and how accurate it was then.
// usage: eval_restoration DB TITLES.txt [--errors]   (one title per line, with its diacritics;
//        --errors also prints each word restored wrong, as written → as restored)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "query/diacritics_restoration.h"
#include "query/searcher.h"

namespace {

using vankien::analysis::Analysis;
using vankien::analysis::Analyzer;
using vankien::analysis::TokenKind;

std::vector<std::string> Words(Analyzer* analyzer, const std::string& text, bool folded) {
  Analysis analysis;
  analyzer->Analyze(text, &analysis);
  std::vector<std::string> words;
  for (const auto& token : analysis.tokens) {
    if (token.kind == TokenKind::kWord) words.push_back(folded ? token.folded : token.exact);
  }
  return words;
}

struct Tally {
  std::size_t words = 0, right_words = 0, titles = 0, right_titles = 0;
  void Add(const std::vector<std::string>& truth, const std::vector<std::string>& guess) {
    bool all = truth.size() == guess.size();
    for (std::size_t i = 0; i < truth.size(); ++i) {
      const bool right = i < guess.size() && guess[i] == truth[i];
      right_words += right;
      all = all && right;
    }
    words += truth.size();
    ++titles;
    right_titles += all;
  }
  void Print(const char* name) const {
    std::printf("%-22s titles %zu words %zu word_accuracy %.4f title_accuracy %.4f\n", name, titles, words,
                words ? static_cast<double>(right_words) / words : 0.0,
                titles ? static_cast<double>(right_titles) / titles : 0.0);
  }
};

}  // namespace

int main(int argc, char** argv) {
  const bool print_errors = argc == 4 && std::string(argv[3]) == "--errors";
  if (argc != 3 && !print_errors) {
    std::cerr << "usage: eval_restoration DB TITLES.txt [--errors]\n";
    return 2;
  }
  vankien::query::Searcher searcher(argv[1]);
  Xapian::Database db(argv[1]);
  vankien::query::WordForms forms(db);
  Analyzer analyzer;
  Tally restored, baseline, sure;
  std::ifstream in(argv[2]);
  for (std::string title; std::getline(in, title);) {
    const std::vector<std::string> truth = Words(&analyzer, title, false);
    const std::vector<std::string> folded = Words(&analyzer, title, true);
    if (truth.empty()) continue;
    std::string query;
    for (const std::string& word : folded) query += (query.empty() ? "" : " ") + word;
    vankien::query::SearchRequest request;
    request.query = query;
    vankien::query::SearchResult result;
    try {
      result = searcher.Search(request);
    } catch (const vankien::query::QueryError&) {
      continue;  // a title that is no query (only an operator word): not a restoration
    }
    // No restored query: restoring changed nothing, the query as typed is the restoration.
    const std::vector<std::string> guess = Words(&analyzer, result.restored_query.empty() ? query : result.restored_query, false);
    restored.Add(truth, guess);
    for (std::size_t i = 0; print_errors && i < truth.size() && i < guess.size(); ++i) {
      if (guess[i] != truth[i]) std::printf("%s -> %s\n", truth[i].c_str(), guess[i].c_str());
    }
    if (result.searched_restored) sure.Add(truth, guess);
    std::vector<std::string> frequent;
    for (const std::string& word : folded) {
      const auto& known = forms.FormsOf(word);
      frequent.push_back(known.empty() ? word : known.front().exact);
    }
    baseline.Add(truth, frequent);
  }
  restored.Print("restored");
  baseline.Print("most_frequent_form");
  sure.Print("restored_when_sure");
  return 0;
}
