#include "query/atom_feed.h"

#include <algorithm>
#include <sstream>

#include <pugixml.hpp>

#include "query/document_citation.h"
#include "query/percent_encoding.h"

namespace vankien::query {
namespace {

void AddText(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text().set(text.c_str());
}

void AddLink(pugi::xml_node parent, const char* rel, const std::string& href, const char* type = nullptr) {
  pugi::xml_node link = parent.append_child("link");
  link.append_attribute("rel") = rel;
  link.append_attribute("href") = href.c_str();
  if (type != nullptr) link.append_attribute("type") = type;
}

}  // namespace

std::string VankienUrn(std::string_view kind, std::string_view text) {
  return "urn:vankien:" + std::string(kind) + ":" + PercentEncoded(text);
}

std::string AtomFeed(const FeedHeader& given, const std::vector<schema::DocumentRecord>& records) {
  FeedHeader header = given;
  if (header.updated.empty()) {
    std::string newest;
    for (const schema::DocumentRecord& r : records) {
      if (r.date.size() == 10) newest = std::max(newest, r.date);
    }
    header.updated = (newest.empty() ? std::string("1970-01-01") : newest) + "T00:00:00Z";
  }
  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "utf-8";
  pugi::xml_node feed = xml.append_child("feed");
  feed.append_attribute("xmlns") = "http://www.w3.org/2005/Atom";
  feed.append_attribute("xml:lang") = "vi";
  AddText(feed, "id", VankienUrn("feed", header.self_path));
  AddText(feed, "title", header.title);
  AddText(feed, "updated", header.updated);
  AddText(feed.append_child("author"), "name", "vankien");
  AddText(feed, "generator", "vankien");
  AddLink(feed, "self", header.self_path, "application/atom+xml");
  AddLink(feed, "alternate", header.page_path, "text/html");
  for (const schema::DocumentRecord& r : records) {
    pugi::xml_node entry = feed.append_child("entry");
    AddText(entry, "id", VankienUrn("doc", r.id));
    AddText(entry, "title", r.title.empty() ? r.id : r.title);
    AddText(entry, "updated", r.date.size() == 10 ? r.date + "T00:00:00Z" : header.updated);
    const std::string author = r.kind == "article" ? r.source : r.issuer;
    if (!author.empty()) AddText(entry.append_child("author"), "name", author);
    AddLink(entry, "alternate", "/#/doc/" + PercentEncoded(r.id), "text/html");
    AddText(entry, "summary", VietnameseCitation(r));
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace vankien::query
