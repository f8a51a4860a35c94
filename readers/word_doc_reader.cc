#include "readers/word_doc_reader.h"

#include "readers/external_tool.h"
#include "readers/paragraph_builder.h"
#include "readers/rtf_reader.h"

namespace vankien::readers {
namespace {

// Every Word 97–2003 file is an OLE2 compound file, which starts with these bytes.
constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

}  // namespace

Extraction ReadWordDoc(std::string_view bytes, const ExtractOptions& options) {
  if (bytes.substr(0, 5) == "{\\rtf") return ReadRtf(bytes, options);
  if (bytes.substr(0, kOleSignature.size()) != kOleSignature) {
    throw ExtractionError("not a Word 97-2003 document: no OLE2 signature");
  }
  std::string text;
  try {
    // -w: a paragraph per line, not wrapped at 72 columns.
    text = RunTool(ToolRun{"catdoc", {"-w", "-d", "utf-8"}, "catdoc"}, bytes);
  } catch (const MissingComponent&) {
    throw;
  } catch (const ExtractionError& error) {
    throw ExtractionError(std::string("unreadable Word document: ") + error.what());
  }
  // catdoc ends a table cell with a tab, as it writes a Word tab: a tab ends the paragraph, so
  // that cells are paragraphs as the DOCX reader gives them. The two columns of an official
  // header — a table, or typed apart with tabs — are then lines of their own, as
  // readers/official_layout.h reads them, not one line "Số 12-CT/TU ĐẢNG CỘNG SẢN VIỆT NAM".
  ParagraphBuilder builder;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find_first_of("\n\f\t", start);  // a form feed is a page break
    if (end == std::string::npos) end = text.size();
    builder.Add(std::string_view(text).substr(start, end - start), "");
    builder.EndParagraph();
    start = end + 1;
  }
  Extraction extraction;
  extraction.paragraphs = builder.Take();
  return extraction;
}

}  // namespace vankien::readers
