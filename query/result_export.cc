#include "query/result_export.h"

#include <set>

#include "analysis/identifier_codes.h"
#include "query/document_citation.h"

namespace vankien::query {
namespace {

std::vector<std::string> TopicNamesOf(const schema::DocumentRecord& r, const std::vector<Topic>& topics) {
  std::vector<std::string> names;
  for (const schema::TopicScore& t : r.topics) {
    const std::string name = TopicName(topics, t.code);
    names.push_back(name.empty() ? t.code : name);
  }
  return names;
}

std::string Joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : std::string(separator)) + part;
  return joined;
}

// Export formats are line-based: a line break inside a field (a title broken over two lines)
// would end it, so every run of blanks is one space.
std::string OneLine(std::string_view text) {
  std::string line;
  bool blank = false;
  for (char c : text) {
    const bool is_blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    if (is_blank) {
      blank = !line.empty();
      continue;
    }
    if (blank) line += ' ';
    blank = false;
    line += c;
  }
  return line;
}

std::string CsvCell(std::string_view text) {
  std::string cell = OneLine(text);
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')) cell.insert(0, "'");
  std::string quoted = "\"";
  for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string Csv(const std::vector<schema::DocumentRecord>& records, const std::vector<Topic>& topics) {
  std::string out = "\xEF\xBB\xBF";
  const std::vector<std::string> header = {"id",     "kind",  "number", "type",   "type_name", "body", "issuer",
                                           "date",   "title", "subject", "source", "topics",    "citation"};
  out += Joined(header, ",") + "\r\n";
  for (const schema::DocumentRecord& r : records) {
    const std::vector<std::string> row = {
        r.id,      r.kind,  r.identifier.empty() ? r.number : r.identifier, r.type, DocumentTypeName(r),
        r.body,    r.issuer, r.date, r.title, r.subject, r.source, Joined(TopicNamesOf(r, topics), "; "),
        VietnameseCitation(r)};
    std::vector<std::string> cells;
    for (const std::string& value : row) cells.push_back(CsvCell(value));
    out += Joined(cells, ",") + "\r\n";
  }
  return out;
}

std::string Ris(const std::vector<schema::DocumentRecord>& records, const std::vector<Topic>& topics) {
  std::string out;
  for (const schema::DocumentRecord& r : records) {
    auto tag = [&out](std::string_view name, std::string_view value) {
      const std::string line = OneLine(value);
      if (!line.empty()) out += std::string(name) + "  - " + line + "\r\n";
    };
    const bool article = r.kind == "article";
    tag("TY", article ? "NEWS" : "GOVDOC");
    tag("TI", r.title);
    tag(article ? "T2" : "AU", article ? r.source : CitedIssuer(r));
    if (r.date.size() == 10) {
      tag("PY", r.date.substr(0, 4));
      tag("DA", r.date.substr(0, 4) + "/" + r.date.substr(5, 2) + "/" + r.date.substr(8, 2));
    }
    tag("M1", r.identifier.empty() ? r.number : r.identifier);
    tag("CY", r.place);
    tag("AB", r.subject);
    for (const std::string& name : TopicNamesOf(r, topics)) tag("KW", name);
    tag("LA", "vi");
    tag("ID", r.id);
    tag("N1", VietnameseCitation(r));
    out += "ER  - \r\n\r\n";
  }
  return out;
}

std::string TexEscaped(std::string_view text) {
  std::string escaped;
  for (char c : OneLine(text)) {
    switch (c) {
      case '\\': escaped += "\\textbackslash{}"; break;
      case '{': case '}': case '%': case '&': case '$': case '#': case '_':
        escaped += '\\';
        escaped += c;
        break;
      case '^': escaped += "\\^{}"; break;
      case '~': escaped += "\\~{}"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

// A BibTeX key: the id's ASCII letters and digits, every other run as one '-'.
std::string BibtexKey(std::string_view id) {
  std::string key;
  for (unsigned char c : id) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (kept) {
      key += static_cast<char>(c);
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return key.empty() ? "vankien" : key;
}

std::string Bibtex(const std::vector<schema::DocumentRecord>& records, const std::vector<Topic>& topics) {
  std::string out;
  std::set<std::string> keys;
  for (const schema::DocumentRecord& r : records) {
    std::string key = BibtexKey(r.id);
    for (int n = 2; !keys.insert(key).second; ++n) key = BibtexKey(r.id) + "-" + std::to_string(n);
    out += "@misc{" + key + ",\n";
    auto field = [&out](std::string_view name, std::string_view value, bool literal = false) {
      const std::string text = TexEscaped(value);
      if (text.empty()) return;
      // Double braces keep a corporate author whole: BibTeX would take its last word for a surname.
      out += "  " + std::string(name) + " = " + (literal ? "{{" + text + "}}" : "{" + text + "}") + ",\n";
    };
    const bool article = r.kind == "article";
    field("title", r.title);
    if (!article) field("author", CitedIssuer(r), /*literal=*/true);
    if (article) field("howpublished", r.source);
    if (r.date.size() == 10) {
      field("year", r.date.substr(0, 4));
      field("date", r.date);
    }
    field("number", r.identifier.empty() ? r.number : r.identifier);
    field("address", r.place);
    field("abstract", r.subject);
    field("keywords", Joined(TopicNamesOf(r, topics), ", "));
    field("note", VietnameseCitation(r));
    field("language", "vietnamese");
    out += "}\n\n";
  }
  return out;
}

}  // namespace

std::optional<ExportFormat> ExportFormatNamed(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "ris") return ExportFormat::kRis;
  if (name == "bibtex" || name == "bib") return ExportFormat::kBibtex;
  return std::nullopt;
}

std::string_view ExportMediaType(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv: return "text/csv; charset=utf-8";
    case ExportFormat::kRis: return "application/x-research-info-systems; charset=utf-8";
    case ExportFormat::kBibtex: return "application/x-bibtex; charset=utf-8";
  }
  return "";
}

std::string_view ExportExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv: return "csv";
    case ExportFormat::kRis: return "ris";
    case ExportFormat::kBibtex: return "bib";
  }
  return "";
}

std::string ExportRecords(const std::vector<schema::DocumentRecord>& records, ExportFormat format,
                          const std::vector<Topic>& topics) {
  switch (format) {
    case ExportFormat::kCsv: return Csv(records, topics);
    case ExportFormat::kRis: return Ris(records, topics);
    case ExportFormat::kBibtex: return Bibtex(records, topics);
  }
  return "";
}

}  // namespace vankien::query
