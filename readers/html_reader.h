// Reads a saved news page (.html): the article, not the page. Navigation, menus, the site's
// header and footer, sidebars, "Tin liên quan" lists, comment forms and share bars are left
// out, so that only the article's words are indexed. The page's meta tags give the title,
// publication date, site, address and description.
#ifndef VANKIEN_READERS_HTML_READER_H_
#define VANKIEN_READERS_HTML_READER_H_

#include <string_view>

#include "readers/extraction.h"

namespace vankien::readers {

// Extracts the article of one HTML page, converted first from the charset it declares (a BOM,
// <meta charset>, <meta http-equiv="Content-Type">; undeclared bytes that are not UTF-8 are
// read as windows-1252). The article is [itemprop=articleBody], else the <article> with the
// most text, else <main>, else the block whose paragraphs hold the most text at the lowest
// link density; within it, elements whose tag, class or id say navigation, menu, sidebar,
// footer, related links, comments, sharing or breadcrumbs are dropped, and so are lists and
// blocks made mostly of links. The headline is the first paragraph. Each run keeps the font of
// <font face> or style="font-family" around it. Metadata: the headline (the article's <h1>,
// og:title, <title>); the date (article:published_time, <meta name="pubdate">,
// itemprop=datePublished, <time datetime>); og:site_name; the canonical link or og:url; the
// description. Throws ExtractionError for an empty page or one with no text.
Extraction ReadHtml(std::string_view bytes, const ExtractOptions& options);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_HTML_READER_H_
