#include "query/json_output.h"

#include <span>

#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "query/directive_life.h"
#include "query/document_citation.h"

using vankien::analysis::BodyName;
using vankien::analysis::TypeName;

namespace vankien::query {

using nlohmann::json;

json SnippetToJson(const Snippet& snippet) {
  json parts = json::array();
  for (const SnippetPart& part : snippet) parts.push_back({{"text", part.text}, {"match", part.match}});
  return parts;
}

namespace {

json TopicsOf(const schema::DocumentRecord& record, const std::vector<Topic>& topics) {
  json out = json::array();
  for (const schema::TopicScore& t : record.topics) {
    out.push_back({{"code", t.code}, {"name", TopicName(topics, t.code)}, {"score", t.score}, {"evidence", t.evidence}});
  }
  return out;
}

// The fields a hit and a document share.
json RecordSummary(const schema::DocumentRecord& r, const std::vector<Topic>& topics) {
  json j = {{"id", r.id},
            {"title", r.title},
            {"kind", r.kind},
            {"type", r.type},
            {"type_name", DocumentTypeName(r)},
            {"number", r.identifier.empty() ? r.number : r.identifier},
            {"body", r.body},
            {"body_name", BodyName(r.body)},
            {"issuer", r.issuer},
            {"date", r.date},
            {"term", r.term},
            {"subject", r.subject},
            {"source", r.source},
            {"path", r.path},
            {"topics", TopicsOf(r, topics)}};
  return j;
}

}  // namespace

json SearchResultToJson(const SearchRequest& request, const SearchResult& result,
                        const std::vector<Topic>& topics) {
  json hits = json::array();
  for (const Hit& hit : result.hits) {
    json h = RecordSummary(hit.record, topics);
    h["rank"] = hit.rank;
    h["score"] = hit.score;
    h["role"] = hit.role.empty() ? json(nullptr) : json(hit.role);
    h["title_parts"] = SnippetToJson(hit.title);
    h["snippet"] = SnippetToJson(hit.snippet);
    hits.push_back(std::move(h));
  }
  json out = {{"query", request.query},
              {"sort", SortOrderName(request.sort)},
              {"offset", request.offset},
              {"limit", request.limit},
              {"total",
               {{"estimated", result.total_estimated},
                {"lower", result.total_lower},
                {"upper", result.total_upper},
                {"exact", result.total_lower == result.total_upper}}},
              {"identifiers", result.identifiers},
              {"hits", std::move(hits)}};
  if (!request.filters.empty()) out["filters"] = request.filters;
  if (!result.restored_query.empty()) {
    out["restored_query"] = result.restored_query;
    out["searched_restored"] = result.searched_restored;
  }
  if (result.timeline) {
    json periods = json::array();
    for (const TimelinePeriod& p : result.timeline->periods) periods.push_back({{"period", p.period}, {"count", p.count}});
    out["timeline"] = {{"unit", result.timeline->monthly ? "month" : "year"},
                       {"periods", std::move(periods)},
                       {"undated", result.timeline->undated}};
  }
  if (request.facets && !result.facets.empty()) {
    json facets = json::object();
    for (const auto& [name, counts] : result.facets) {
      json list = json::array();
      for (const FacetCount& c : counts) {
        std::string label = name == "body"    ? BodyName(c.value)
                            : name == "type"  ? TypeName(c.value, "")
                            : name == "topic" ? TopicName(topics, c.value)
                                              : "";
        list.push_back({{"value", c.value}, {"name", label}, {"count", c.count}});
      }
      facets[name] = std::move(list);
    }
    out["facets"] = std::move(facets);
  }
  return out;
}

json DocumentToJson(const schema::DocumentRecord& record, const std::vector<Topic>& topics) {
  json j = RecordSummary(record, topics);
  j["number_as_written"] = record.number;
  j["place"] = record.place;
  j["signer"] = record.signer;
  j["signer_title"] = record.signer_title;
  j["citation"] = VietnameseCitation(record);
  j["text"] = record.text;
  json mentions = json::array();
  for (const schema::Mention& m : record.mentions) {
    json mention = {{"number", m.canonical},
                    {"system", m.party ? "party" : "state"},
                    {"type", m.type},
                    {"body", m.body},
                    {"own", m.own},
                    {"in", schema::PartName(m.part)},
                    {"begin", m.begin},
                    {"end", m.end}};
    if (!m.type_word.empty()) mention["type_word"] = m.type_word;
    if (!m.date.empty()) mention["date"] = m.date;
    if (!m.issuer.empty()) mention["issuer"] = m.issuer;
    if (!m.subject.empty()) mention["subject"] = m.subject;
    mention["relation"] = m.relation;
    if (!m.relation.empty()) {
      mention["evidence"] = {{"begin", m.evidence_begin}, {"end", m.evidence_end}};
      mention["by"] = m.by;
    }
    if (!m.named_by.empty()) {
      mention["named_by"] = m.named_by;
      mention["confidence"] = m.confidence;
    }
    mentions.push_back(std::move(mention));
  }
  j["mentions"] = std::move(mentions);
  j["invalid_utf8"] = record.invalid_utf8;
  return j;
}

json RelatedToJson(const std::string& id, const RelatedDocuments& related, const std::vector<Topic>& topics) {
  json similar = json::array();
  for (const Hit& hit : related.similar) {
    json h = RecordSummary(hit.record, topics);
    h["score"] = hit.score;
    similar.push_back(std::move(h));
  }
  json cites = json::array();
  for (const CitedNumber& cited : related.cites) cites.push_back({{"number", cited.number}, {"documents", cited.documents}});
  json cited_by = json::array();
  for (const schema::Citation& c : related.cited_by) {
    cited_by.push_back({{"document", c.document}, {"title", c.title}, {"document_date", c.document_date}});
  }
  return {{"id", id}, {"similar", std::move(similar)}, {"cites", std::move(cites)}, {"cited_by", std::move(cited_by)}};
}

json RegistryToJson(const std::string& number, const std::vector<schema::DirectiveRecord>& records) {
  json list = json::parse(schema::SerializeRegistryEntry(records));
  // The canonical number, also when the index knows nothing of it.
  std::string canonical = records.empty() ? "" : records.front().number;
  if (canonical.empty()) {
    if (std::optional<analysis::IdentifierMention> found = analysis::TheIdentifierIn(number)) canonical = found->canonical;
  }
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Validity validity = ValidityOf(records[i]);
    json by = json::array();
    for (const schema::Citation& c : validity.by) {
      by.push_back({{"document", c.document}, {"title", c.title}, {"number", c.citing_number},
                    {"date", c.document_date}, {"relation", c.relation}, {"evidence", c.evidence},
                    {"attachment", schema::AttachmentName(c.attachment)}});
    }
    list[i]["validity"] = {{"status", validity.status},
                           {"by", std::move(by)},
                           {"last_cited", validity.last_cited.empty() ? json(nullptr) : json(validity.last_cited)},
                           {"text", ValidityLine(validity)}};
    json life = json::array();
    for (const LifeEvent& event : LifeOf(records[i])) {
      life.push_back({{"stage", event.stage},
                      {"stage_name", StageLabel(event.stage)},
                      {"basis", event.basis},
                      {"level", event.level},
                      {"level_name", LevelLabel(event.level)},
                      {"date", event.date},
                      {"document", event.document},
                      {"citation", event.citation < 0 ? json(nullptr) : json(event.citation)}});
    }
    list[i]["life"] = std::move(life);
  }
  return {{"query", number}, {"number", canonical}, {"records", std::move(list)}};
}

json CodesToJson() {
  auto list = [](std::span<const analysis::Code> codes) {
    json out = json::array();
    for (const analysis::Code& code : codes) {
      const char* system = code.system == analysis::CodeSystem::kParty   ? "party"
                           : code.system == analysis::CodeSystem::kState ? "state"
                                                                          : "both";
      out.push_back({{"code", code.code}, {"name", code.name}, {"system", system}});
    }
    return out;
  };
  return {{"type", list(analysis::DocumentTypes())}, {"body", list(analysis::IssuingBodies())}};
}

json TopicsToJson(const std::vector<Topic>& topics,
                  const std::map<std::string, std::vector<FacetCount>>& counts) {
  json out = json::array();
  for (const Topic& topic : topics) {
    out.push_back({{"code", topic.code}, {"name", topic.name}, {"group", topic.group},
                   {"documents", CountOf(counts, "topic", topic.code)}});
  }
  return out;
}

}  // namespace vankien::query
