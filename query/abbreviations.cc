#include "query/abbreviations.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace vankien::query {
namespace {

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

Abbreviations Abbreviations::FromJson(std::string_view json) {
  Abbreviations table;
  if (json.empty()) return table;
  try {
    for (const auto& stored : nlohmann::json::parse(json)) {
      Entry entry;
      entry.ambiguous = stored.at("ambiguous").get<bool>();
      for (const auto& words : stored.at("words")) {
        std::vector<std::string> split = SplitWords(words.get<std::string>());
        if (split.empty()) continue;
        // A form already listed keeps its first entry, as the indexer's validation would.
        if (!table.by_words_.emplace(words.get<std::string>(), table.entries_.size()).second) continue;
        table.max_words_ = std::max(table.max_words_, split.size());
        entry.forms.push_back(std::move(split));
      }
      table.entries_.push_back(std::move(entry));
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::invalid_argument(std::string("the abbreviation table stored in the index is not readable: ") + e.what());
  }
  return table;
}

std::vector<AbbreviationSpan> Abbreviations::Find(const std::vector<analysis::Token>& tokens) const {
  std::vector<AbbreviationSpan> spans;
  std::string key;
  for (std::size_t begin = 0; begin < tokens.size();) {
    // The words from `begin` that may form one run: words within one sentence.
    std::size_t limit = begin;
    while (limit < tokens.size() && limit - begin < max_words_ && tokens[limit].kind == analysis::TokenKind::kWord &&
           (limit == begin || tokens[limit].gap != analysis::Gap::kSentence)) {
      ++limit;
    }
    bool found = false;
    for (std::size_t end = limit; end > begin && !found; --end) {
      key.clear();
      for (std::size_t i = begin; i < end; ++i) key.append(i == begin ? "" : " ").append(tokens[i].folded);
      auto it = by_words_.find(key);
      if (it == by_words_.end()) continue;
      AbbreviationSpan span{begin, end, {}};
      const Entry& entry = entries_[it->second];
      if (!entry.ambiguous) {
        for (const std::vector<std::string>& form : entry.forms) {
          if (form.size() != end - begin || !std::equal(form.begin(), form.end(), tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                                        [](const std::string& word, const analysis::Token& token) {
                                                          return word == token.folded;
                                                        })) {
            span.others.push_back(form);
          }
        }
      }
      spans.push_back(std::move(span));
      begin = end;
      found = true;
    }
    if (!found) ++begin;
  }
  return spans;
}

}  // namespace vankien::query
