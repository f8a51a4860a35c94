#include "query/passage_locator.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/char_tables.h"
#include "analysis/identifier_extractor.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"
#include "analysis/utf8.h"

namespace vankien::query {
namespace {

constexpr char kSentenceEnd = '|';

struct FoldedText {
  std::string text;                  // folded, words separated by a space, or by '|' across a sentence end
  std::vector<uint32_t> origin;      // for each byte of text, the offset of its character in the original
};

FoldedText Fold(std::string_view original) {
  const analysis::CharTables& tables = analysis::CharTables::Get();
  FoldedText folded;
  folded.text.resize(original.size() * 2);  // a character never folds to more than twice its bytes
  folded.origin.resize(original.size() * 2);
  char* out = folded.text.data();
  uint32_t* origin = folded.origin.data();
  std::size_t n = 0;
  auto put = [&](char c, std::size_t at) {
    out[n] = c;
    origin[n++] = static_cast<uint32_t>(at);
  };
  auto space = [&](std::size_t at) {
    if (n > 0 && out[n - 1] != ' ' && out[n - 1] != kSentenceEnd) put(' ', at);
  };
  // The analyser makes no pair across a sentence end (analysis::SentenceEndLength), so no
  // needle of several words may be found across one.
  auto sentence_end = [&](std::size_t at) {
    if (n > 0 && out[n - 1] == ' ') out[n - 1] = kSentenceEnd;
    else if (n > 0 && out[n - 1] != kSentenceEnd) put(kSentenceEnd, at);
  };
  std::size_t i = 0;
  while (i < original.size()) {
    const std::size_t at = i;
    auto byte = static_cast<unsigned char>(original[i]);
    if (byte < 0x80) {
      ++i;
      if (analysis::IsAsciiAlnum(static_cast<char>(byte))) {
        put(static_cast<char>(analysis::IsAsciiUpper(static_cast<char>(byte)) ? byte + 32 : byte), at);
      } else if (analysis::SentenceEndLength(original, at) > 0) {
        sentence_end(at);
      } else {
        space(at);
      }
      continue;
    }
    if (const std::size_t length = analysis::SentenceEndLength(original, at)) {  // "…"
      i += length;
      sentence_end(at);
      continue;
    }
    bool invalid = false;
    char32_t stripped = tables.StripDiacritics(analysis::DecodeUtf8(original, &i, &invalid));
    if (stripped == 0) continue;  // a combining mark: part of the letter before
    if (stripped < 0x80) {        // every Vietnamese letter
      if (analysis::IsAsciiAlnum(static_cast<char>(stripped))) {
        put(static_cast<char>(stripped), at);
      } else {
        space(at);
      }
      continue;
    }
    if (!analysis::IsWordChar(stripped)) {
      space(at);
      continue;
    }
    std::string encoded;
    analysis::AppendUtf8(stripped, &encoded);
    for (char c : encoded) put(c, at);
  }
  folded.text.resize(n);
  folded.origin.resize(n);
  return folded;
}

// Adds (position, id) for every occurrence of `needle` at word boundaries.
void FindAll(const std::string& haystack, const std::string& needle, int id,
             std::vector<std::pair<std::size_t, int>>* found) {
  if (needle.empty()) return;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
    bool starts = at == 0 || haystack[at - 1] == ' ' || haystack[at - 1] == kSentenceEnd;
    std::size_t end = at + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ' || haystack[end] == kSentenceEnd;
    if (starts && ends) found->emplace_back(at, id);
  }
}

// Whether the occurrence of `needle` (folded words, one space apart) at folded offset `at` is
// written in forms the query asked for (HighlightTerms::forms) wherever it asks.
bool InWrittenForms(std::string_view original, const FoldedText& folded, const std::string& needle, std::size_t at,
                    const std::map<std::string, std::set<std::string>>& forms) {
  for (std::size_t begin = 0; begin < needle.size();) {
    std::size_t end = std::min(needle.find(' ', begin), needle.size());
    auto asked = forms.find(needle.substr(begin, end - begin));
    if (asked != forms.end()) {
      const std::size_t from = folded.origin[at + begin];
      const std::size_t to = at + end < folded.origin.size() ? folded.origin[at + end] : original.size();
      if (!asked->second.count(analysis::ExactForm(original.substr(from, to - from)))) return false;
    }
    begin = end + 1;
  }
  return true;
}

// Where the query asks for forms (typed with diacritics): of each pair or word some of whose
// occurrences are in those forms, only those count ("tự chuyển", not "từ chuyển"), as the
// snippet will mark them.
void PreferWrittenForms(std::string_view original, const FoldedText& folded, const std::vector<std::string>& needles,
                        const HighlightTerms& terms, std::vector<std::pair<std::size_t, int>>* found) {
  if (terms.forms.empty()) return;
  std::vector<bool> written(found->size());
  std::set<int> some_written;
  for (std::size_t i = 0; i < found->size(); ++i) {
    const auto [at, id] = (*found)[i];
    written[i] = InWrittenForms(original, folded, needles[static_cast<std::size_t>(id)], at, terms.forms);
    if (written[i]) some_written.insert(id);
  }
  std::vector<std::pair<std::size_t, int>> kept;
  for (std::size_t i = 0; i < found->size(); ++i) {
    if (written[i] || !some_written.count((*found)[i].second)) kept.push_back((*found)[i]);
  }
  *found = std::move(kept);
}

}  // namespace

std::size_t LocatePassage(std::string_view text, const HighlightTerms& terms, std::size_t window_bytes) {
  // Offsets are kept in 32 bits: a longer text is only searched in its first 4 GB.
  const std::string_view searched = text.substr(0, UINT32_MAX);
  FoldedText folded = Fold(searched);
  std::vector<std::pair<std::size_t, int>> found;
  std::vector<std::string> needles;  // by id
  for (const std::set<std::string>* list : {&terms.phrases, &terms.pairs, &terms.words}) {
    for (const std::string& needle : *list) {
      FindAll(folded.text, needle, static_cast<int>(needles.size()), &found);
      needles.push_back(needle);
    }
  }
  PreferWrittenForms(searched, folded, needles, terms, &found);
  int id = static_cast<int>(needles.size());
  // Numbers are written too many ways to be found by their folded form: the extractor reads them.
  if (!terms.numbers.empty()) {
    std::map<std::string, int> number_ids;
    for (const std::string& number : terms.numbers) number_ids.emplace(number, id++);
    for (const analysis::IdentifierMention& mention : analysis::ExtractIdentifiers(text.substr(0, UINT32_MAX))) {
      auto it = number_ids.find(mention.canonical);
      if (it == number_ids.end()) continue;
      // The first folded byte from the mention's start on.
      auto at = std::lower_bound(folded.origin.begin(), folded.origin.end(), mention.span.begin);
      if (at != folded.origin.end()) found.emplace_back(at - folded.origin.begin(), it->second);
    }
  }
  if (found.empty()) {
    for (const std::string& word : terms.all_words) {
      FindAll(folded.text, word, static_cast<int>(needles.size()), &found);
      needles.push_back(word);
    }
    PreferWrittenForms(searched, folded, needles, terms, &found);
  }
  if (found.empty()) return 0;
  std::sort(found.begin(), found.end());
  // The window (in folded bytes) with the most distinct matches; ties: the earliest.
  std::map<int, int> inside;
  std::size_t left = 0, best_start = found.front().first;
  int distinct = 0, best = 0;
  for (std::size_t right = 0; right < found.size(); ++right) {
    if (inside[found[right].second]++ == 0) ++distinct;
    while (found[right].first - found[left].first > window_bytes) {
      if (--inside[found[left].second] == 0) --distinct;
      ++left;
    }
    if (distinct > best) {
      best = distinct;
      best_start = found[left].first;
    }
  }
  return folded.origin[best_start];
}

}  // namespace vankien::query
