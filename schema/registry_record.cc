#include "schema/registry_record.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "schema/fields.h"

namespace vankien::schema {
namespace {

using nlohmann::json;

Attachment AttachmentFromName(const std::string& name) {
  if (name == "date") return Attachment::kDate;
  if (name == "before") return Attachment::kBefore;
  if (name == "ambiguous") return Attachment::kAmbiguous;
  return Attachment::kOnly;
}

json CitationToJson(const Citation& c) {
  json j = {{"document", c.document}, {"title", c.title}, {"document_date", c.document_date},
            {"date", c.date}, {"issuer", c.issuer}, {"subject", c.subject},
            {"attachment", AttachmentName(c.attachment)}, {"kind", c.kind},
            {"citing_number", c.citing_number}, {"citing_type", c.citing_type}, {"level", c.level},
            {"relation", c.relation}};
  if (!c.relation.empty()) {
    j["evidence"] = {{"text", c.evidence}, {"in", PartName(c.evidence_part)},
                     {"begin", c.evidence_begin}, {"end", c.evidence_end}};
  }
  if (!c.named_by.empty()) {
    j["named_by"] = c.named_by;
    j["confidence"] = c.confidence;
  }
  return j;
}

Citation CitationFromJson(const json& j) {
  Citation c;
  c.document = j.at("document").get<std::string>();
  c.title = j.at("title").get<std::string>();
  c.document_date = j.at("document_date").get<std::string>();
  c.date = j.at("date").get<std::string>();
  c.issuer = j.at("issuer").get<std::string>();
  c.subject = j.at("subject").get<std::string>();
  c.attachment = AttachmentFromName(j.at("attachment").get<std::string>());
  // An entry written before citations carried these reads as plain citations of unknown kind,
  // until the index is rebuilt.
  c.kind = j.value("kind", "");
  c.citing_number = j.value("citing_number", "");
  c.citing_type = j.value("citing_type", "");
  c.level = j.value("level", "");
  c.relation = j.value("relation", "");
  if (const auto evidence = j.find("evidence"); evidence != j.end()) {
    c.evidence = evidence->at("text").get<std::string>();
    c.evidence_part = PartFromName(evidence->at("in").get<std::string>());
    c.evidence_begin = evidence->at("begin").get<uint32_t>();
    c.evidence_end = evidence->at("end").get<uint32_t>();
  }
  if (const auto named_by = j.find("named_by"); named_by != j.end()) {
    c.named_by = named_by->get<std::string>();
    c.confidence = j.at("confidence").get<double>();
  }
  return c;
}

}  // namespace

int RelationStrength(std::string_view relation) {
  if (relation == "replaces" || relation == "repeals" || relation == "amends") return 5;
  if (relation == "guides") return 4;
  // A review reports on an implementation ("sơ kết ba năm thực hiện Chỉ thị …"): the document
  // saying both is the review.
  if (relation == "reviews") return 3;
  if (relation == "implements") return 2;
  if (relation == "based_on") return 1;
  return 0;
}

std::string AttachmentName(Attachment attachment) {
  switch (attachment) {
    case Attachment::kDate: return "date";
    case Attachment::kOnly: return "only";
    case Attachment::kBefore: return "before";
    case Attachment::kAmbiguous: return "ambiguous";
  }
  return "only";
}

std::string SerializeRegistryEntry(const std::vector<DirectiveRecord>& records) {
  json out = json::array();
  for (const DirectiveRecord& r : records) {
    json citations = json::array();
    for (const Citation& c : r.citations) citations.push_back(CitationToJson(c));
    out.push_back({{"number", r.number}, {"party", r.party}, {"type", r.type},
                   {"type_name", r.type_name}, {"body", r.body}, {"body_name", r.body_name},
                   {"date", r.date}, {"term", r.term}, {"issuer", r.issuer},
                   {"subject", r.subject}, {"documents", r.documents},
                   {"citations", std::move(citations)}});
  }
  return out.dump();
}

std::vector<DirectiveRecord> ParseRegistryEntry(std::string_view data) {
  try {
    std::vector<DirectiveRecord> records;
    for (const json& j : json::parse(data)) {
      DirectiveRecord r;
      r.number = j.at("number").get<std::string>();
      r.party = j.at("party").get<bool>();
      r.type = j.at("type").get<std::string>();
      r.type_name = j.at("type_name").get<std::string>();
      r.body = j.at("body").get<std::string>();
      r.body_name = j.at("body_name").get<std::string>();
      r.date = j.at("date").get<std::string>();
      r.term = j.at("term").get<std::string>();
      r.issuer = j.at("issuer").get<std::string>();
      r.subject = j.at("subject").get<std::string>();
      r.documents = j.at("documents").get<std::vector<std::string>>();
      for (const json& c : j.at("citations")) r.citations.push_back(CitationFromJson(c));
      records.push_back(std::move(r));
    }
    return records;
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("malformed registry entry: ") + e.what());
  }
}

std::string RegistryKey(std::string_view number) {
  return std::string(metadata::kRegistryPrefix) + std::string(number);
}

std::vector<DirectiveRecord> ReadRegistryEntry(const Xapian::Database& db, std::string_view number) {
  std::string stored = db.get_metadata(RegistryKey(number));
  if (stored.empty()) return {};
  return ParseRegistryEntry(stored);
}

}  // namespace vankien::schema
