#include "indexer/topic_model.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

#include "analysis/analyzer.h"
#include "indexer/table_file.h"
#include "indexer/topic_terms.h"

namespace vankien::indexer {
namespace {

// The fields of a line split at TABs.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

TopicModel TopicModel::Parse(std::string_view tsv, const std::vector<std::string>& codes, const std::string& name) {
  std::map<std::string, std::uint32_t, std::less<>> topic_of;
  for (std::size_t t = 0; t < codes.size(); ++t) topic_of[codes[t]] = static_cast<std::uint32_t>(t);
  TopicModel model;
  model.constants_.assign(codes.size(), 0.0);
  std::vector<bool> constant_given(codes.size(), false);
  std::set<std::pair<std::uint64_t, std::uint32_t>> given;
  std::size_t line_number = 0;
  analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  for (std::size_t start = 0; start < tsv.size();) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](const std::string& problem) {
      throw TopicModelError(name + ":" + std::to_string(line_number) + ": " + problem);
    };
    const std::vector<std::string_view> fields = Fields(line);
    if (fields.size() != 3) fail("a line must hold a term, a topic code and points, TAB-separated");
    auto topic = topic_of.find(fields[1]);
    if (topic == topic_of.end()) fail("unknown topic code \"" + std::string(fields[1]) + "\"");
    const std::string number(fields[2]);
    double points = 0;
    try {
      std::size_t used = 0;
      points = std::stod(number, &used);
      if (used != number.size()) fail("\"" + number + "\" is not a number");
    } catch (const std::logic_error&) {
      fail("\"" + number + "\" is not a number");
    }
    if (!std::isfinite(points)) fail("points must be a finite number");
    if (fields[0] == "*") {
      if (constant_given[topic->second]) fail("a second constant for " + topic->first);
      constant_given[topic->second] = true;
      model.constants_[topic->second] = points;
      continue;
    }
    // Analysed as a document is, so that a term holding a dot ("tp.hcm") is one word here too.
    analyzer.Analyze(fields[0], &analysis);
    const std::vector<analysis::Token>& words = analysis.tokens;
    const bool all_words = std::all_of(words.begin(), words.end(), [](const analysis::Token& token) {
      return token.kind == analysis::TokenKind::kWord;
    });
    if (words.empty() || words.size() > 2 || !all_words) fail("a term is one word or two");
    const std::uint64_t key = TopicTermKey(words.size() == 1 ? words[0].folded : words[0].folded + " " + words[1].folded);
    if (!given.insert({key, topic->second}).second) fail("\"" + std::string(fields[0]) + "\" twice for " + topic->first);
    Term& term = model.terms_[key];
    if (term.text.empty()) term.text = fields[0];
    term.points.emplace_back(topic->second, points);
    ++model.weight_count_;
  }
  return model;
}

TopicModel TopicModel::Load(const std::filesystem::path& path, const std::vector<std::string>& codes) {
  std::string text;
  if (!ReadTableFile(path, &text)) throw TopicModelError(path.string() + ": cannot read");
  return Parse(text, codes, path.string());
}

std::vector<double> TopicModel::Scores(const std::unordered_map<std::uint64_t, double>& values) const {
  std::vector<double> scores = constants_;
  for (const auto& [key, value] : values) {
    auto it = terms_.find(key);
    if (it == terms_.end()) continue;
    for (const auto& [topic, points] : it->second.points) scores[topic] += points * value;
  }
  return scores;
}

std::vector<std::string> TopicModel::Strongest(const std::unordered_map<std::uint64_t, double>& values,
                                               std::size_t topic, std::size_t count) const {
  std::vector<std::pair<double, const std::string*>> gains;
  for (const auto& [key, value] : values) {
    auto it = terms_.find(key);
    if (it == terms_.end()) continue;
    for (const auto& [t, points] : it->second.points) {
      if (t == topic && points * value > 0) gains.emplace_back(points * value, &it->second.text);
    }
  }
  // Ties by text, so the evidence does not depend on the order of the hash map.
  std::sort(gains.begin(), gains.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : *a.second < *b.second; });
  std::vector<std::string> strongest;
  for (std::size_t i = 0; i < gains.size() && i < count; ++i) strongest.push_back(*gains[i].second);
  return strongest;
}

std::string TopicModel::Fingerprint() const {
  std::vector<std::string> lines;
  for (const auto& [key, term] : terms_) {
    for (const auto& [topic, points] : term.points) {
      std::ostringstream line;
      line << std::setprecision(17) << term.text << '\t' << topic << '\t' << points;
      lines.push_back(line.str());
    }
  }
  std::sort(lines.begin(), lines.end());
  std::ostringstream out;
  out << std::setprecision(17);
  for (double constant : constants_) out << constant << '\n';
  for (const std::string& line : lines) out << line << '\n';
  return out.str();
}

}  // namespace vankien::indexer
