// HTML parsed with libxml2's HTML parser, and the text of a parsed page as paragraphs of runs.
// libxml2 rather than gumbo: it is maintained and security-patched in Debian, its recovery mode
// reads the tag soup of old provincial sites as browsers roughly do, its tree is freed
// without recursion, and it refuses nesting deep enough to endanger a recursive walk. Used for web pages (html_reader.h) and for unrtf's output (rtf_reader.h).
#ifndef VANKIEN_READERS_HTML_TEXT_H_
#define VANKIEN_READERS_HTML_TEXT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/extraction.h"

// libxml2's tree types, as its headers declare them, so that users need not include them.
typedef struct _xmlNode xmlNode;
typedef struct _xmlDoc xmlDoc;

namespace vankien::readers {

// The deepest element nesting libxml2 parses (xmlParserMaxDepth, without HTML_PARSE_HUGE): real
// pages stay far below it, and every walk of the tree may recurse safely.
inline constexpr int kMaxHtmlDepth = 256;

class HtmlDocument {
 public:
  // Parses `utf8` (already converted to UTF-8: a charset the page declares is ignored) leniently,
  // never touching the network. Throws ExtractionError when nothing could be parsed or the
  // elements nest deeper than kMaxHtmlDepth.
  explicit HtmlDocument(std::string_view utf8);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  // The <html> element.
  const xmlNode* root() const;

 private:
  xmlDoc* document_ = nullptr;
};

// The lower-case name of an element, or "" for any other node.
std::string_view ElementName(const xmlNode* node);

// The value of an element's attribute, or "".
std::string AttributeOf(const xmlNode* node, const char* name);

// True for the elements whose content is never text: the <head>, scripts, styles, form controls.
bool IsNeverText(std::string_view element_name);

// The text below `node`, whitespace collapsed to single spaces and trimmed.
std::string TextOf(const xmlNode* node);

// The first element named `name` (lower case) below `root` in document order, or nullptr.
const xmlNode* FindElement(const xmlNode* root, std::string_view name);

// How long the font of a <font face> or a style's font-family lasts.
enum class FontScope {
  kElement,       // to the element's end, as a browser shows it
  kUntilChanged,  // until the next one in document order: unrtf writes a <font face> only
                  // where the RTF's font changes, and closes it wherever HTML nesting makes it
};

// Decides whether an element is left out of the text, with everything below it.
using SkipElement = std::function<bool(const xmlNode*)>;

// The text below `root` as paragraphs: block elements (p, div, headings, list items, table
// cells …) end paragraphs, <br> is "\n", whitespace is collapsed as a browser shows it (but in
// <pre>). Each run's font is the first family named by the <font face=…> or
// style="font-family:…" in force (`scope`), above `root` too, or "". Scripts, styles, forms'
// controls and the <head> are never text; `skip` may leave out more.
std::vector<Paragraph> HtmlParagraphs(const xmlNode* root, const SkipElement& skip,
                                      FontScope scope = FontScope::kElement);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_HTML_TEXT_H_
