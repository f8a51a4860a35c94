// A list of documents written out for other tools: CSV for spreadsheets, RIS and BibTeX for
// reference managers (Zotero, EndNote, JabRef). `vankien-query --format` and the service's
// /api/search.csv, .ris and .bib write search results with it (docs/json.md, "Exports").
#ifndef VANKIEN_QUERY_RESULT_EXPORT_H_
#define VANKIEN_QUERY_RESULT_EXPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/searcher.h"
#include "schema/document_record.h"

namespace vankien::query {

enum class ExportFormat { kCsv, kRis, kBibtex };

// The format named `name`: "csv", "ris", "bibtex" (or "bib"); nullopt for any other name.
std::optional<ExportFormat> ExportFormatNamed(std::string_view name);

// The media type of a format, with its charset where the type takes one.
std::string_view ExportMediaType(ExportFormat format);

// The usual file name extension of a format, without the dot: "csv", "ris", "bib".
std::string_view ExportExtension(ExportFormat format);

// `records` in `format`, in their order, their topics named from `topics`. Every record's
// fields (not its text) are written, with its Vietnamese citation (query/document_citation.h):
// - CSV (RFC 4180, CRLF line ends) starts with a UTF-8 byte order mark, without which
//   spreadsheet programs read the file in a legacy code page; a cell a spreadsheet would run as
//   a formula (starting with =, +, -, @) is written after an apostrophe;
// - RIS gives a document type GOVDOC and an article NEWS;
// - BibTeX writes each as @misc, its key the id in ASCII (made unique within the export),
//   characters special to TeX escaped.
std::string ExportRecords(const std::vector<schema::DocumentRecord>& records, ExportFormat format,
                          const std::vector<Topic>& topics);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_RESULT_EXPORT_H_
