// Lists the number-like strings of a corpus that look like document numbers — a number, then
// slashes or dashes and letters within a few characters — but that the identifier extractor
// rejects, or reads only part of. It is how the messy spellings of issue 21 were found: each
// frequent shape is then judged by hand (a variant to accept, or not an identifier).
//
// usage: number_candidates [--list [--all]] [--top N] NAME=DIR...
//   NAME=DIR  a corpus name and a folder of UTF-8 text files, read recursively
//   default   one line per shape, most frequent first: count, shape, status, an example
//             (corpus, file, the string)
//   --list    instead, one line per candidate: corpus, file, byte offset, status, shape, string
//   --all     with --list: also the candidates the extractor reads whole (status "read ID")
// A shape writes each part of the string as a class: 9 a number, Y a year, T a known type code,
// B a known body code, K a code that is both, A other capitals, a other letters; with the
// separators and the blanks between parts as written ("312 / QĐNS / TW" → "9 / T / B").
// Status is "rejected" (the extractor finds nothing there) or "partial" (it stops early).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "analysis/text_scan.h"
#include "tools/text_files.h"

namespace {

using vankien::analysis::CodePointAt;
using vankien::analysis::CodePointBefore;
using vankien::analysis::DWithStrokeAt;
using vankien::analysis::ExtractIdentifiers;
using vankien::analysis::FindDocumentType;
using vankien::analysis::FindIssuingBody;
using vankien::analysis::IdentifierMention;
using vankien::analysis::IsAsciiAlnum;
using vankien::analysis::IsAsciiDigit;
using vankien::analysis::IsAsciiLower;
using vankien::analysis::IsAsciiUpper;
using vankien::analysis::IsWordChar;

constexpr std::size_t kMaxCandidateBytes = 48;
constexpr int kMaxParts = 12;

// Byte length of a separator at text[i] ('/', '-', en or em dash), or 0.
std::size_t SeparatorLength(std::string_view text, std::size_t i) {
  if (text[i] == '/' || text[i] == '-') return 1;
  if (text.substr(i, 3) == "–" || text.substr(i, 3) == "—") return 3;
  return 0;
}

// Byte length of a character that can be part of a code at text[i]: ASCII letters and digits,
// Đ/đ (or a lookalike), Ư/ư, '&' and '.'; 0 for anything else.
std::size_t CodeCharLength(std::string_view text, std::size_t i) {
  char c = text[i];
  if (IsAsciiAlnum(c) || c == '&' || c == '.') return 1;
  if (!DWithStrokeAt(text, i).empty()) return 2;
  if (text.substr(i, 2) == "Ư" || text.substr(i, 2) == "ư") return 2;
  return 0;
}

struct Part {
  std::string text;
  std::size_t end = 0;  // the byte after it in the text
  bool separator = false;
  bool blank_before = false;
};

bool IsDigits(std::string_view s) { return std::all_of(s.begin(), s.end(), IsAsciiDigit); }

// A letter part worth reading as a code: a known type or body code in any case ("Nq", "TTg"),
// or capitals with digits, '&' and dots ("SNN&PTNT"). Words and units ("The", "km") are not.
bool IsCodeLike(std::string_view s) {
  if (FindDocumentType(s) != nullptr || FindIssuingBody(s) != nullptr) return true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (IsAsciiLower(s[i])) return false;
    if (DWithStrokeAt(s, i) == "đ" || s.substr(i, 2) == "ư") return false;
  }
  return !IsDigits(s);
}

// The class a part is written as in a shape (see the usage comment).
std::string ClassOf(const Part& part) {
  const std::string& s = part.text;
  if (part.separator) return s == "/" ? "/" : "-";
  if (IsDigits(s)) return s.size() == 4 && s >= "1945" && s <= "2099" ? "Y" : "9";
  const bool type = FindDocumentType(s) != nullptr, body = FindIssuingBody(s) != nullptr;
  if (type && body) return "K";
  if (type) return "T";
  if (body) return "B";
  return IsAsciiDigit(s[0]) ? "a" : "A";
}

// Reads the candidate whose number starts at text[begin]: numbers, codes (IsCodeLike) and
// separators, joined by at most two blanks, within kMaxCandidateBytes. A code must end at a
// word boundary ("CV/tàu" stops before "tàu"). A part after a blank that follows no separator
// is kept only when a separator comes next ("47 KL / TW") or it is a number after a code
// ("QH 12"), so that "05-CT/TW Quy" ends at "TW". Returns the parts; *end is the byte after them.
std::vector<Part> ReadCandidate(std::string_view text, std::size_t begin, std::size_t* end) {
  std::vector<Part> parts;
  std::size_t i = begin;
  while (i < text.size() && i - begin < kMaxCandidateBytes && static_cast<int>(parts.size()) < kMaxParts) {
    std::size_t at = i;
    int blanks = 0;
    while (at < text.size() && blanks < 3 && (text[at] == ' ' || text[at] == '\t')) ++at, ++blanks;
    if (at >= text.size() || blanks > 2) break;
    Part part;
    part.blank_before = blanks > 0;
    if (std::size_t sep = SeparatorLength(text, at)) {
      part.text.assign(text.substr(at, sep));
      part.separator = true;
      part.end = at + sep;
    } else {
      std::size_t j = at;
      while (j < text.size() && j - at < kMaxCandidateBytes) {
        std::size_t length = CodeCharLength(text, j);
        if (length == 0) break;
        j += length;
      }
      while (j > at && text[j - 1] == '.') --j;  // a full stop ends a sentence, not a code
      std::size_t ignored = 0;
      if (j == at || (j < text.size() && IsWordChar(CodePointAt(text, j, &ignored)))) break;
      part.text.assign(text.substr(at, j - at));
      part.end = j;
      if (!parts.empty() && !IsDigits(part.text) && !IsCodeLike(part.text)) break;
    }
    i = part.end;
    parts.push_back(std::move(part));
  }
  while (!parts.empty()) {
    const std::size_t n = parts.size();
    const bool loose = n >= 2 && !parts[n - 1].separator && parts[n - 1].blank_before && !parts[n - 2].separator &&
                       !(IsDigits(parts[n - 1].text) && !IsDigits(parts[n - 2].text));
    if (!parts.back().separator && !loose) break;
    parts.pop_back();
  }
  *end = parts.empty() ? begin : parts.back().end;
  return parts;
}

// True when the digit at text[pos] starts a token: no letter or digit before it, and no
// separator or dot glued to a digit or letter ("19-8-2016", "COVID-19", "1.500").
bool StartsToken(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  std::size_t length = 0;
  char32_t before = CodePointBefore(text, pos, &length);
  if (IsWordChar(before)) return false;
  if (before == '/' || before == '-' || before == '.' || before == ',' || before == ':') {
    if (pos - length == 0) return true;
    std::size_t ignored = 0;
    return !IsWordChar(CodePointBefore(text, pos - length, &ignored));
  }
  return true;
}

struct Candidate {
  std::size_t begin = 0;
  std::string text;
  std::string shape;
  std::string status;
};

// The candidates of one text the extractor does not read whole, or all of them with `all`
// (status "read" and the canonical form for those it reads whole).
std::vector<Candidate> Candidates(std::string_view text, bool all) {
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
  std::vector<Candidate> missed;
  std::size_t next_mention = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i]) || !StartsToken(text, i)) {
      ++i;
      continue;
    }
    std::size_t end = 0;
    std::vector<Part> parts = ReadCandidate(text, i, &end);
    const bool has_separator = std::any_of(parts.begin(), parts.end(), [](const Part& p) { return p.separator; });
    const bool has_code =
        std::any_of(parts.begin(), parts.end(), [](const Part& p) { return !p.separator && !IsDigits(p.text); });
    if (!has_separator || !has_code) {
      while (i < text.size() && IsAsciiDigit(text[i])) ++i;
      continue;
    }
    while (next_mention < mentions.size() && mentions[next_mention].span.end <= i) ++next_mention;
    const bool overlaps = next_mention < mentions.size() && mentions[next_mention].span.begin < end;
    if (all || !overlaps || mentions[next_mention].span.end < end) {
      Candidate candidate;
      candidate.begin = i;
      candidate.text.assign(text.substr(i, end - i));
      for (char& c : candidate.text) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      for (const Part& part : parts) candidate.shape += (part.blank_before ? " " : "") + ClassOf(part);
      candidate.status = !overlaps                                  ? "rejected"
                         : mentions[next_mention].span.end < end ? "partial"
                                                                 : "read " + mentions[next_mention].canonical;
      missed.push_back(std::move(candidate));
    }
    i = std::max(end, i + 1);
  }
  return missed;
}

struct ShapeCount {
  std::size_t count = 0;
  std::string example;
};

}  // namespace

int main(int argc, char** argv) {
  bool list = false, all = false;
  std::size_t top = 200;
  std::vector<std::pair<std::string, std::string>> corpora;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--list") {
      list = true;
    } else if (arg == "--all") {
      all = true;
    } else if (arg == "--top" && a + 1 < argc) {
      top = std::stoul(argv[++a]);
    } else if (auto eq = arg.find('='); eq != std::string::npos) {
      corpora.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
    } else {
      std::cerr << "usage: number_candidates [--list [--all]] [--top N] NAME=DIR...\n";
      return 2;
    }
  }
  if (corpora.empty()) {
    std::cerr << "usage: number_candidates [--list [--all]] [--top N] NAME=DIR...\n";
    return 2;
  }
  std::map<std::string, ShapeCount> shapes;
  for (const auto& [name, dir] : corpora) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      const std::string file = std::filesystem::relative(path, dir).string();
      for (const Candidate& c : Candidates(vankien::tools::ReadFile(path.string()), all)) {
        if (list) {
          std::cout << name << '\t' << file << '\t' << c.begin << '\t' << c.status << '\t' << c.shape << '\t'
                    << c.text << '\n';
          continue;
        }
        ShapeCount& entry = shapes[c.shape + '\t' + c.status];
        if (entry.count++ == 0) entry.example = name + '\t' + file + '\t' + c.text;
      }
    }
  }
  if (list) return 0;
  std::vector<std::pair<std::string, ShapeCount>> sorted(shapes.begin(), shapes.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.second.count > y.second.count; });
  std::size_t total = 0;
  for (const auto& [shape, entry] : sorted) total += entry.count;
  std::cout << "candidates the extractor misses: " << total << " in " << sorted.size() << " shapes\n";
  for (std::size_t k = 0; k < sorted.size() && k < top; ++k) {
    std::cout << sorted[k].second.count << '\t' << sorted[k].first << '\t' << sorted[k].second.example << '\n';
  }
  return 0;
}
