#include "readers/txt_reader.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/date.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"
#include "readers/official_layout.h"
#include "readers/text_cleanup.h"

namespace vankien::readers {
namespace {

// How far down the header lines (title, date, number) are looked for.
constexpr std::size_t kHeaderLines = 12;
constexpr std::size_t kMaxDateLineBytes = 80;
constexpr std::size_t kMaxTitleBytes = 300;
// A first line shorter than this may be a place or a section name printed above the headline.
constexpr int kMinTitleWords = 5;
constexpr int kMaxHeadlineWords = 40;

int CountWords(std::string_view line) {
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    bool blank = c == ' ' || c == '\t';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

bool HasLetter(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 0;
    char32_t cp = analysis::CodePointAt(line, i, &length);
    if (analysis::IsWordChar(cp) && !(cp >= '0' && cp <= '9')) return true;
    i += length;
  }
  return false;
}

// A line that reads as a headline: a few words to a few dozen, not a sentence of the body.
bool LooksLikeHeadline(std::string_view line) {
  const int words = CountWords(line);
  return words >= kMinTitleWords && words <= kMaxHeadlineWords && line.size() <= kMaxTitleBytes &&
         line.back() != '.';
}

// True when the line contains "HH:MM", as the date lines of news sites do.
bool HasTime(std::string_view line) {
  for (std::size_t i = 1; i + 2 < line.size(); ++i) {
    if (line[i] == ':' && analysis::IsAsciiDigit(line[i - 1]) &&
        analysis::IsAsciiDigit(line[i + 1]) && analysis::IsAsciiDigit(line[i + 2])) {
      return true;
    }
  }
  return false;
}

// Whether `line` holds nothing but a date at [begin, end) and the words a date line of a news
// site puts around it: a weekday, "ngày", "cập nhật lúc", times. "Kỷ niệm ngày 1 tháng 5 năm
// 2023" is a title, not a date line.
bool OnlyDateWords(std::string_view line, std::size_t begin, std::size_t end) {
  static const std::set<std::string> kDateWords = {"thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat",
                                                   "cn", "ngay", "cap", "luc", "dang", "gmt"};
  const std::string rest = std::string(line.substr(0, begin)) + " " + std::string(line.substr(end));
  std::string word;
  auto allowed = [&] {
    const bool ok = word.empty() || std::any_of(word.begin(), word.end(), analysis::IsAsciiDigit) ||
                    kDateWords.count(analysis::FoldedForm(word)) > 0;
    word.clear();
    return ok;
  };
  for (char c : rest) {
    const bool separator = c == ' ' || c == '\t' || c == ',' || c == '|' || c == '-' || c == '(' || c == ')' ||
                           c == '[' || c == ']' || c == '+' || c == ':' || c == '.';
    if (!separator) word += c;
    else if (!allowed()) return false;
  }
  return allowed();
}

// The date of a short line made mostly of a date ("09:35, ngày 08-02-2020",
// "Thứ Ba, 04/08/2015, 11:41 [GMT+7]", and with nothing else but date words "ngày 1 tháng 5
// năm 2023" or "2023-05-01"), or nullopt for a line of prose.
std::optional<analysis::Date> DateOfDateLine(std::string_view line) {
  if (line.size() > kMaxDateLineBytes) return std::nullopt;
  if (CountWords(line) <= 8) {
    std::vector<analysis::DateMention> dates = analysis::FindDates(line);
    if (!dates.empty()) return dates.front().date;
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!analysis::IsAsciiDigit(line[i]) || (i > 0 && analysis::IsAsciiDigit(line[i - 1]))) continue;
    std::size_t end = 0;
    std::optional<analysis::Date> date = analysis::ParseLongDate(line, i, &end);
    if (!date && i + 10 <= line.size() && (i + 10 == line.size() || !analysis::IsAsciiDigit(line[i + 10]))) {
      date = analysis::ParseIsoDate(line.substr(i, 10));
      end = i + 10;
    }
    if (date) return OnlyDateWords(line, i, end) ? date : std::nullopt;
  }
  return std::nullopt;
}

// "(QBĐT) - …": the source in parentheses that opens a news paragraph.
std::string SourceOfLead(std::string_view paragraph) {
  if (paragraph.empty() || paragraph.front() != '(') return "";
  std::size_t close = paragraph.find(')');
  if (close == std::string_view::npos || close > 48 || close < 2) return "";
  std::string_view after = paragraph.substr(close + 1);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (after.substr(0, 1) != "-" && after.substr(0, 3) != "–" && after.substr(0, 3) != "—") {
    return "";
  }
  return std::string(paragraph.substr(1, close - 1));
}

std::string TruncateAtWord(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut == 0) cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + " …";
}

// A non-blank line of the file, trimmed, with the byte offset in the cleaned text it starts at
// and the paragraph it belongs to.
struct TextLine {
  std::string text;
  std::size_t begin = 0;
  std::size_t paragraph = 0;
};

// Adds a line to the record's text: to the paragraph the last line added began or continued,
// or as a new paragraph.
void AppendLine(const TextLine& line, schema::DocumentRecord* record, std::size_t* last_paragraph) {
  if (!record->text.empty()) record->text += line.paragraph == *last_paragraph ? " " : "\n\n";
  record->text += line.text;
  *last_paragraph = line.paragraph;
}

// A news article: the title, the publication date and the source from the lines at its top.
void ReadArticle(const std::vector<TextLine>& lines, schema::DocumentRecord* record) {
  record->kind = "article";
  const std::size_t header = std::min(lines.size(), kHeaderLines);

  // Publication date: the first date line with a time of day, else the first date line.
  std::optional<std::size_t> date_line;
  for (std::size_t i = 0; i < header; ++i) {
    if (!DateOfDateLine(lines[i].text)) continue;
    if (!date_line) date_line = i;
    if (HasTime(lines[i].text)) {
      date_line = i;
      break;
    }
  }
  if (date_line) record->date = DateOfDateLine(lines[*date_line].text)->ToIso();

  // Title: the first line with words that is not a date; but short ones ("Hà Nội", a section
  // name, a breadcrumb of two) followed by a headline are what the site printed above it, and
  // the headline is the title.
  constexpr std::size_t kMaxLinesAboveHeadline = 2;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < lines.size() && candidates.size() <= kMaxLinesAboveHeadline; ++i) {
    if (i == date_line || (i < header && DateOfDateLine(lines[i].text)) || !HasLetter(lines[i].text)) continue;
    candidates.push_back(i);
  }
  // No line but dates has words: the file has a letter, so a date line was found.
  if (candidates.empty()) candidates.push_back(*date_line);
  std::size_t title_line = candidates[0];
  for (std::size_t k = 0; k + 1 < candidates.size() && CountWords(lines[candidates[k]].text) < kMinTitleWords; ++k) {
    if (LooksLikeHeadline(lines[candidates[k + 1]].text)) {
      title_line = candidates[k + 1];
      break;
    }
  }
  record->title = TruncateAtWord(lines[title_line].text, kMaxTitleBytes);

  std::size_t last_paragraph = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == title_line || i == date_line) continue;
    if (record->source.empty()) record->source = SourceOfLead(lines[i].text);
    AppendLine(lines[i], record, &last_paragraph);
  }
}

// A document in the official layout: its fields from the layout, its text the lines outside
// the header, the signature and the recipients, which are layout rather than content.
void ReadDocument(const OfficialLayout& layout, const std::vector<TextLine>& lines, schema::DocumentRecord* record) {
  record->kind = "document";
  record->number = layout.number;
  record->identifier = layout.identifier;
  record->type = layout.type;
  record->body = layout.body;
  record->issuer = layout.issuer;
  record->place = layout.place;
  if (layout.date) record->date = layout.date->ToIso();
  record->title = TruncateAtWord(layout.title, kMaxTitleBytes);
  record->subject = layout.subject;
  record->signer = layout.signer;
  record->signer_title = layout.signer_title;
  const analysis::TextSpan layout_spans[] = {layout.header, layout.signature, layout.recipients};
  std::size_t last_paragraph = 0;
  for (const TextLine& line : lines) {
    const bool is_layout = std::any_of(std::begin(layout_spans), std::end(layout_spans), [&](analysis::TextSpan span) {
      return line.begin >= span.begin && line.begin < span.end;
    });
    if (!is_layout) AppendLine(line, record, &last_paragraph);
  }
}

}  // namespace

ReadResult ReadTextArticle(std::string_view bytes, std::string_view id, LineBreaks breaks) {
  ReadResult result;
  std::size_t invalid = 0;
  std::string text = CleanText(bytes, &invalid);

  std::vector<TextLine> lines;
  std::size_t paragraph = 1;  // AppendLine's first last_paragraph is 0: none
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view raw = std::string_view(text).substr(start, end - start);
    const std::string_view line = Trim(raw);
    if (line.empty() || breaks == LineBreaks::kParagraphs) ++paragraph;
    if (!line.empty()) {
      lines.push_back({std::string(line), start + static_cast<std::size_t>(line.data() - raw.data()), paragraph});
    }
    start = end + 1;
  }
  if (lines.empty() || !HasLetter(text)) {
    result.error = ReadError{"empty file: no text to index"};
    return result;
  }

  schema::DocumentRecord record;
  record.id = std::string(id);
  record.path = std::string(id);
  record.invalid_utf8 = invalid;
  if (std::optional<OfficialLayout> layout = ReadOfficialLayout(text)) {
    ReadDocument(*layout, lines, &record);
  } else {
    ReadArticle(lines, &record);
  }
  result.documents.push_back(std::move(record));
  return result;
}

}  // namespace vankien::readers
