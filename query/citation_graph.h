// The citation graph of a set of documents, for researchers' tools (Gephi, networkx, igraph):
// the documents, the document numbers they are or cite, and edges from each document to those
// numbers — "is" to its own number, "cites" to each number it cites, typed by the strongest
// relation it states (schema::RelationStrength). Two documents are linked through the number one is and the other
// cites. As JSON (docs/json.md) or GraphML (http://graphml.graphdrawing.org).
#ifndef VANKIEN_QUERY_CITATION_GRAPH_H_
#define VANKIEN_QUERY_CITATION_GRAPH_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/document_record.h"

namespace vankien::query {

// Edges a graph holds at most: a few thousand documents citing a few numbers each, with room
// to spare; a document listing numbers by the thousand must not make the answer unbounded.
inline constexpr std::size_t kMaxGraphEdges = 20000;

struct GraphNode {
  std::string id;     // "doc:" + the document's id, or "num:" + the canonical number
  std::string type;   // "document" or "number"
  std::string label;  // the document's own number or title; the number
  // Of a document only: its title, kind ("document", "article"), date and own number.
  std::string title, kind, date, number;
};

struct GraphEdge {
  std::string source, target;  // node ids: a document, a number
  std::string type;            // "is" or "cites"
  std::string relation;        // for "cites": schema::Mention::relation, "" for a plain mention
};

struct CitationGraph {
  std::vector<GraphNode> nodes;  // the documents in the order given, then the numbers as first met
  std::vector<GraphEdge> edges;
  bool truncated = false;        // kMaxGraphEdges reached: edges (and numbers) left out
};

// The graph of `documents` (their mentions are read; their text is not).
CitationGraph BuildCitationGraph(const std::vector<schema::DocumentRecord>& documents);

// {"nodes": [...], "edges": [...], "truncated": bool}, fields as in GraphNode and GraphEdge.
nlohmann::json GraphToJson(const CitationGraph& graph);

// The graph as a GraphML document: valid XML 1.0 (characters XML does not allow become spaces),
// a <key> declared for each node and edge attribute.
std::string GraphToGraphml(const CitationGraph& graph);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_CITATION_GRAPH_H_
