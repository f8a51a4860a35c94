#include "readers/html_reader.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <functional>
#include <set>
#include <sstream>

#include "analysis/date.h"
#include "analysis/token_filters.h"
#include "readers/html_charset.h"
#include "readers/html_text.h"
#include "readers/paragraph_builder.h"
#include "readers/text_cleanup.h"

namespace vankien::readers {
namespace {

// An <article> with less text than this is a teaser card, not the page's article.
constexpr std::size_t kMinArticleBytes = 200;
// A paragraph shorter than this says too little about where the article is.
constexpr std::size_t kMinScoredParagraphBytes = 25;
// A list or block whose text is more than this share of link text is a list of links.
constexpr double kMaxLinkDensity = 0.5;
// Longer text is not a headline.
constexpr std::size_t kMaxTitleBytes = 400;
// Longer text is not a heading such as "Tin liên quan".
constexpr std::size_t kMaxHeadingBytes = 40;

// Whether a class or id value marks what is not the article: one of its names is, or has a
// word that is, navigation, a menu, a sidebar, related links … ("main-nav", "box_tinlienquan").
bool IsBoilerplateName(std::string_view value) {
  static const std::set<std::string> kWords = {
      "nav",    "navbar",  "navigation", "menu",    "sidebar",    "footer",      "related", "comment",
      "comments", "share", "sharing",    "social",  "breadcrumb", "breadcrumbs", "tags",    "banner",
      "ads",    "advert",  "advertisement"};
  // Page headers named as a whole; "article-header" holds the article's headline and date.
  static const std::set<std::string> kWholeNames = {"header", "site-header", "page-header", "topbar", "top"};
  static const std::vector<std::string> kGlued = {"tinlienquan", "lienquan", "tincungchuyenmuc", "tinkhac",
                                                  "breadcrumb", "sidebar", "comment", "related", "navbar",   "footer",  "menu"};
  std::string name;
  auto marks = [&] {
    std::string glued;
    std::string word;
    bool hit = kWholeNames.count(name) > 0;
    for (char c : name + " ") {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += c;
        glued += c;
      } else {
        hit = hit || kWords.count(word) > 0;
        word.clear();
      }
    }
    for (const std::string& marker : kGlued) hit = hit || glued.find(marker) != std::string::npos;
    name.clear();
    return hit;
  };
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (marks()) return true;
    } else {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return marks();
}

bool Inside(const xmlNode* node, std::string_view ancestor) {
  for (const xmlNode* up = node->parent; up != nullptr; up = up->parent) {
    if (ElementName(up) == ancestor) return true;
  }
  return false;
}

// Headings that open a list of other articles.
bool IsRelatedHeading(const xmlNode* node) {
  const std::string_view name = ElementName(node);
  if (name != "h2" && name != "h3" && name != "h4" && name != "h5" && name != "h6" && name != "p" &&
      name != "div" && name != "span" && name != "strong") {
    return false;
  }
  static const std::set<std::string> kHeadings = {"tin lien quan", "bai lien quan", "tin cung chuyen muc",
                                                  "xem them",      "tin khac",      "cac tin khac",
                                                  "doc them",      "tin moi",       "tin doc nhieu"};
  std::string text = TextOf(node);
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  return kHeadings.count(analysis::FoldedForm(text)) > 0;
}

// Text and link-text byte counts of the parts of the page that are not boilerplate.
struct TextAmount {
  std::size_t text = 0;
  std::size_t links = 0;
  double LinkDensity() const { return text == 0 ? 0 : static_cast<double>(links) / static_cast<double>(text); }
};

class Page {
 public:
  explicit Page(const xmlNode* root) : root_(root) {
    MeasureWhole(root_);
    Measure(root_, false);
  }

  // True for an element that is page furniture wherever it is. What holds the article, or most
  // of the page's text, is a wrapper whatever its name: WebForms pages put everything in one
  // <form>, and themes give <body> classes such as "has-sidebar".
  bool IsBoilerplate(const xmlNode* node) const {
    const auto whole = whole_.find(node);
    if (whole != whole_.end() &&
        (whole->second.holds_article || whole->second.text * 2 > whole_.at(root_).text)) {
      return false;
    }
    const std::string_view name = ElementName(node);
    if (name == "nav" || name == "aside" || name == "footer" || name == "form" || name == "menu") return true;
    // A <header> of the page, not the header of the article (which holds its headline).
    if (name == "header" && !Inside(node, "article")) return true;
    if (AttributeOf(node, "role") == "navigation") return true;
    return IsBoilerplateName(AttributeOf(node, "class")) || IsBoilerplateName(AttributeOf(node, "id"));
  }

  // What the article's text leaves out: boilerplate, lists of links and their headings.
  bool Skip(const xmlNode* node) const {
    if (IsBoilerplate(node)) return true;
    const auto amount = amounts_.find(node);
    if (amount == amounts_.end()) return false;
    if (amount->second.text <= kMaxHeadingBytes && IsRelatedHeading(node)) return true;
    const std::string_view name = ElementName(node);
    return (name == "ul" || name == "ol" || name == "div" || name == "section" || name == "table") &&
           amount->second.LinkDensity() > kMaxLinkDensity;
  }

  // The element the article is in.
  const xmlNode* Article() const {
    if (const xmlNode* body = Largest([](const xmlNode* node) { return AttributeOf(node, "itemprop") == "articleBody"; })) {
      return body;
    }
    const xmlNode* article = Largest([](const xmlNode* node) { return ElementName(node) == "article"; });
    if (article != nullptr && amounts_.at(article).text >= kMinArticleBytes) return article;
    if (const xmlNode* main = Largest([](const xmlNode* node) { return ElementName(node) == "main"; })) return main;
    return BestScored();
  }

 private:
  // All the text below an element, and whether the article's own element is among it.
  struct Whole {
    std::size_t text = 0;
    bool holds_article = false;
  };

  static bool IsArticleElement(const xmlNode* node) {
    return ElementName(node) == "article" || ElementName(node) == "main" ||
           AttributeOf(node, "itemprop") == "articleBody";
  }

  // Fills whole_ for `node` and every element below it.
  Whole MeasureWhole(const xmlNode* node) {
    Whole whole;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE && child->content != nullptr) {
        whole.text += CollapseWhitespace(reinterpret_cast<const char*>(child->content)).size();
      } else if (child->type == XML_ELEMENT_NODE && !IsNeverText(ElementName(child))) {
        const Whole below = MeasureWhole(child);
        whole.text += below.text;
        whole.holds_article = whole.holds_article || below.holds_article || IsArticleElement(child);
      }
    }
    whole_[node] = whole;
    return whole;
  }

  // Counts the text below `node` that is not boilerplate, into amounts_ for every element.
  TextAmount Measure(const xmlNode* node, bool in_link) {
    TextAmount amount;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE && child->content != nullptr) {
        const std::string text = CollapseWhitespace(reinterpret_cast<const char*>(child->content));
        amount.text += text.size();
        if (in_link) amount.links += text.size();
      } else if (child->type == XML_ELEMENT_NODE) {
        const std::string_view name = ElementName(child);
        if (IsNeverText(name)) continue;
        const TextAmount below = Measure(child, in_link || name == "a");
        if (!IsBoilerplate(child)) {
          amount.text += below.text;
          amount.links += below.links;
        }
      }
    }
    amounts_[node] = amount;
    return amount;
  }

  // The element matching `wanted` with the most text, outside boilerplate, or nullptr.
  template <typename Predicate>
  const xmlNode* Largest(Predicate wanted) const {
    const xmlNode* best = nullptr;
    for (const auto& [node, amount] : amounts_) {
      if (!wanted(node) || InBoilerplate(node)) continue;
      if (best == nullptr || amount.text > amounts_.at(best).text) best = node;
    }
    return best;
  }

  bool InBoilerplate(const xmlNode* node) const {
    for (const xmlNode* up = node; up != nullptr && up->type == XML_ELEMENT_NODE; up = up->parent) {
      if (IsBoilerplate(up)) return true;
    }
    return false;
  }

  // Each stretch of text long enough to be prose counts for the block that holds it: a
  // paragraph's text for the paragraph's parent (a <div> holding text itself for the <div>) in
  // full, and for the one above by half. The block with the most, discounted by its link
  // density, holds the article.
  const xmlNode* BestScored() const {
    std::map<const xmlNode*, double> scores;
    ScoreText(root_, &scores);
    const xmlNode* best = root_;
    double best_score = 0;
    for (const auto& [node, score] : scores) {
      const double discounted = score * (1 - amounts_.at(node).LinkDensity());
      if (discounted > best_score) {
        best = node;
        best_score = discounted;
      }
    }
    return best;
  }

  void ScoreText(const xmlNode* node, std::map<const xmlNode*, double>* scores) const {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_ELEMENT_NODE && !IsNeverText(ElementName(child)) && !IsBoilerplate(child)) {
        ScoreText(child, scores);
      }
      if (child->type != XML_TEXT_NODE || child->content == nullptr) continue;
      const std::size_t length = CollapseWhitespace(reinterpret_cast<const char*>(child->content)).size();
      if (length < kMinScoredParagraphBytes) continue;
      const xmlNode* block = node;
      while (block->parent != nullptr && block->parent->type == XML_ELEMENT_NODE && !IsContainer(block) &&
             !IsParagraph(block)) {
        block = block->parent;  // out of inline elements
      }
      const xmlNode* container = IsParagraph(block) && block->parent->type == XML_ELEMENT_NODE ? block->parent : block;
      (*scores)[container] += static_cast<double>(length);
      if (container->parent != nullptr && container->parent->type == XML_ELEMENT_NODE) {
        (*scores)[container->parent] += static_cast<double>(length) / 2;
      }
    }
  }

  static bool IsParagraph(const xmlNode* node) {
    static const std::set<std::string_view> kParagraphs = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                                           "blockquote", "pre", "dd", "dt", "figcaption"};
    return kParagraphs.count(ElementName(node)) > 0;
  }

  static bool IsContainer(const xmlNode* node) {
    static const std::set<std::string_view> kContainers = {"div", "td", "th", "section", "article", "main",
                                                           "body", "form", "center", "font"};
    return kContainers.count(ElementName(node)) > 0;
  }

  const xmlNode* root_;
  std::map<const xmlNode*, Whole> whole_;
  std::map<const xmlNode*, TextAmount> amounts_;
};

std::string DateOf(const std::string& value) {
  const std::string trimmed(Trim(value));
  if (auto date = analysis::ParseIsoDate(std::string_view(trimmed).substr(0, 10))) return date->ToIso();
  const std::vector<analysis::DateMention> dates = analysis::FindDates(trimmed);
  return dates.empty() ? "" : dates.front().date.ToIso();
}

// What the page's tags say about it, by the tag's kind ("og:title", "canonical", …).
class PageTags {
 public:
  explicit PageTags(const xmlNode* root) { Collect(root); }

  std::string Get(const std::string& key) const {
    const auto found = tags_.find(key);
    return found == tags_.end() ? "" : found->second;
  }

 private:
  void Put(const std::string& key, const std::string& value) {
    if (!value.empty()) tags_.emplace(key, CollapseWhitespace(value));  // the first one counts
  }

  void Collect(const xmlNode* node) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      const std::string_view name = ElementName(child);
      if (name.empty()) continue;
      if (name == "meta") {
        const std::string content = AttributeOf(child, "content");
        Put(AttributeOf(child, "property"), content);
        Put(AttributeOf(child, "name"), content);
      } else if (name == "link" && AttributeOf(child, "rel") == "canonical") {
        Put("canonical", AttributeOf(child, "href"));
      } else if (name == "title") {
        Put("title", TextOf(child));
      } else if (name == "time") {
        Put("time", AttributeOf(child, "datetime"));
      }
      if (AttributeOf(child, "itemprop") == "datePublished") {
        std::string value = AttributeOf(child, "content");
        if (value.empty()) value = AttributeOf(child, "datetime");
        if (value.empty()) value = TextOf(child);
        Put("datePublished", value);
      }
      Collect(child);
    }
  }

  std::map<std::string, std::string> tags_;
};

std::string TextOfElement(const xmlNode* node) { return node == nullptr ? "" : TextOf(node); }

// Whether a class or id value names a headline ("title", "tieu-de", "lblTitle"), not a box's
// own heading ("box-title", "tieu-de-nho") or a subtitle.
bool IsTitleName(std::string value) {
  for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  value.erase(std::remove_if(value.begin(), value.end(), [](char c) { return c == '-' || c == '_'; }), value.end());
  for (const char* name : {"title", "tieude", "lbltitle", "detailtitle", "articletitle", "newstitle"}) {
    if (value == name) return true;
  }
  return false;
}

// The text of the first element named as a headline in the article's element or the one
// around it (where news sites print the headline above the body), or "".
std::string TitledText(const xmlNode* article, const Page& page) {
  const xmlNode* scope = article->parent != nullptr && article->parent->type == XML_ELEMENT_NODE ? article->parent
                                                                                                  : article;
  std::string found;
  std::function<void(const xmlNode*)> search = [&](const xmlNode* node) {
    for (const xmlNode* child = node->children; child != nullptr && found.empty(); child = child->next) {
      if (ElementName(child).empty() || page.IsBoilerplate(child)) continue;
      for (const char* attribute : {"class", "id"}) {
        std::istringstream names(AttributeOf(child, attribute));
        for (std::string name; found.empty() && names >> name;) {
          if (IsTitleName(name)) found = TextOf(child);
        }
      }
      if (found.empty()) search(child);
    }
  };
  search(scope);
  return found.size() <= kMaxTitleBytes ? found : "";
}

}  // namespace

Extraction ReadHtml(std::string_view bytes, const ExtractOptions&) {
  if (Trim(bytes).empty()) throw ExtractionError("empty file");
  const HtmlDocument document(ConvertToUtf8(bytes, DetectHtmlCharset(bytes)));
  const Page page(document.root());
  const PageTags tags(document.root());
  const xmlNode* article = page.Article();

  Extraction extraction;
  extraction.paragraphs = HtmlParagraphs(article, [&page](const xmlNode* node) { return page.Skip(node); });

  ContainerMetadata& metadata = extraction.metadata;
  const xmlNode* page_h1 = FindElement(document.root(), "h1");
  for (const std::string& title : {TextOfElement(FindElement(article, "h1")), TitledText(article, page),
                                   tags.Get("og:title"), TextOfElement(page_h1), tags.Get("title")}) {
    if (metadata.title.empty()) metadata.title = title;
  }
  const bool headline_read = std::any_of(extraction.paragraphs.begin(), extraction.paragraphs.end(), [&](const Paragraph& p) {
    return CollapseWhitespace(RunText(p)) == metadata.title;
  });
  if (!metadata.title.empty() && !headline_read) {
    extraction.paragraphs.insert(extraction.paragraphs.begin(), Paragraph{{TextRun{metadata.title, ""}}});
  }
  if (extraction.paragraphs.empty()) throw ExtractionError("no text in the HTML page");

  for (const char* key : {"article:published_time", "pubdate", "datePublished", "time"}) {
    if (metadata.date.empty()) metadata.date = DateOf(tags.Get(key));
  }
  metadata.source = tags.Get("og:site_name");
  metadata.url = tags.Get("canonical").empty() ? tags.Get("og:url") : tags.Get("canonical");
  metadata.subject = tags.Get("description").empty() ? tags.Get("og:description") : tags.Get("description");
  metadata.author = tags.Get("author");
  return extraction;
}

}  // namespace vankien::readers
