// The JSON forms of search results, documents and topics: one schema for `vankien-query --json`
// and the HTTP API alike, documented in docs/json.md. Field names are stable; fields may be
// added, never renamed or removed.
#ifndef VANKIEN_QUERY_JSON_OUTPUT_H_
#define VANKIEN_QUERY_JSON_OUTPUT_H_

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/searcher.h"
#include "schema/document_record.h"
#include "schema/registry_record.h"

namespace vankien::query {

// A search result page; `request` echoes the query, paging and sort.
nlohmann::json SearchResultToJson(const SearchRequest& request, const SearchResult& result,
                                  const std::vector<Topic>& topics);

// One whole document, text and mentions included.
nlohmann::json DocumentToJson(const schema::DocumentRecord& record, const std::vector<Topic>& topics);

// A snippet or a highlighted text: its parts in order, [{"text": …, "match": true|false}, …].
nlohmann::json SnippetToJson(const Snippet& snippet);

// What relates to the document `id` (docs/json.md, "Related documents").
nlohmann::json RelatedToJson(const std::string& id, const RelatedDocuments& related, const std::vector<Topic>& topics);

// The registry's records of one number.
nlohmann::json RegistryToJson(const std::string& number,
                              const std::vector<schema::DirectiveRecord>& records);

// The document type and issuing body codes the filters type: and body: take (`--codes`).
nlohmann::json CodesToJson();

// The taxonomy with the number of documents of each topic.
nlohmann::json TopicsToJson(const std::vector<Topic>& topics,
                            const std::map<std::string, std::vector<FacetCount>>& counts);

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_JSON_OUTPUT_H_
