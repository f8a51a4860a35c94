#include "readers/html_text.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>

#include "readers/paragraph_builder.h"
#include "readers/text_cleanup.h"

namespace vankien::readers {
namespace {

bool IsBlock(std::string_view name) {
  static const std::set<std::string_view> kBlocks = {
      "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
      "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "body", "html"};
  return kBlocks.count(name) > 0;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The first family of a CSS font-family list or a face attribute: "'.VnTime', serif" → ".VnTime".
std::string FirstFamily(std::string_view families) {
  std::string_view first = families.substr(0, families.find(','));
  std::string family = std::string(Trim(first));
  if (family.size() >= 2 && (family.front() == '\'' || family.front() == '"') && family.back() == family.front()) {
    family = family.substr(1, family.size() - 2);
  }
  return family;
}

// The font-family an inline style sets, or "".
std::string StyleFamily(const std::string& style) {
  std::string lower = style;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::size_t at = lower.find("font-family");
  if (at == std::string::npos) return "";
  const std::size_t colon = style.find(':', at);
  if (colon == std::string::npos) return "";
  const std::size_t end = style.find(';', colon);
  return FirstFamily(std::string_view(style).substr(colon + 1, end == std::string::npos ? std::string::npos : end - colon - 1));
}

// The font an element sets for its content (<font face>, style="font-family"), or "".
std::string FontOf(const xmlNode* node) {
  if (std::string family = StyleFamily(AttributeOf(node, "style")); !family.empty()) return family;
  return ElementName(node) == "font" ? FirstFamily(AttributeOf(node, "face")) : "";
}

// The font in force at `node`: its own or its nearest ancestor's (a <font face> around the
// whole body of an old page).
std::string FontAround(const xmlNode* node) {
  for (const xmlNode* up = node; up != nullptr && up->type == XML_ELEMENT_NODE; up = up->parent) {
    if (std::string font = FontOf(up); !font.empty()) return font;
  }
  return "";
}

class Walker {
 public:
  Walker(const SkipElement& skip, FontScope scope, std::string font)
      : skip_(skip), scope_(scope), font_until_changed_(std::move(font)) {}

  void Walk(const xmlNode* node, const std::string& font, bool preformatted) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        Text(reinterpret_cast<const char*>(child->content),
             scope_ == FontScope::kElement ? font : font_until_changed_, preformatted);
        continue;
      }
      const std::string_view name = ElementName(child);
      if (name.empty() || IsNeverText(name) || (skip_ && skip_(child))) continue;
      if (name == "br") {
        out_.Add("\n", scope_ == FontScope::kElement ? font : font_until_changed_);
        at_line_start_ = true;
        continue;
      }
      std::string child_font = FontOf(child);
      if (child_font.empty()) child_font = font;
      else font_until_changed_ = child_font;
      const bool block = IsBlock(name);
      if (block) EndParagraph();
      Walk(child, child_font, preformatted || name == "pre");
      if (block) EndParagraph();
    }
  }

  std::vector<Paragraph> Take() { return out_.Take(); }

 private:
  void Text(const char* content, const std::string& font, bool preformatted) {
    if (content == nullptr) return;
    std::string_view text(content);
    if (preformatted) {
      out_.Add(text, font);
      at_line_start_ = !text.empty() && text.back() == '\n';
      return;
    }
    std::string collapsed;
    for (char c : text) {
      if (IsHtmlSpace(c)) {
        pending_space_ = true;
        continue;
      }
      // A space is written between words, never at the start of a line.
      if (pending_space_ && !at_line_start_) collapsed += ' ';
      pending_space_ = false;
      at_line_start_ = false;
      collapsed += c;
    }
    out_.Add(collapsed, font);
  }

  void EndParagraph() {
    out_.EndParagraph();
    at_line_start_ = true;
    pending_space_ = false;
  }

  const SkipElement& skip_;
  const FontScope scope_;
  std::string font_until_changed_;
  ParagraphBuilder out_;
  bool at_line_start_ = true;   // nothing but whitespace since the paragraph or line began
  bool pending_space_ = false;  // whitespace seen since the last text, written before the next
};

}  // namespace

HtmlDocument::HtmlDocument(std::string_view utf8) {
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_IGNORE_ENC;
  // No HTML_PARSE_NOBLANKS: it drops the lone spaces between inline elements ("<b>a</b> <i>b</i>"),
  // gluing words together; whitespace is collapsed when the text is walked instead.
  htmlParserCtxtPtr context = htmlNewParserCtxt();
  if (context == nullptr) throw std::bad_alloc();
  document_ = htmlCtxtReadMemory(context, utf8.data(), static_cast<int>(std::min<std::size_t>(utf8.size(), INT32_MAX)),
                                 nullptr, "UTF-8", kOptions);
  // Without HTML_PARSE_HUGE libxml2 halts at kMaxHtmlDepth with an internal error: say so
  // rather than read the page's first part.
  const bool too_deep = context->instate == XML_PARSER_EOF && context->errNo == XML_ERR_INTERNAL_ERROR;
  htmlFreeParserCtxt(context);
  if (document_ == nullptr || xmlDocGetRootElement(document_) == nullptr || too_deep) {
    if (document_ != nullptr) xmlFreeDoc(document_);
    throw ExtractionError(too_deep ? "HTML elements nested deeper than " + std::to_string(kMaxHtmlDepth)
                                   : std::string("unreadable HTML: nothing could be parsed"));
  }
}

HtmlDocument::~HtmlDocument() { xmlFreeDoc(document_); }

const xmlNode* HtmlDocument::root() const { return xmlDocGetRootElement(document_); }

bool IsNeverText(std::string_view element_name) {
  static const std::set<std::string_view> kNever = {"head", "script", "style", "noscript", "template", "iframe",
                                                    "object", "svg", "select", "button", "input", "textarea"};
  return kNever.count(element_name) > 0;
}

std::string_view ElementName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string AttributeOf(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

const xmlNode* FindElement(const xmlNode* root, std::string_view name) {
  for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (ElementName(child) == name) return child;
    if (const xmlNode* found = FindElement(child, name)) return found;
  }
  return nullptr;
}

std::string TextOf(const xmlNode* node) {
  std::string text;
  for (const Paragraph& paragraph : HtmlParagraphs(node, nullptr)) text += RunText(paragraph) + " ";
  return CollapseWhitespace(text);
}

std::vector<Paragraph> HtmlParagraphs(const xmlNode* root, const SkipElement& skip, FontScope scope) {
  const std::string font = FontAround(root);
  Walker walker(skip, scope, font);
  walker.Walk(root, font, false);
  return walker.Take();
}

}  // namespace vankien::readers
