#include "readers/official_layout.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <deque>
#include <vector>

#include "analysis/identifier_codes.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"
#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

using analysis::IdentifierSystem;

// The header is at most this many non-blank lines above the type line; the signature and the
// recipients are within this many non-blank lines at the end. Bounding both keeps the work
// linear on any input.
constexpr std::size_t kMaxHeaderLines = 24;
constexpr std::size_t kMaxTailLines = 40;
// A longer line is prose, never part of the header or the signature: it is not even split.
constexpr std::size_t kMaxLayoutLineBytes = 400;
// A header may carry a few short lines of its own that are none of the layout's parts ("MẬT",
// "DỰ THẢO", "Mẫu số 01"); a longer or further unknown line means it is not the layout.
constexpr std::size_t kMaxUnknownHeaderRuns = 2;
constexpr std::size_t kMaxUnknownRunWords = 4;
// A saved web page prints its own title and date above the document it holds: so many lines may
// precede a header that has all of its parts.
constexpr std::size_t kMaxPreambleLines = 3;
constexpr std::size_t kMaxSubjectLines = 5;
constexpr std::size_t kMaxSubjectBytes = 600;
constexpr std::size_t kMaxPlaceWords = 6;
constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 5;

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string key;     // folded, without the punctuation around it: "t/m", "ngay", ""
  bool caps = false;   // has a letter and no lower-case letter: "TỈNH", "T/M"
  bool title = false;  // an upper-case letter, then only lower-case ones: "Nguyễn"
};

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Word> words;
  // Indices of words that follow a gap of two or more blanks: a column boundary.
  std::vector<std::size_t> column_starts;
};

bool IsPunctuation(char32_t cp) { return !analysis::IsWordChar(cp) && cp != '/'; }

Word MakeWord(std::string_view text, std::size_t begin, std::size_t end) {
  Word word;
  word.begin = begin;
  word.end = end;
  std::u32string cps;
  analysis::DecodeUtf8(text.substr(begin, end - begin), &cps);
  std::size_t first = 0;
  std::size_t last = cps.size();
  while (first < last && IsPunctuation(cps[first])) ++first;
  while (last > first && IsPunctuation(cps[last - 1])) --last;
  bool any_upper = false;
  bool any_lower = false;
  bool lower_after_first = true;
  for (std::size_t i = first; i < last; ++i) {
    if (u_isUUppercase(cps[i])) {
      any_upper = true;
      if (i > first) lower_after_first = false;
    } else if (u_isULowercase(cps[i])) {
      any_lower = true;
    }
  }
  word.caps = any_upper && !any_lower;
  word.title = last > first && u_isUUppercase(cps[first]) && lower_after_first && (last - first == 1 || any_lower);
  word.key = analysis::FoldedForm(analysis::EncodeUtf8(std::u32string_view(cps).substr(first, last - first)));
  return word;
}

Line SplitLine(std::string_view text, std::size_t begin, std::size_t end) {
  Line line;
  line.begin = begin;
  line.end = end;
  if (end - begin > kMaxLayoutLineBytes) return line;
  std::size_t blanks = 2;
  for (std::size_t i = begin; i < end;) {
    if (text[i] == ' ' || text[i] == '\t') {
      blanks += text[i] == '\t' ? 2 : 1;
      ++i;
      continue;
    }
    std::size_t word_end = i;
    while (word_end < end && text[word_end] != ' ' && text[word_end] != '\t') ++word_end;
    if (blanks >= 2) line.column_starts.push_back(line.words.size());
    line.words.push_back(MakeWord(text, i, word_end));
    blanks = 0;
    i = word_end;
  }
  return line;
}

bool IsBlank(const Line& line, std::string_view text) {
  return text.substr(line.begin, line.end - line.begin).find_first_not_of(" \t") == std::string_view::npos;
}

// Words [first, last) of a line: a column, or a part of one.
struct Run {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first == last; }
};

std::string_view RunText(std::string_view text, const Line& line, Run run) {
  if (run.empty()) return {};
  return text.substr(line.words[run.first].begin, line.words[run.last - 1].end - line.words[run.first].begin);
}

// Whether the words of run are printed in capitals (words without letters, "-", do not count).
bool InCapitals(const Line& line, Run run) {
  return std::all_of(line.words.begin() + run.first, line.words.begin() + run.last,
                     [](const Word& w) { return w.caps || w.key.empty(); });
}

Run WholeLine(const Line& line) { return {0, line.words.size()}; }

std::vector<Run> Columns(const Line& line) {
  std::vector<Run> columns;
  for (std::size_t c = 0; c < line.column_starts.size(); ++c) {
    const std::size_t last = c + 1 < line.column_starts.size() ? line.column_starts[c + 1] : line.words.size();
    columns.push_back({line.column_starts[c], last});
  }
  return columns;
}

// The number of words from words[i] that spell `phrase` (folded words separated by spaces),
// skipping words without letters or digits ("-" in "Độc lập - Tự do"); 0 when they do not.
std::size_t MatchPhrase(const std::vector<Word>& words, std::size_t i, std::size_t limit, std::string_view phrase) {
  std::size_t at = i;
  for (std::size_t start = 0; start < phrase.size();) {
    std::size_t space = std::min(phrase.find(' ', start), phrase.size());
    while (at < limit && words[at].key.empty()) ++at;
    if (at == limit || words[at].key != phrase.substr(start, space - start)) return 0;
    ++at;
    start = space + 1;
  }
  return at - i;
}

// ---- Normal case: "ĐẢNG BỘ TỈNH LAM GIANG" → "Đảng bộ tỉnh Lam Giang" ----

std::string MapCase(std::string_view word, bool capitalise_first) {
  std::u32string cps;
  analysis::DecodeUtf8(word, &cps);
  bool first_letter = true;
  for (char32_t& cp : cps) {
    if (!u_isalpha(cp)) continue;
    cp = first_letter && capitalise_first ? u_toupper(cp) : u_tolower(cp);
    first_letter = false;
  }
  return analysis::EncodeUtf8(cps);
}

// Names of organs, offices and the Party as the official spelling writes them; matched on
// folded words, longest first.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"ban chap hanh trung uong", "Ban Chấp hành Trung ương"},
    {"dang cong san viet nam", "Đảng Cộng sản Việt Nam"},
    {"uy ban nhan dan", "Ủy ban nhân dân"},
    {"hoi dong nhan dan", "Hội đồng nhân dân"},
    {"ban can su dang", "Ban cán sự đảng"},
    {"uy ban kiem tra", "Ủy ban Kiểm tra"},
    {"ban chap hanh", "Ban Chấp hành"},
    {"bo chinh tri", "Bộ Chính trị"},
    {"ban bi thu", "Ban Bí thư"},
    {"ban thuong vu", "Ban Thường vụ"},
    {"ban to chuc", "Ban Tổ chức"},
    {"ban tuyen giao", "Ban Tuyên giáo"},
    {"ban dan van", "Ban Dân vận"},
    {"dang uy khoi", "Đảng ủy Khối"},
    {"tong bi thu", "Tổng Bí thư"},
    {"pho bi thu", "Phó Bí thư"},
    {"pho chu tich", "Phó Chủ tịch"},
    {"pho thu tuong", "Phó Thủ tướng"},
    {"trung uong", "Trung ương"},
    {"viet nam", "Việt Nam"},
    {"dang uy", "Đảng ủy"},
    {"dang bo", "Đảng bộ"},
    {"dang doan", "Đảng đoàn"},
    {"tinh uy", "Tỉnh ủy"},
    {"thanh uy", "Thành ủy"},
    {"huyen uy", "Huyện ủy"},
    {"quan uy", "Quận ủy"},
    {"thi uy", "Thị ủy"},
    {"chi bo", "Chi bộ"},
    {"chi uy", "Chi ủy"},
    {"chinh phu", "Chính phủ"},
    {"quoc hoi", "Quốc hội"},
    {"thu tuong", "Thủ tướng"},
    {"van phong", "Văn phòng"},
    {"bi thu", "Bí thư"},
    {"chu tich", "Chủ tịch"},
    {"bo truong", "Bộ trưởng"},
    {"quan uy trung uong", "Quân ủy Trung ương"},
    {"cong an", "Công an"},
    {"quan doi", "Quân đội"},
    {"giam doc", "Giám đốc"},
    {"pho giam doc", "Phó Giám đốc"},
    {"truong ban", "Trưởng ban"},
    {"pho truong ban", "Phó Trưởng ban"},
    {"chu nhiem", "Chủ nhiệm"},
    {"chanh van phong", "Chánh Văn phòng"},
    {"dang", "Đảng"},
};

// Words naming a kind of locality: the words after one are its proper name ("tỉnh Lam Giang").
constexpr std::array<std::string_view, 11> kLocalities = {
    "thanh pho", "thi xa", "thi tran", "tinh", "huyen", "quan", "xa", "phuong", "thon", "ap", "khu pho"};

// The offices a signer holds, printed under the capacity or alone ("BỘ TRƯỞNG" signing in person).
constexpr std::array<std::string_view, 14> kOffices = {
    "tong bi thu", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "thu tuong", "pho thu tuong",
    "bo truong", "giam doc", "pho giam doc", "truong ban", "pho truong ban", "chu nhiem", "chanh van phong"};

// The spelling of the longest known name at words[i], with its length in words.
std::pair<std::size_t, std::string_view> SpellingAt(const std::vector<Word>& words, std::size_t i, std::size_t limit) {
  std::pair<std::size_t, std::string_view> best{0, {}};
  for (const auto& [folded, spelled] : kSpellings) {
    std::size_t n = MatchPhrase(words, i, limit, folded);
    if (n > best.first) best = {n, spelled};
  }
  return best;
}

std::size_t LocalityAt(const std::vector<Word>& words, std::size_t i, std::size_t limit) {
  for (std::string_view locality : kLocalities) {
    if (std::size_t n = MatchPhrase(words, i, limit, locality)) return n;
  }
  return 0;
}

// A run printed in capitals, in normal case: known names spelled as the official spelling
// does, a locality's proper name capitalised, every other word in lower case. A run already in
// mixed case is returned as printed. `capitalise` upper-cases the first letter of the result.
std::string NormalCase(std::string_view text, const Line& line, Run run, bool capitalise) {
  const std::string_view printed = RunText(text, line, run);
  if (!InCapitals(line, run)) return std::string(printed);
  // A body the code table names is spelled as the table does ("BỘ NỘI VỤ" → "Bộ Nội vụ").
  if (const analysis::Code* body = analysis::FindIssuingBodyByName(printed);
      body != nullptr && analysis::FoldedForm(body->name) == analysis::FoldedForm(printed)) {
    return std::string(body->name);
  }
  std::string out;
  bool proper_name = false;
  auto append = [&](std::string_view piece) {
    if (!out.empty()) out += ' ';
    out += piece;
  };
  for (std::size_t i = run.first; i < run.last;) {
    auto [n, spelled] = SpellingAt(line.words, i, run.last);
    if (n > 0) {
      append(spelled);
      // A local committee's name follows it: "HUYỆN ỦY ĐÔNG SƠN" → "Huyện ủy Đông Sơn".
      proper_name = n == 2 && line.words[i + 1].key == "uy" && line.words[i].key != "dang";
      i += n;
      continue;
    }
    if (std::size_t locality = LocalityAt(line.words, i, run.last)) {
      for (std::size_t k = 0; k < locality; ++k) append(MapCase(RunText(text, line, {i + k, i + k + 1}), false));
      proper_name = true;
      i += locality;
      continue;
    }
    // A term's Roman numeral ("KHÓA XIII") stays in capitals.
    const std::string& key = line.words[i].key;
    const bool roman = !key.empty() && key.find_first_not_of("ivxlc") == std::string::npos;
    append(roman ? RunText(text, line, {i, i + 1}) : MapCase(RunText(text, line, {i, i + 1}), proper_name));
    ++i;
  }
  if (capitalise && !out.empty()) {
    std::size_t length = 0;
    const char32_t first = analysis::CodePointAt(out, 0, &length);
    std::string upper;
    analysis::AppendUtf8(u_toupper(first), &upper);
    out.replace(0, length, upper);
  }
  return out;
}

// A name printed in capitals, each word capitalised: "NGUYỄN VĂN A" → "Nguyễn Văn A".
std::string NormalCaseName(std::string_view text, const Line& line, Run run) {
  std::string out;
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (!out.empty()) out += ' ';
    out += MapCase(RunText(text, line, {i, i + 1}), true);
  }
  return out;
}

// ---- The header ----

// What a header holds, collected from its lines in whatever order extraction left them.
struct Header {
  bool party_line = false;  // "ĐẢNG CỘNG SẢN VIỆT NAM"
  bool state_line = false;  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
  std::optional<analysis::IdentifierMention> number;
  std::string number_text;
  std::string place;
  std::optional<analysis::Date> date;
  // Organ lines, each as the line and the run of its words, top to bottom.
  std::vector<std::pair<const Line*, Run>> organs;
  std::size_t parts = 0;  // national lines, numbers, dating lines and organ lines read
  std::size_t unknown_runs = 0;
  bool too_much_unknown = false;

  bool complete() const { return (party_line || state_line) && number && date && !organs.empty(); }
};

// Classifies a run left after the header's known parts: a mark to pass over, an organ line (in
// capitals, or starting with an organ's name: "Đảng ủy Khối …"; no digits), or unknown.
void AddRestRun(const Line& line, Run run, Header* header) {
  if (run.empty()) return;
  // The marks of secrecy, urgency and draft printed above the header are none of its parts.
  static constexpr std::array<std::string_view, 6> kMarks = {"mat", "toi mat", "tuyet mat", "khan", "hoa toc", "du thao"};
  for (std::string_view mark : kMarks) {
    if (MatchPhrase(line.words, run.first, run.last, mark) == run.last - run.first) return;
  }
  const bool digits = std::any_of(line.words.begin() + run.first, line.words.begin() + run.last, [](const Word& w) {
    return std::any_of(w.key.begin(), w.key.end(), analysis::IsAsciiDigit);
  });
  if (!digits && (InCapitals(line, run) || SpellingAt(line.words, run.first, run.last).first > 0)) {
    ++header->parts;
    header->organs.emplace_back(&line, run);
    return;
  }
  ++header->unknown_runs;
  if (run.last - run.first > kMaxUnknownRunWords || header->unknown_runs > kMaxUnknownHeaderRuns) {
    header->too_much_unknown = true;
  }
}

// At words[i] (key "ngay"), a dating line "<place>, ngày <date>": returns the word index just
// past the date and sets *date, or returns 0.
std::size_t DateAfter(std::string_view text, const Line& line, std::size_t i, std::size_t limit,
                      std::optional<analysis::Date>* date) {
  if (i + 1 >= limit) return 0;
  std::size_t end = 0;
  *date = analysis::ParseDate(text, line.words[i + 1].begin, &end);
  if (!*date || end > line.words[limit - 1].end) return 0;
  std::size_t past = i + 1;
  while (past < limit && line.words[past].begin < end) ++past;
  return past;
}

// Splits a column of the header into its known parts; what is left goes to AddRestRun.
void ReadHeaderColumn(std::string_view text, const Line& line, Run column, Header* header) {
  std::size_t rest_start = column.first;
  auto flush = [&](std::size_t until) {
    AddRestRun(line, {rest_start, until}, header);
  };
  for (std::size_t i = column.first; i < column.last;) {
    const Word& word = line.words[i];
    if (word.key.empty()) {  // "*", "-----": the rule under the organ or the motto
      flush(i);
      rest_start = ++i;
      continue;
    }
    std::size_t n = 0;
    if ((n = MatchPhrase(line.words, i, column.last, "dang cong san viet nam"))) {
      ++header->parts;
      header->party_line = true;
    } else if ((n = MatchPhrase(line.words, i, column.last, "cong hoa xa hoi chu nghia viet nam")) ||
               (n = MatchPhrase(line.words, i, column.last, "doc lap tu do hanh phuc"))) {
      ++header->parts;
      header->state_line = true;
    } else if (word.key == "so" && i == rest_start && !header->number) {
      const std::string_view rest = text.substr(word.begin, line.words[column.last - 1].end - word.begin);
      std::vector<analysis::IdentifierMention> mentions = analysis::ExtractIdentifiers(rest);
      if (!mentions.empty() && mentions.front().header) {
        const analysis::IdentifierMention& mention = mentions.front();
        header->number_text = std::string(rest.substr(mention.span.begin, mention.span.end - mention.span.begin));
        header->number = mention;
        ++header->parts;
        const std::size_t end = word.begin + mention.span.end;
        n = 1;
        while (i + n < column.last && line.words[i + n].begin < end) ++n;
      }
    } else if (word.key == "ngay" && i > rest_start && text[line.words[i - 1].end - 1] == ',' && !header->date) {
      std::optional<analysis::Date> date;
      if (std::size_t past = DateAfter(text, line, i, column.last, &date)) {
        // The place is the words before the comma: those in mixed case after a run in capitals
        // (the organ printed beside it), else all of them.
        std::size_t place = i;
        while (place > rest_start && !line.words[place - 1].caps) --place;
        if (place == i) place = rest_start;
        const std::string_view digits = "0123456789";
        if (i - place <= kMaxPlaceWords && RunText(text, line, {place, i}).find_first_of(digits) == std::string_view::npos) {
          ++header->parts;
          std::string_view printed = RunText(text, line, {place, i});
          printed.remove_suffix(1);  // the comma
          header->place = std::string(printed);
          header->date = date;
          flush(place);
          rest_start = i = past;
          continue;
        }
      }
    }
    if (n > 0) {
      flush(i);
      rest_start = i += n;
      continue;
    }
    ++i;
  }
  flush(column.last);
}

void ReadHeaderLine(std::string_view text, const Line& line, Header* header) {
  for (Run column : Columns(line)) ReadHeaderColumn(text, line, column, header);
}

struct TypeLineMatch {
  const analysis::Code* type = nullptr;
  std::size_t words = 0;         // the words the type's name takes; the subject may follow
  std::string_view joiner = " "; // what joins the type word and the subject in the title
};

// The type line: "CHỈ THỊ", "THÔNG BÁO KẾT LUẬN" or "HƯỚNG DẪN về …" (the longest type name
// in capitals, the subject after it), a line that is only a type's name in any case
// ("Nghị quyết"), or the "V/v …" (về việc) line that stands for the type line of a letter.
std::optional<TypeLineMatch> TypeLine(std::string_view text, const Line& line) {
  if (line.words.empty() || line.column_starts.size() > 1) return std::nullopt;
  if (line.words.front().key == "v/v") {
    return TypeLineMatch{analysis::FindDocumentType("CV"), 1, " về việc "};
  }
  TypeLineMatch match;
  for (std::size_t n = 1; n <= std::min<std::size_t>(4, line.words.size()) && line.words[n - 1].caps; ++n) {
    if (const analysis::Code* code = analysis::FindDocumentTypeByName(RunText(text, line, {0, n}))) {
      match.type = code;
      match.words = n;
    }
  }
  if (!match.type && line.words.size() <= 4) {
    match.type = analysis::FindDocumentTypeByName(RunText(text, line, WholeLine(line)));
    match.words = line.words.size();
  }
  if (!match.type) return std::nullopt;
  return match;
}

bool StartsWithWords(const Line& line, std::string_view phrase) {
  return MatchPhrase(line.words, 0, line.words.size(), phrase) > 0;
}

// Whether a line can go on the subject begun by a line in capitals (first_caps) or not: a line
// in capitals goes only on one in capitals ("ỦY BAN NHÂN DÂN TỈNH …" under "Ban hành …" is the
// enacting formula); a sentence of the body ("Căn cứ …;", "… .") and a rule go on none.
bool ContinuesSubject(std::string_view text, const Line& line, bool first_caps) {
  if (line.words.empty() || line.words.front().key.empty()) return false;
  if (StartsWithWords(line, "can cu") || StartsWithWords(line, "kinh gui")) return false;
  const char last = text[line.end - 1];
  if (last == '.' || last == ';' || last == ':') return false;
  return !InCapitals(line, WholeLine(line)) || first_caps;
}

// The subject in sentence case, to follow the type word in the title.
std::string SentenceCase(std::string_view text, const std::vector<std::pair<const Line*, Run>>& runs) {
  std::string out;
  for (const auto& [line, run] : runs) {
    if (!out.empty()) out += ' ';
    out += NormalCase(text, *line, run, false);
  }
  // "Về công tác văn thư" after "Nghị định": the capital belongs to a line's start, not a name.
  if (!runs.empty() && runs.front().first->words[runs.front().second.first].title &&
      runs.front().first->words[runs.front().second.first].key != "dang") {
    std::size_t length = 0;
    const char32_t first = analysis::CodePointAt(out, 0, &length);
    std::string lower;
    analysis::AppendUtf8(u_tolower(first), &lower);
    out.replace(0, length, lower);
  }
  return out;
}

// ---- The signature and the recipients ----

bool IsCapacityMarker(const Word& word) {
  static constexpr std::array<std::string_view, 9> kMarkers = {"t/m", "tm", "k/t", "kt", "tl", "t/l", "tuq", "q/", "ttl"};
  return word.caps && std::find(kMarkers.begin(), kMarkers.end(), word.key) != kMarkers.end();
}

// "(đã ký)", "(Đã ký và đóng dấu)", "(ký tên)": the mark a typed copy puts for the signature.
bool IsSignedMark(std::string_view text, const Line& line, Run run) {
  std::string_view printed = RunText(text, line, run);
  if (printed.empty() || printed.front() != '(' || printed.back() != ')') return false;
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (line.words[i].key == "ky") return true;
  }
  return false;
}

bool IsListItem(std::string_view text, const Line& line, Run run) {
  std::string_view printed = RunText(text, line, run);
  return !printed.empty() && (printed.front() == '-' || printed.front() == '+' ||
                              printed.substr(0, 3) == "–" || printed.substr(0, 3) == "•");
}

bool IsNameWords(const Line& line, Run run) {
  const std::size_t n = run.last - run.first;
  if (n < kMinNameWords || n > kMaxNameWords) return false;
  bool caps = line.words[run.first].caps;
  for (std::size_t i = run.first; i < run.last; ++i) {
    const Word& word = line.words[i];
    if (word.key.empty() || std::any_of(word.key.begin(), word.key.end(), analysis::IsAsciiDigit)) return false;
    if (!(caps ? word.caps : word.title)) return false;
  }
  return true;
}

struct Signature {
  std::vector<std::string> capacity;  // "T/M Ban Thường vụ", "Bí thư"
  std::string organ;                  // the organ signed for: "Ban Thường vụ"
  std::string name;
  std::optional<std::size_t> first_line;
  std::size_t last_line = 0;
  bool signed_mark = false;
  bool by_office = false;  // begun by an office alone, which is a signature only with a name
};

// Whether the run is exactly an office, in any case: "BỘ TRƯỞNG", "Bí thư".
bool IsOffice(const Line& line, Run run) {
  return std::any_of(kOffices.begin(), kOffices.end(), [&](std::string_view office) {
    return MatchPhrase(line.words, run.first, run.last, office) == run.last - run.first;
  });
}

void AddSignaturePart(std::size_t line_index, Signature* signature) {
  if (!signature->first_line) signature->first_line = line_index;
  signature->last_line = line_index;
}

// Reads one part of a line in the signature's reach: a capacity, an office, the signed mark or
// the name. Recipients' items are skipped but for a name printed at their end (side by side).
void ReadSignatureRun(std::string_view text, const Line& line, std::size_t line_index, Run run, Signature* signature) {
  if (run.empty() || !signature->name.empty()) return;
  const Word& first = line.words[run.first];
  if (IsCapacityMarker(first) && run.last - run.first > 1 &&
      (line.words[run.first + 1].caps || line.words[run.first + 1].title)) {
    std::string_view marker = RunText(text, line, {run.first, run.first + 1});
    std::string organ = NormalCase(text, line, {run.first + 1, run.last}, true);
    if (signature->capacity.empty() && (first.key == "t/m" || first.key == "tm")) signature->organ = organ;
    signature->capacity.push_back(std::string(marker) + " " + organ);
    AddSignaturePart(line_index, signature);
    return;
  }
  const bool office = IsOffice(line, run);
  if (!signature->first_line) {
    if (!office || !InCapitals(line, run)) return;
    signature->by_office = true;
  }
  if (IsSignedMark(text, line, run)) {
    signature->signed_mark = true;
    AddSignaturePart(line_index, signature);
    return;
  }
  if (IsListItem(text, line, run)) {
    // "- Lưu Văn phòng Tỉnh ủy. Nguyễn Văn A": once the signature is marked signed, words in
    // name case after an item's last punctuation are the name printed beside the item.
    auto ends_clause = [&](std::size_t i) {
      const char c = text[line.words[i].end - 1];
      return c == '.' || c == ',' || c == ';' || c == ':';
    };
    if (!signature->signed_mark || ends_clause(run.last - 1)) return;
    std::size_t start = run.last;
    while (start > run.first && line.words[start - 1].title && !ends_clause(start - 1)) --start;
    if (start > run.first && ends_clause(start - 1) && IsNameWords(line, {start, run.last})) {
      signature->name = std::string(RunText(text, line, {start, run.last}));
      AddSignaturePart(line_index, signature);
    }
    return;
  }
  const bool caps = InCapitals(line, run);
  // The office under the capacity ("BÍ THƯ", "Bí thư"); a name in capitals comes after it.
  if (!signature->signed_mark && (office || (caps && SpellingAt(line.words, run.first, run.last).first > 0))) {
    signature->capacity.push_back(NormalCase(text, line, run, true));
    AddSignaturePart(line_index, signature);
    return;
  }
  if (IsNameWords(line, run)) {
    signature->name = caps ? NormalCaseName(text, line, run) : std::string(RunText(text, line, run));
    AddSignaturePart(line_index, signature);
  }
}

// A line of the signature's reach cut into the runs ReadSignatureRun reads: its columns, and
// within a column what side-by-side extraction glued together ("Nơi nhận: T/M BAN THƯỜNG VỤ",
// "- Các đồng chí Tỉnh ủy viên, (đã ký)"). *recipients is set when the line opens "Nơi nhận".
std::vector<Run> SignatureRuns(std::string_view text, const Line& line, bool* recipients) {
  std::vector<Run> runs;
  *recipients = false;
  for (Run column : Columns(line)) {
    const std::size_t last = column.last;
    std::size_t start = column.first;
    if (std::size_t n = MatchPhrase(line.words, start, last, "noi nhan")) {
      *recipients = true;
      start += n;
    }
    for (std::size_t k = start; k < last; ++k) {
      const Word& word = line.words[k];
      const bool all_caps_after = InCapitals(line, {k, last});
      const bool boundary = k > start &&
          ((IsCapacityMarker(word) && k + 1 < last && line.words[k + 1].caps) || text[word.begin] == '(' ||
           text[line.words[k - 1].end - 1] == ')' ||
           (all_caps_after && !line.words[k - 1].caps && SpellingAt(line.words, k, last).first > 0));
      if (boundary) {
        runs.push_back({start, k});
        start = k;
      }
    }
    if (start < last) runs.push_back({start, last});
  }
  return runs;
}

// The lines [first, last] of the recipients block: from "Nơi nhận" through its items, the
// lines extraction interleaved from the signature, and the items' continuation lines.
std::size_t RecipientsEnd(std::string_view text, const std::vector<Line>& tail, std::size_t first,
                          const Signature& signature) {
  std::size_t end = first;
  for (std::size_t i = first + 1; i < tail.size(); ++i) {
    const Line& line = tail[i];
    bool recipients_line = false;
    std::vector<Run> runs = SignatureRuns(text, line, &recipients_line);
    const bool item = !runs.empty() && IsListItem(text, line, runs.front());
    const bool in_signature = signature.first_line && i >= *signature.first_line && i <= signature.last_line;
    const bool continuation = !line.words.empty() && !line.words.front().caps && !line.words.front().title &&
                              !line.words.front().key.empty();
    if (!item && !in_signature && !continuation) break;
    end = i;
  }
  return end;
}

// The organ lines of the header as issuer and parent, in normal case. A line starting with a
// locality ("TỈNH LAM GIANG" under "ỦY BAN NHÂN DÂN") goes on the line above; an issuer named
// only by its kind ("TỈNH ỦY") takes the locality's name from its parent.
void ReadOrgans(std::string_view text, const Header& header, OfficialLayout* layout) {
  struct Organ {
    std::string name;
    std::string locality_name;  // "Lam Giang" of "… TỈNH LAM GIANG"
    bool ends_in_uy = false;
  };
  std::vector<Organ> organs;
  for (const auto& [line, run] : header.organs) {
    const std::vector<Word>& words = line->words;
    std::size_t locality = LocalityAt(words, run.first, run.last);
    const bool continues = locality > 0 && !organs.empty() &&
                           !(run.first + locality < run.last && words[run.first + locality].key == "uy");
    if (!continues) organs.emplace_back();
    Organ& organ = organs.back();
    if (!organ.name.empty()) organ.name += ' ';
    organ.name += NormalCase(text, *line, run, !continues);
    organ.ends_in_uy = words[run.last - 1].key == "uy";
    for (std::size_t i = run.first; i < run.last; ++i) {
      const bool uy_follows = i + 1 < run.last && words[i + 1].key == "uy";
      if (std::size_t n = LocalityAt(words, i, run.last); n > 0 && !uy_follows && i + n < run.last) {
        organ.locality_name = NormalCaseName(text, *line, {i + n, run.last});
      }
    }
  }
  if (organs.empty()) return;
  Organ issuer = organs.back();
  if (organs.size() > 1) {
    const Organ& parent = organs[organs.size() - 2];
    layout->parent = parent.name;
    if (issuer.ends_in_uy && issuer.locality_name.empty() && !parent.locality_name.empty()) {
      issuer.name += " " + parent.locality_name;
    }
  }
  layout->issuer = issuer.name;
}

}  // namespace

std::optional<OfficialLayout> ReadOfficialLayout(std::string_view text) {
  // Lines are read by their offsets, never all kept: a file of blank lines costs no memory.
  auto line_at = [&](std::size_t begin) { return SplitLine(text, begin, std::min(text.find('\n', begin), text.size())); };

  // The header: every line above the type line.
  Header header;
  std::deque<Line> header_lines;  // the organs point into it
  std::optional<TypeLineMatch> type_line;
  std::optional<Line> type_text;
  std::optional<std::size_t> header_begin;  // the header's first line, below any preamble
  std::size_t preamble_lines = 0;
  std::size_t next = 0;  // where the next line to read starts
  for (std::size_t nonblank = 0; next <= text.size() && nonblank < kMaxHeaderLines;) {
    Line line = line_at(next);
    next = line.end + 1;
    if (line.words.empty()) {
      if (!IsBlank(line, text)) return std::nullopt;  // prose too long for a header line
      continue;
    }
    ++nonblank;
    if (header.number && (type_line = TypeLine(text, line))) {
      type_text = std::move(line);
      break;
    }
    const std::size_t begin = line.begin;
    header_lines.push_back(std::move(line));
    const Header before = header;
    ReadHeaderLine(text, header_lines.back(), &header);
    if (before.parts == 0 && header.parts == 0) {
      // Nothing of a header yet: a page's title or date line, if few.
      if (++preamble_lines > kMaxPreambleLines) return std::nullopt;
      header = before;
      continue;
    }
    if (!header_begin) header_begin = begin;
    if (header.too_much_unknown) return std::nullopt;
  }
  if (!type_line || (!header.party_line && !header.state_line && header.organs.empty() && !header.date) ||
      (preamble_lines > 0 && !header.complete())) {
    return std::nullopt;
  }

  OfficialLayout layout;
  const analysis::IdentifierMention& number = *header.number;
  layout.system = header.party_line  ? IdentifierSystem::kParty
                  : header.state_line ? IdentifierSystem::kState
                                      : number.system;
  layout.number = header.number_text;
  layout.identifier = number.canonical;
  layout.type = number.type.empty() ? std::string(type_line->type->code) : number.type;
  layout.type_word = std::string(type_line->type->name);
  layout.body = number.body;
  layout.place = header.place;
  layout.date = header.date;
  ReadOrgans(text, header, &layout);

  // The subject: beside the type word, or the lines under it in the same case.
  std::deque<Line> subject_lines;
  std::vector<std::pair<const Line*, Run>> subject;
  subject_lines.push_back(std::move(*type_text));
  std::size_t header_end = subject_lines.back().end;
  auto add_subject_line = [&](Line line) {
    next = line.end + 1;
    header_end = line.end;
    subject_lines.push_back(std::move(line));
    subject.emplace_back(&subject_lines.back(), WholeLine(subject_lines.back()));
  };
  bool first_caps = false;
  if (const std::size_t type_words = type_line->words; type_words < subject_lines.back().words.size()) {
    const std::vector<Word>& words = subject_lines.back().words;
    first_caps = InCapitals(subject_lines.back(), {type_words, words.size()});
    subject.emplace_back(&subject_lines.back(), Run{type_words, words.size()});
  } else {
    while (next <= text.size()) {
      Line line = line_at(next);
      if (!IsBlank(line, text)) {
        first_caps = InCapitals(line, WholeLine(line));
        if (ContinuesSubject(text, line, first_caps)) add_subject_line(std::move(line));
        break;
      }
      next = line.end + 1;
    }
  }
  std::size_t subject_bytes = 0;
  while (!subject.empty() && subject.size() < kMaxSubjectLines && next <= text.size() && subject_bytes < kMaxSubjectBytes) {
    Line line = line_at(next);
    if (!ContinuesSubject(text, line, first_caps)) break;
    subject_bytes += line.end - line.begin;
    add_subject_line(std::move(line));
  }
  // The rule printed under the subject ("-----", "*") is the header's too.
  while (next <= text.size()) {
    Line line = line_at(next);
    if (line.words.empty() || !std::all_of(line.words.begin(), line.words.end(), [](const Word& w) { return w.key.empty(); })) break;
    header_end = line.end;
    next = line.end + 1;
  }
  for (const auto& [line, run] : subject) {
    if (!layout.subject.empty()) layout.subject += ' ';
    layout.subject += RunText(text, *line, run);
  }
  layout.title = subject.empty() ? layout.type_word : layout.type_word + std::string(type_line->joiner) + SentenceCase(text, subject);
  layout.header = {*header_begin, header_end};

  // The signature and the recipients, among the last non-blank lines below the header.
  std::vector<Line> tail;
  for (std::size_t end = text.size(); end > header_end && tail.size() < kMaxTailLines;) {
    const std::size_t newline = text.rfind('\n', end - 1);
    const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    if (begin <= header_end) break;  // the header's last line
    Line line = SplitLine(text, begin, end);
    if (!line.words.empty()) tail.push_back(std::move(line));
    end = begin - 1;
  }
  std::reverse(tail.begin(), tail.end());
  Signature signature;
  std::optional<std::size_t> recipients_line;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    bool recipients = false;
    for (Run run : SignatureRuns(text, tail[i], &recipients)) ReadSignatureRun(text, tail[i], i, run, &signature);
    if (recipients && !recipients_line) recipients_line = i;
  }
  if (signature.first_line && !(signature.by_office && signature.name.empty())) {
    layout.signature = {tail[*signature.first_line].begin, tail[signature.last_line].end};
    layout.signer = signature.name;
    for (const std::string& part : signature.capacity) {
      if (!layout.signer_title.empty()) layout.signer_title += " — ";
      layout.signer_title += part;
    }
    // The Central Committee's header is on the Politburo's and the Secretariat's documents too:
    // the organ signed for says which of them issued it.
    const std::string organ = analysis::FoldedForm(signature.organ);
    if (analysis::FoldedForm(layout.issuer) == "ban chap hanh trung uong" && (organ == "bo chinh tri" || organ == "ban bi thu")) {
      layout.issuer = signature.organ;
    }
  }
  if (recipients_line) {
    const std::size_t last = RecipientsEnd(text, tail, *recipients_line, signature);
    layout.recipients = {tail[*recipients_line].begin, tail[last].end};
  }
  return layout;
}

}  // namespace vankien::readers
