#include "query/citation_graph.h"

#include <map>
#include <sstream>
#include <utility>

#include <pugixml.hpp>

#include "analysis/utf8.h"
#include "schema/registry_record.h"

namespace vankien::query {
namespace {

using nlohmann::json;

// `text` as XML 1.0 may hold it: valid UTF-8, and no control character but tab, LF and CR
// (pugixml would write them as character references, which XML 1.0 forbids too), no U+FFFE or
// U+FFFF.
std::string XmlText(const std::string& text) {
  std::string out = analysis::SanitizeUtf8(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out[i] = ' ';
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    if (c == 0xEF && i + 2 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(out[i + 2]) & 0xFE) == 0xBE) {
      out.replace(i, 3, " ");
    }
  }
  return out;
}

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
};
constexpr Key kKeys[] = {{"type", "node"}, {"label", "node"}, {"title", "node"}, {"kind", "node"},
                         {"date", "node"}, {"number", "node"}, {"edge_type", "edge"}, {"relation", "edge"}};

void AddData(pugi::xml_node element, const char* key, const std::string& value) {
  if (value.empty()) return;
  pugi::xml_node data = element.append_child("data");
  data.append_attribute("key") = key;
  data.text() = XmlText(value).c_str();
}

}  // namespace

CitationGraph BuildCitationGraph(const std::vector<schema::DocumentRecord>& documents) {
  CitationGraph graph;
  std::map<std::string, std::size_t> number_nodes;  // number → index in `numbers`
  std::vector<GraphNode> numbers;
  auto number_node = [&](const std::string& number) {
    if (number_nodes.emplace(number, numbers.size()).second) {
      numbers.push_back({"num:" + number, "number", number, "", "", "", ""});
    }
    return "num:" + number;
  };
  for (const schema::DocumentRecord& d : documents) {
    graph.nodes.push_back({"doc:" + d.id, "document", d.identifier.empty() ? d.title : d.identifier, d.title,
                           d.kind, d.date, d.identifier});
    // One "is" edge to its own number, one "cites" edge to each number it cites with the
    // strongest relation its mentions state. Both may go to one number: a document replacing
    // the earlier document of its number (Party numbers restart each term) is and cites it.
    std::map<std::pair<std::string, std::string>, std::size_t> edge_of;  // (number, type) → index
    for (const schema::Mention& m : d.mentions) {
      const std::string type = m.own ? "is" : "cites";
      auto [at, added] = edge_of.emplace(std::pair{m.canonical, type}, graph.edges.size());
      if (!added) {
        GraphEdge& edge = graph.edges[at->second];
        if (schema::RelationStrength(m.relation) > schema::RelationStrength(edge.relation) && !m.own) {
          edge.relation = m.relation;
        }
        continue;
      }
      if (graph.edges.size() == kMaxGraphEdges) {
        edge_of.erase(at);
        graph.truncated = true;
        break;
      }
      graph.edges.push_back({"doc:" + d.id, number_node(m.canonical), type, m.own ? "" : m.relation});
    }
    // A document whose own number no mention carries is still linked to it.
    if (!d.identifier.empty() && !edge_of.count({d.identifier, "is"}) && graph.edges.size() < kMaxGraphEdges) {
      graph.edges.push_back({"doc:" + d.id, number_node(d.identifier), "is", ""});
    }
  }
  for (GraphNode& node : numbers) graph.nodes.push_back(std::move(node));
  return graph;
}

json GraphToJson(const CitationGraph& graph) {
  json nodes = json::array();
  for (const GraphNode& n : graph.nodes) {
    json node = {{"id", n.id}, {"type", n.type}, {"label", n.label}};
    if (n.type == "document") {
      node["title"] = n.title;
      node["kind"] = n.kind;
      node["date"] = n.date;
      node["number"] = n.number;
    }
    nodes.push_back(std::move(node));
  }
  json edges = json::array();
  for (const GraphEdge& e : graph.edges) {
    edges.push_back({{"source", e.source}, {"target", e.target}, {"type", e.type}, {"relation", e.relation}});
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"truncated", graph.truncated}};
}

std::string GraphToGraphml(const CitationGraph& graph) {
  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = xml.append_child("graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  for (const Key& key : kKeys) {
    pugi::xml_node k = root.append_child("key");
    k.append_attribute("id") = key.id;
    k.append_attribute("for") = key.domain;
    // The edge's type is declared as "type" too: keys are told apart by id, named by attr.name.
    k.append_attribute("attr.name") = std::string(key.id) == "edge_type" ? "type" : key.id;
    k.append_attribute("attr.type") = "string";
  }
  pugi::xml_node g = root.append_child("graph");
  g.append_attribute("id") = "citations";
  g.append_attribute("edgedefault") = "directed";
  if (graph.truncated) g.append_child(pugi::node_comment).set_value(" truncated: too many edges ");
  for (const GraphNode& n : graph.nodes) {
    pugi::xml_node node = g.append_child("node");
    node.append_attribute("id") = XmlText(n.id).c_str();
    AddData(node, "type", n.type);
    AddData(node, "label", n.label);
    AddData(node, "title", n.title);
    AddData(node, "kind", n.kind);
    AddData(node, "date", n.date);
    AddData(node, "number", n.number);
  }
  for (const GraphEdge& e : graph.edges) {
    pugi::xml_node edge = g.append_child("edge");
    edge.append_attribute("source") = XmlText(e.source).c_str();
    edge.append_attribute("target") = XmlText(e.target).c_str();
    AddData(edge, "edge_type", e.type);
    AddData(edge, "relation", e.relation);
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace vankien::query
