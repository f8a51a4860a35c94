#include "readers/docx_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "analysis/date.h"
#include "readers/legacy_encoding.h"
#include "readers/paragraph_builder.h"
#include "readers/text_cleanup.h"
#include "readers/xml_part.h"
#include "readers/zip_archive.h"

namespace vankien::readers {
namespace {

// The fonts a theme names: rFonts may say "minorHAnsi" instead of a font's name.
struct ThemeFonts {
  std::string major;
  std::string minor;
};

// The font of a run, resolved the way Word does: the run's own rFonts, its character style,
// its paragraph's style (each with the styles it is based on), the document defaults.
class FontResolver {
 public:
  FontResolver(const pugi::xml_node& styles, ThemeFonts theme) : theme_(std::move(theme)) {
    for (const pugi::xml_node& node : styles.children()) {
      if (LocalName(node) == "docDefaults") {
        defaults_ = FontOf(Child(Child(Child(node, "rPrDefault"), "rPr"), "rFonts"));
      } else if (LocalName(node) == "style") {
        const std::string id(AttributeValue(node, "styleId"));
        styles_[id] = node;
        if (AttributeValue(node, "type") == "paragraph" && AttributeValue(node, "default") == "1") {
          default_paragraph_style_ = id;
        }
      }
    }
  }

  // The font of `run` (a w:r) in a paragraph whose properties are `paragraph_properties`.
  std::string Resolve(const pugi::xml_node& run, const pugi::xml_node& paragraph_properties) const {
    const pugi::xml_node properties = Child(run, "rPr");
    if (std::string font = FontOf(Child(properties, "rFonts")); !font.empty()) return font;
    if (std::string font = StyleFont(AttributeValue(Child(properties, "rStyle"), "val")); !font.empty()) {
      return font;
    }
    std::string_view paragraph_style = AttributeValue(Child(paragraph_properties, "pStyle"), "val");
    if (paragraph_style.empty()) paragraph_style = default_paragraph_style_;
    if (std::string font = StyleFont(paragraph_style); !font.empty()) return font;
    return defaults_;
  }

 private:
  // The font an rFonts element names: w:ascii, else w:hAnsi, else w:cs, else a theme font.
  std::string FontOf(const pugi::xml_node& fonts) const {
    for (const char* attribute : {"ascii", "hAnsi", "cs"}) {
      if (std::string_view font = AttributeValue(fonts, attribute); !font.empty()) return std::string(font);
    }
    for (const char* attribute : {"asciiTheme", "hAnsiTheme", "cstheme"}) {
      const std::string_view theme = AttributeValue(fonts, attribute);
      if (theme.substr(0, 5) == "major") return theme_.major;
      if (theme.substr(0, 5) == "minor") return theme_.minor;
    }
    return "";
  }

  // The font a style sets, or inherits through w:basedOn (a loop in the chain ends it).
  std::string StyleFont(std::string_view id) const {
    std::set<std::string> seen;
    while (!id.empty() && seen.insert(std::string(id)).second) {
      const auto style = styles_.find(std::string(id));
      if (style == styles_.end()) break;
      if (std::string font = FontOf(Child(Child(style->second, "rPr"), "rFonts")); !font.empty()) return font;
      id = AttributeValue(Child(style->second, "basedOn"), "val");
    }
    return "";
  }

  ThemeFonts theme_;
  std::map<std::string, pugi::xml_node> styles_;
  std::string default_paragraph_style_;
  std::string defaults_;
};

ThemeFonts ReadThemeFonts(const pugi::xml_node& theme) {
  ThemeFonts fonts;
  for (pugi::xpath_node scheme : theme.select_nodes("//*[local-name()='fontScheme']/*")) {
    const std::string face(AttributeValue(Child(scheme.node(), "latin"), "typeface"));
    if (LocalName(scheme.node()) == "majorFont") fonts.major = face;
    if (LocalName(scheme.node()) == "minorFont") fonts.minor = face;
  }
  return fonts;
}

// Walks one part's element tree into paragraphs.
class TextWalker {
 public:
  TextWalker(const FontResolver& fonts, ParagraphBuilder* out) : fonts_(fonts), out_(out) {}

  void Walk(const pugi::xml_node& node, int depth) {
    if (depth > kMaxXmlDepth) throw ExtractionError("DOCX elements nested too deep");
    const std::string_view name = LocalName(node);
    if (name == "p") {
      Paragraph(node, depth);
    } else if (name == "tc") {
      ++cell_depth_;
      for (const pugi::xml_node& child : node.children()) Walk(child, depth + 1);
      --cell_depth_;
      cell_started_ = false;
      out_->EndParagraph();
    } else if (name == "Fallback" || name == "delText" || name == "instrText") {
      // mc:Fallback repeats what mc:Choice holds; deleted text and field codes are not text.
    } else if (name == "footnote" || name == "endnote") {
      // Separator "notes" carry a w:type; real notes have none.
      if (AttributeValue(node, "type").empty()) WalkChildren(node, depth);
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
      // A cell is one paragraph: its own paragraphs become its lines.
      if (cell_started_) out_->AddLineBreak();
      cell_started_ = true;
    } else {
      out_->EndParagraph();
    }
    paragraph_properties_.push_back(Child(paragraph, "pPr"));
    Runs(paragraph, depth);
    paragraph_properties_.pop_back();
    if (cell_depth_ == 0) out_->EndParagraph();
  }

  // Every run below `node` (runs sit in hyperlinks, insertions, content controls …).
  void Runs(const pugi::xml_node& node, int depth) {
    for (const pugi::xml_node& child : node.children()) {
      const std::string_view name = LocalName(child);
      if (name == "r") {
        Run(child, depth + 1);
      } else if (name == "p" || name == "tbl") {
        Walk(child, depth + 1);
      } else if (name != "pPr" && name != "Fallback" && name != "del") {
        if (depth > kMaxXmlDepth) throw ExtractionError("DOCX elements nested too deep");
        Runs(child, depth + 1);
      }
    }
  }

  void Run(const pugi::xml_node& run, int depth) {
    const std::string font = fonts_.Resolve(run, paragraph_properties_.back());
    for (const pugi::xml_node& child : run.children()) {
      const std::string_view name = LocalName(child);
      if (name == "t") {
        out_->Add(child.text().get(), font);
      } else if (name == "tab") {
        out_->Add("\t", font);
      } else if (name == "br" || name == "cr") {
        out_->Add("\n", font);
      } else if (name == "noBreakHyphen") {
        out_->Add("-", font);
      } else if (name == "softHyphen") {
        // Word writes the byte 0xAD typed in a legacy font as a soft hyphen, and TCVN3 types
        // "ư" with that byte (readers/legacy_encoding.h): kept there, as Windows-1252 reads it.
        // In any other font it only marks where a word may break.
        if (EncodingOfFont(font)) out_->Add("\u00AD", font);
      } else if (name != "rPr") {
        // A drawing's text box holds paragraphs of its own.
        Walk(child, depth + 1);
      }
    }
  }

  const FontResolver& fonts_;
  ParagraphBuilder* out_;
  std::vector<pugi::xml_node> paragraph_properties_;
  int cell_depth_ = 0;
  bool cell_started_ = false;
};

// The parts under word/ whose name starts with `prefix` and ends in ".xml", in name order
// (header1.xml, header2.xml …).
std::vector<std::string> PartsNamed(const std::vector<std::string>& names, std::string_view prefix) {
  std::vector<std::string> parts;
  for (const std::string& name : names) {
    if (name.rfind(prefix, 0) == 0 && name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0 &&
        name.find('/', prefix.size()) == std::string::npos) {
      parts.push_back(name);
    }
  }
  std::sort(parts.begin(), parts.end());
  return parts;
}

ContainerMetadata ReadCoreProperties(const pugi::xml_node& core) {
  ContainerMetadata metadata;
  for (const pugi::xml_node& field : core.children()) {
    const std::string value = CollapseWhitespace(field.text().get());
    const std::string_view name = LocalName(field);
    if (name == "title") metadata.title = value;
    if (name == "creator") metadata.author = value;
    if (name == "subject") metadata.subject = value;
    if (name == "created") {
      if (auto date = analysis::ParseIsoDate(std::string_view(value).substr(0, 10))) metadata.date = date->ToIso();
    }
  }
  return metadata;
}

}  // namespace

Extraction ReadDocx(std::string_view bytes, const ExtractOptions& options) {
  ZipArchive zip(bytes, options);
  std::optional<std::string> document_xml = zip.Read("word/document.xml");
  if (!document_xml) throw ExtractionError("not a DOCX file: no word/document.xml");

  pugi::xml_document styles;
  if (std::optional<std::string> xml = zip.Read("word/styles.xml")) ParseXmlPart(*xml, "word/styles.xml", &styles);
  pugi::xml_document theme;
  if (std::optional<std::string> xml = zip.Read("word/theme/theme1.xml")) {
    ParseXmlPart(*xml, "word/theme/theme1.xml", &theme);
  }
  const FontResolver fonts(styles.document_element(), ReadThemeFonts(theme));

  ParagraphBuilder builder;
  TextWalker walker(fonts, &builder);
  auto walk_part = [&](const std::string& name, const std::string& xml) {
    pugi::xml_document part;
    ParseXmlPart(xml, name, &part);
    walker.Walk(part.document_element(), 0);
    builder.EndParagraph();
  };
  walk_part("word/document.xml", *document_xml);
  document_xml.reset();
  const std::vector<std::string> names = zip.Names();
  for (const char* prefix : {"word/header", "word/footer", "word/footnotes", "word/endnotes"}) {
    for (const std::string& name : PartsNamed(names, prefix)) walk_part(name, *zip.Read(name));
  }

  Extraction extraction;
  extraction.paragraphs = builder.Take();
  if (std::optional<std::string> xml = zip.Read("docProps/core.xml")) {
    pugi::xml_document core;
    ParseXmlPart(*xml, "docProps/core.xml", &core);
    extraction.metadata = ReadCoreProperties(core.document_element());
  }
  return extraction;
}

}  // namespace vankien::readers
