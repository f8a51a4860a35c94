#include "query/citation_graph.h"

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <set>

namespace vankien::query {
namespace {

// Sample records of invented documents of Tỉnh ủy Lam Giang.
schema::Mention Mentioning(const std::string& number, bool own, const std::string& relation = "") {
  schema::Mention m;
  m.canonical = number;
  m.own = own;
  m.relation = relation;
  return m;
}

std::vector<schema::DocumentRecord> Sample() {
  schema::DocumentRecord directive;
  directive.id = "lg-ct-05";
  directive.kind = "document";
  directive.identifier = "05-CT/TU";
  directive.title = "Chỉ thị về học tập";
  directive.date = "2016-03-01";
  directive.mentions = {Mentioning("05-CT/TU", true), Mentioning("05-CT/TW", false, "implements")};
  schema::DocumentRecord plan;
  plan.id = "dk-kh-12";
  plan.kind = "document";
  plan.identifier = "12-KH/HU";
  plan.title = "Kế hoạch thực hiện <Chỉ thị> 05 & \"học tập\"\x01";
  plan.date = "2016-04-01";
  plan.mentions = {Mentioning("05-CT/TU", false, "based_on"), Mentioning("05-CT/TU", false, "implements"),
                   Mentioning("05-CT/TU", false), Mentioning("05-CT/TW", false)};
  schema::DocumentRecord article;
  article.id = "tin-1";
  article.kind = "article";
  article.title = "Tin \xff";
  article.mentions = {Mentioning("12-KH/HU", false)};
  return {directive, plan, article};
}

const GraphEdge* EdgeOf(const CitationGraph& graph, const std::string& source, const std::string& target) {
  for (const GraphEdge& e : graph.edges) {
    if (e.source == source && e.target == target) return &e;
  }
  return nullptr;
}

TEST_CASE("the graph links documents to the numbers they are and cite, one typed edge each") {
  CitationGraph graph = BuildCitationGraph(Sample());
  REQUIRE(graph.nodes.size() == 6);  // three documents, three numbers
  CHECK(graph.nodes[0].id == "doc:lg-ct-05");
  CHECK(graph.nodes[0].label == "05-CT/TU");
  CHECK(graph.nodes[2].label == "Tin \xff");  // an article without a number: its title
  CHECK(graph.nodes[3].id == "num:05-CT/TU");
  CHECK(graph.nodes[3].type == "number");
  CHECK(graph.edges.size() == 6);
  CHECK(EdgeOf(graph, "doc:lg-ct-05", "num:05-CT/TU")->type == "is");
  CHECK(EdgeOf(graph, "doc:lg-ct-05", "num:05-CT/TW")->relation == "implements");
  const GraphEdge* strongest = EdgeOf(graph, "doc:dk-kh-12", "num:05-CT/TU");
  CHECK(strongest->type == "cites");
  CHECK(strongest->relation == "implements");
  CHECK(EdgeOf(graph, "doc:dk-kh-12", "num:12-KH/HU")->type == "is");  // from the identifier alone
  CHECK(EdgeOf(graph, "doc:tin-1", "num:12-KH/HU")->relation.empty());
  CHECK_FALSE(graph.truncated);

  nlohmann::json j = GraphToJson(graph);
  CHECK(j["nodes"].size() == 6);
  CHECK(j["nodes"][1]["kind"] == "document");
  CHECK_FALSE(j["nodes"][3].contains("title"));
  CHECK(j["edges"].size() == 6);
  CHECK(j["truncated"] == false);
}

TEST_CASE("a document replacing the earlier document of its own number both is and cites it") {
  schema::DocumentRecord regulation;
  regulation.id = "lg-qd-47-2016";
  regulation.identifier = "47-QĐ/TU";
  regulation.mentions = {Mentioning("47-QĐ/TU", true), Mentioning("47-QĐ/TU", false, "replaces")};
  CitationGraph graph = BuildCitationGraph({regulation});
  REQUIRE(graph.edges.size() == 2);
  CHECK(graph.edges[0].type == "is");
  CHECK(graph.edges[0].relation.empty());
  CHECK(graph.edges[1].type == "cites");
  CHECK(graph.edges[1].relation == "replaces");
  CHECK(graph.nodes.size() == 2);
}

TEST_CASE("GraphML output is valid XML with the GraphML namespace and declared keys") {
  const std::string graphml = GraphToGraphml(BuildCitationGraph(Sample()));
  pugi::xml_document xml;
  REQUIRE(xml.load_string(graphml.c_str()));
  pugi::xml_node root = xml.child("graphml");
  CHECK(std::string(root.attribute("xmlns").value()) == "http://graphml.graphdrawing.org/xmlns");
  std::set<std::string> declared;
  for (pugi::xml_node key : root.children("key")) declared.insert(key.attribute("id").value());
  CHECK(declared.count("relation") == 1);
  CHECK(declared.count("title") == 1);
  pugi::xml_node graph = root.child("graph");
  CHECK(std::string(graph.attribute("edgedefault").value()) == "directed");
  std::size_t nodes = 0, edges = 0;
  for (pugi::xml_node node : graph.children("node")) {
    ++nodes;
    for (pugi::xml_node data : node.children("data")) CHECK(declared.count(data.attribute("key").value()) == 1);
  }
  for (pugi::xml_node edge : graph.children("edge")) {
    ++edges;
    for (pugi::xml_node data : edge.children("data")) CHECK(declared.count(data.attribute("key").value()) == 1);
  }
  CHECK(nodes == 6);
  CHECK(edges == 6);
  // Markup characters are escaped, a control character and invalid UTF-8 made safe.
  pugi::xml_node plan = graph.find_child_by_attribute("node", "id", "doc:dk-kh-12");
  CHECK(std::string(plan.find_child_by_attribute("data", "key", "title").text().get()) ==
        "Kế hoạch thực hiện <Chỉ thị> 05 & \"học tập\" ");
  CHECK(graphml.find('\x01') == std::string::npos);
  CHECK(graphml.find("&#1;") == std::string::npos);
  CHECK(graphml.find('\xff') == std::string::npos);
}

TEST_CASE("a document listing numbers by the thousand leaves the graph bounded, saying so") {
  schema::DocumentRecord list;
  list.id = "danh-muc";
  for (std::size_t i = 0; i < kMaxGraphEdges + 50; ++i) {
    list.mentions.push_back(Mentioning(std::to_string(i) + "-CV/TU", false));
  }
  CitationGraph graph = BuildCitationGraph({list});
  CHECK(graph.edges.size() == kMaxGraphEdges);
  CHECK(graph.nodes.size() == kMaxGraphEdges + 1);
  CHECK(graph.truncated);
  CHECK(GraphToJson(graph)["truncated"] == true);
}

}  // namespace
}  // namespace vankien::query
