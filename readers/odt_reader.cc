#include "readers/odt_reader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string>

#include "analysis/date.h"
#include "readers/paragraph_builder.h"
#include "readers/text_cleanup.h"
#include "readers/xml_part.h"
#include "readers/zip_archive.h"

namespace vankien::readers {
namespace {

// text:s may ask for any number of spaces; more than this is padding, not text.
constexpr int kMaxSpaces = 64;

// ODF collapses a run of whitespace in a paragraph's text to one space; text:s, text:tab and
// text:line-break are what write spaces, tabs and breaks that count.
std::string CollapsedSpaces(std::string_view text) {
  std::string collapsed;
  bool blank = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space) collapsed += c;
    else if (!blank) collapsed += ' ';
    blank = space;
  }
  return collapsed;
}

// The fonts the styles of both parts (content.xml's automatic styles, styles.xml's common
// ones) give, by family and name.
class StyleFonts {
 public:
  // Adds the font face declarations and styles found under `root` (a part's root element).
  void AddPart(const pugi::xml_node& root) {
    for (const pugi::xml_node& section : root.children()) {
      const std::string_view name = LocalName(section);
      if (name == "font-face-decls") {
        for (const pugi::xml_node& face : section.children()) {
          faces_[std::string(AttributeValue(face, "name"))] = Unquoted(AttributeValue(face, "font-family"));
        }
      } else if (name == "styles" || name == "automatic-styles") {
        for (const pugi::xml_node& style : section.children()) AddStyle(style);
      }
    }
  }

  // The font of a style of `family` ("paragraph", "text") named `name`, following
  // style:parent-style-name and ending at the family's default style; "" when none says.
  std::string Font(std::string_view family, std::string_view name) const {
    std::set<std::string> seen;
    for (std::string key = Key(family, name); seen.insert(key).second;) {
      const auto style = styles_.find(key);
      if (style == styles_.end()) break;
      if (!style->second.font.empty()) return style->second.font;
      if (style->second.parent.empty()) break;
      key = Key(family, style->second.parent);
    }
    const auto fallback = styles_.find(Key(family, ""));
    return fallback == styles_.end() ? "" : fallback->second.font;
  }

 private:
  struct Style {
    std::string parent;
    std::string font;
  };

  static std::string Key(std::string_view family, std::string_view name) {
    return std::string(family) + "\n" + std::string(name);
  }

  // svg:font-family quotes names with spaces: "'Times New Roman'".
  static std::string Unquoted(std::string_view family) {
    if (family.size() >= 2 && (family.front() == '\'' || family.front() == '"') && family.back() == family.front()) {
      family = family.substr(1, family.size() - 2);
    }
    return std::string(family);
  }

  void AddStyle(const pugi::xml_node& style) {
    const std::string_view kind = LocalName(style);
    if (kind != "style" && kind != "default-style") return;
    const pugi::xml_node properties = Child(style, "text-properties");
    std::string font(AttributeValue(properties, "font-name"));
    if (!font.empty()) {
      const auto face = faces_.find(font);
      if (face != faces_.end() && !face->second.empty()) font = face->second;
    } else {
      font = Unquoted(AttributeValue(properties, "font-family"));
    }
    // A default style is keyed with an empty name.
    const std::string_view name = kind == "style" ? AttributeValue(style, "name") : std::string_view();
    styles_[Key(AttributeValue(style, "family"), name)] =
        Style{std::string(AttributeValue(style, "parent-style-name")), font};
  }

  std::map<std::string, std::string> faces_;
  std::map<std::string, Style> styles_;
};

// Walks text elements into paragraphs; notes go to a builder of their own, read after the body.
class TextWalker {
 public:
  TextWalker(const StyleFonts& fonts, ParagraphBuilder* out, ParagraphBuilder* notes)
      : fonts_(fonts), out_(out), notes_(notes) {}

  void Walk(const pugi::xml_node& node, int depth) {
    if (depth > kMaxXmlDepth) throw ExtractionError("ODT elements nested too deep");
    const std::string_view name = LocalName(node);
    if (name == "p" || name == "h") {
      Paragraph(node, depth);
    } else if (name == "table-cell") {
      ++cell_depth_;
      WalkChildren(node, depth);
      --cell_depth_;
      cell_started_ = false;
      out_->EndParagraph();
    } else if (name == "tracked-changes" || name == "annotation" || name == "note-citation" ||
               name == "sequence-decls") {
      // Deleted text, comments, a note's number and variable declarations are not the text.
    } else if (name == "note") {
      ParagraphBuilder* body = out_;
      const int cell_depth = cell_depth_;
      out_ = notes_;
      cell_depth_ = 0;
      WalkChildren(node, depth);
      out_ = body;
      cell_depth_ = cell_depth;
    } else {
      WalkChildren(node, depth);
    }
  }

 private:
  void WalkChildren(const pugi::xml_node& node, int depth) {
    for (const pugi::xml_node& child : node.children()) Walk(child, depth + 1);
  }

  void Paragraph(const pugi::xml_node& paragraph, int depth) {
    if (cell_depth_ > 0) {
      if (cell_started_) out_->AddLineBreak();
      cell_started_ = true;
    } else {
      out_->EndParagraph();
    }
    Inline(paragraph, fonts_.Font("paragraph", AttributeValue(paragraph, "style-name")), depth);
    if (cell_depth_ == 0) out_->EndParagraph();
  }

  // The text of a paragraph's content in `font`, spans changing it.
  void Inline(const pugi::xml_node& node, const std::string& font, int depth) {
    if (depth > kMaxXmlDepth) throw ExtractionError("ODT elements nested too deep");
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        out_->Add(CollapsedSpaces(child.value()), font);
        continue;
      }
      const std::string_view name = LocalName(child);
      if (name == "span") {
        const std::string span_font = fonts_.Font("text", AttributeValue(child, "style-name"));
        Inline(child, span_font.empty() ? font : span_font, depth + 1);
      } else if (name == "s") {
        const std::string_view count_text = AttributeValue(child, "c");
        int count = 1;
        std::from_chars(count_text.data(), count_text.data() + count_text.size(), count);
        out_->Add(std::string(static_cast<std::size_t>(std::clamp(count, 1, kMaxSpaces)), ' '), font);
      } else if (name == "tab") {
        out_->Add("\t", font);
      } else if (name == "line-break") {
        out_->Add("\n", font);
      } else if (name == "p" || name == "h" || name == "note" || name == "table" || name == "frame" ||
                 name == "annotation" || name == "note-citation") {
        Walk(child, depth + 1);
      } else {
        Inline(child, font, depth + 1);  // links, bookmarks, fields: their text in this font
      }
    }
  }

  const StyleFonts& fonts_;
  ParagraphBuilder* out_;
  ParagraphBuilder* notes_;
  int cell_depth_ = 0;
  bool cell_started_ = false;
};

ContainerMetadata ReadMeta(const pugi::xml_node& meta) {
  ContainerMetadata metadata;
  std::string description;
  std::string creator;
  for (const pugi::xml_node& field : meta.children()) {
    const std::string value = CollapseWhitespace(field.text().get());
    const std::string_view name = LocalName(field);
    if (name == "title") metadata.title = value;
    if (name == "subject") metadata.subject = value;
    if (name == "description") description = value;
    if (name == "initial-creator") metadata.author = value;
    if (name == "creator") creator = value;
    if (name == "creation-date" || (name == "date" && metadata.date.empty())) {
      if (auto date = analysis::ParseIsoDate(std::string_view(value).substr(0, 10))) metadata.date = date->ToIso();
    }
  }
  if (metadata.subject.empty()) metadata.subject = description;
  if (metadata.author.empty()) metadata.author = creator;
  return metadata;
}

}  // namespace

Extraction ReadOdt(std::string_view bytes, const ExtractOptions& options) {
  ZipArchive zip(bytes, options);
  std::optional<std::string> content_xml = zip.Read("content.xml");
  if (!content_xml) throw ExtractionError("not an ODT file: no content.xml");
  pugi::xml_document content;
  ParseXmlPart(*content_xml, "content.xml", &content);
  content_xml.reset();
  pugi::xml_document styles;
  if (std::optional<std::string> xml = zip.Read("styles.xml")) ParseXmlPart(*xml, "styles.xml", &styles);

  // Common styles first: content.xml's automatic styles may be based on them.
  StyleFonts fonts;
  fonts.AddPart(styles.document_element());
  fonts.AddPart(content.document_element());

  ParagraphBuilder body;
  ParagraphBuilder notes;
  TextWalker walker(fonts, &body, &notes);
  walker.Walk(Child(content.document_element(), "body"), 0);
  body.EndParagraph();
  std::vector<Paragraph> paragraphs = body.Take();
  for (Paragraph& note : notes.Take()) paragraphs.push_back(std::move(note));
  // Headers and footers of every master page, after the body so that its layout leads.
  walker.Walk(Child(styles.document_element(), "master-styles"), 0);
  for (Paragraph& paragraph : body.Take()) paragraphs.push_back(std::move(paragraph));

  Extraction extraction;
  extraction.paragraphs = std::move(paragraphs);
  if (std::optional<std::string> xml = zip.Read("meta.xml")) {
    pugi::xml_document meta;
    ParseXmlPart(*xml, "meta.xml", &meta);
    extraction.metadata = ReadMeta(Child(meta.document_element(), "meta"));
  }
  return extraction;
}

}  // namespace vankien::readers
