// Search results and documents as people read them on a terminal: colour (bold matches, dim
// details) only when writing to a terminal and NO_COLOR is not set.
#ifndef VANKIEN_QUERY_TEXT_OUTPUT_H_
#define VANKIEN_QUERY_TEXT_OUTPUT_H_

#include <map>
#include <ostream>
#include <vector>

#include "query/searcher.h"

namespace vankien::query {

struct TextStyle {
  bool color = false;
};

void PrintSearchResult(std::ostream& out, const SearchRequest& request, const SearchResult& result,
                       const std::vector<Topic>& topics, const TextStyle& style);

// The timeline as a text bar chart, a line per period.
void PrintTimeline(std::ostream& out, const Timeline& timeline, const TextStyle& style);

void PrintDocument(std::ostream& out, const schema::DocumentRecord& record,
                   const std::vector<Topic>& topics, const TextStyle& style);

// What relates to a document: the documents most like it, then (unless `similar_only`) the
// numbers it cites and the documents citing it.
void PrintRelated(std::ostream& out, const RelatedDocuments& related, bool similar_only, const TextStyle& style);

void PrintRegistry(std::ostream& out, const std::vector<schema::DirectiveRecord>& records,
                   const TextStyle& style);

void PrintTopics(std::ostream& out, const std::vector<Topic>& topics,
                 const std::map<std::string, std::vector<FacetCount>>& counts);

// "19-08-2016" from "2016-08-19", as Vietnamese text writes dates.
std::string VietnameseDate(const std::string& iso);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_TEXT_OUTPUT_H_
