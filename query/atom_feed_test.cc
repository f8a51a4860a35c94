#include "query/atom_feed.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

namespace vankien::query {
namespace {

FeedHeader Header() {
  return {"vankien — chi bộ", "/feed?q=chi%20b%E1%BB%99", "/#/search?q=chi%20b%E1%BB%99", "2026-12-06T08:00:00Z"};
}

// Sample records, invented for the test.
std::vector<schema::DocumentRecord> Samples() {
  schema::DocumentRecord newer;
  newer.id = "lam giang/tin&1.txt";
  newer.kind = "article";
  newer.title = "Chi bộ <thôn> Đông Say & sinh hoạt";
  newer.source = "Báo Lâm Giang";
  newer.date = "2021-03-12";
  schema::DocumentRecord undated;
  undated.id = "tu-ct-12";
  undated.kind = "document";
  undated.type = "CT";
  undated.body = "TU";
  undated.identifier = "12-CT/TU";
  undated.title = "Chỉ thị về công tác dân vận";
  return {newer, undated};
}

pugi::xml_node Required(pugi::xml_node parent, const char* name) {
  pugi::xml_node child = parent.child(name);
  INFO(std::string("<") + name + "> in <" + parent.name() + ">");
  REQUIRE(child);
  return child;
}

TEST_CASE("a feed is well-formed Atom with every element RFC 4287 requires") {
  const std::string text = AtomFeed(Header(), Samples());
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text.c_str()));
  pugi::xml_node feed = xml.child("feed");
  REQUIRE(feed);
  CHECK(std::string(feed.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom");
  CHECK(std::string(Required(feed, "id").text().get()).rfind("urn:vankien:feed:", 0) == 0);
  CHECK(std::string(Required(feed, "title").text().get()) == "vankien — chi bộ");
  CHECK(std::string(Required(feed, "updated").text().get()) == "2026-12-06T08:00:00Z");
  CHECK(Required(Required(feed, "author"), "name"));
  CHECK(std::string(feed.find_child_by_attribute("link", "rel", "self").attribute("href").value()) ==
        "/feed?q=chi%20b%E1%BB%99");
  std::vector<pugi::xml_node> entries;
  for (pugi::xml_node entry : feed.children("entry")) entries.push_back(entry);
  REQUIRE(entries.size() == 2);
  for (pugi::xml_node entry : entries) {
    Required(entry, "id");
    Required(entry, "title");
    Required(entry, "updated");
    Required(entry, "link");
  }
  CHECK(std::string(entries[0].child("title").text().get()) == "Chi bộ <thôn> Đông Say & sinh hoạt");
  CHECK(std::string(entries[0].child("updated").text().get()) == "2021-03-12T00:00:00Z");
  CHECK(std::string(entries[0].child("link").attribute("href").value()) == "/#/doc/lam%20giang%2Ftin%261.txt");
  CHECK(std::string(entries[0].child("id").text().get()) == "urn:vankien:doc:lam%20giang%2Ftin%261.txt");
  CHECK(std::string(entries[1].child("updated").text().get()) == "2026-12-06T08:00:00Z");  // undated: the feed's time
  CHECK(std::string(entries[1].child("summary").text().get()) == "Chỉ thị số 12-CT/TU về công tác dân vận");
}

TEST_CASE("without a time given, a feed is as new as its newest document") {
  FeedHeader header = Header();
  header.updated.clear();
  pugi::xml_document xml;
  REQUIRE(xml.load_string(AtomFeed(header, Samples()).c_str()));
  CHECK(std::string(xml.child("feed").child("updated").text().get()) == "2021-03-12T00:00:00Z");
  REQUIRE(xml.load_string(AtomFeed(header, {}).c_str()));
  CHECK(std::string(xml.child("feed").child("updated").text().get()) == "1970-01-01T00:00:00Z");
}

TEST_CASE("an empty feed is still valid") {
  pugi::xml_document xml;
  REQUIRE(xml.load_string(AtomFeed(Header(), {}).c_str()));
  CHECK(xml.child("feed").child("updated"));
  CHECK_FALSE(xml.child("feed").child("entry"));
}

}  // namespace
}  // namespace vankien::query
