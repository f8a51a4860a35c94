#include "schema/document_record.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "schema/fields.h"
#include "schema/stored_text.h"

namespace vankien::schema {
namespace {

using nlohmann::json;

// Short keys keep the stored data small; the record is read by code, not people.
json MentionToJson(const Mention& m) {
  json j = {{"c", m.canonical}, {"p", m.party}, {"t", m.type}, {"b", m.body},
            {"in", PartName(m.part)}, {"s", m.begin}, {"e", m.end}, {"own", m.own}};
  if (!m.type_word.empty()) j["w"] = m.type_word;
  if (!m.date.empty()) j["d"] = m.date;
  if (!m.issuer.empty()) j["i"] = m.issuer;
  if (!m.subject.empty()) j["u"] = m.subject;
  if (!m.relation.empty()) {
    j["r"] = m.relation;
    j["vs"] = m.evidence_begin;
    j["ve"] = m.evidence_end;
    if (!m.by.empty()) j["by"] = m.by;
  }
  if (!m.named_by.empty()) {
    j["n"] = m.named_by;
    j["cf"] = m.confidence;
  }
  return j;
}

Mention MentionFromJson(const json& j) {
  Mention m;
  m.canonical = j.at("c").get<std::string>();
  m.party = j.at("p").get<bool>();
  m.type = j.at("t").get<std::string>();
  m.body = j.at("b").get<std::string>();
  m.part = PartFromName(j.at("in").get<std::string>());
  m.begin = j.at("s").get<uint32_t>();
  m.end = j.at("e").get<uint32_t>();
  m.own = j.at("own").get<bool>();
  m.type_word = j.value("w", "");
  m.date = j.value("d", "");
  m.issuer = j.value("i", "");
  m.subject = j.value("u", "");
  m.relation = j.value("r", "");
  m.evidence_begin = j.value("vs", uint32_t{0});
  m.evidence_end = j.value("ve", uint32_t{0});
  m.by = j.value("by", "");
  m.named_by = j.value("n", "");
  m.confidence = j.value("cf", 1.0);
  return m;
}

}  // namespace

const char* PartName(Part part) {
  switch (part) {
    case Part::kTitle: return "title";
    case Part::kSubject: return "subject";
    case Part::kText: return "text";
  }
  return "text";
}

Part PartFromName(std::string_view name) {
  if (name == "title") return Part::kTitle;
  if (name == "subject") return Part::kSubject;
  return Part::kText;
}

const std::string& DocumentRecord::PartText(Part part) const {
  switch (part) {
    case Part::kTitle: return title;
    case Part::kSubject: return subject;
    case Part::kText: return text;
  }
  return text;
}

std::string SerializeFields(const DocumentRecord& r) {
  json j = {{"id", r.id}, {"kind", r.kind}, {"title", r.title}};
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  put("type", r.type);
  put("number", r.number);
  put("identifier", r.identifier);
  put("body", r.body);
  put("issuer", r.issuer);
  put("date", r.date);
  put("term", r.term);
  put("place", r.place);
  put("subject", r.subject);
  put("source", r.source);
  put("signer", r.signer);
  put("signer_title", r.signer_title);
  put("path", r.path);
  if (!r.topics.empty()) {
    json topics = json::array();
    for (const TopicScore& t : r.topics) {
      json topic = {{"code", t.code}, {"score", t.score}};
      if (!t.evidence.empty()) topic["evidence"] = t.evidence;
      topics.push_back(std::move(topic));
    }
    j["topics"] = std::move(topics);
  }
  if (!r.mentions.empty()) {
    json mentions = json::array();
    for (const Mention& m : r.mentions) mentions.push_back(MentionToJson(m));
    j["mentions"] = std::move(mentions);
  }
  if (r.invalid_utf8 != 0) j["invalid_utf8"] = r.invalid_utf8;
  return j.dump();
}

DocumentRecord ParseFields(std::string_view fields) {
  try {
    json j = json::parse(fields);
    DocumentRecord r;
    r.id = j.at("id").get<std::string>();
    r.kind = j.at("kind").get<std::string>();
    r.title = j.at("title").get<std::string>();
    r.type = j.value("type", "");
    r.number = j.value("number", "");
    r.identifier = j.value("identifier", "");
    r.body = j.value("body", "");
    r.issuer = j.value("issuer", "");
    r.date = j.value("date", "");
    r.term = j.value("term", "");
    r.place = j.value("place", "");
    r.subject = j.value("subject", "");
    r.source = j.value("source", "");
    // Records stored before these fields existed have none: they read as "".
    r.signer = j.value("signer", "");
    r.signer_title = j.value("signer_title", "");
    r.path = j.value("path", "");
    if (j.contains("topics")) {
      for (const json& t : j["topics"]) {
        // Records stored before topics had evidence have none.
        r.topics.push_back({t.at("code").get<std::string>(), t.at("score").get<double>(),
                            t.value("evidence", std::vector<std::string>{})});
      }
    }
    if (j.contains("mentions")) {
      for (const json& m : j["mentions"]) r.mentions.push_back(MentionFromJson(m));
    }
    r.invalid_utf8 = j.value("invalid_utf8", uint64_t{0});
    return r;
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("malformed stored document: ") + e.what());
  }
}

void StoreRecord(const DocumentRecord& record, Xapian::Document* document) {
  document->add_value(slot::kRecord, SerializeFields(record));
  document->set_data(CompressText(record.text));
}

DocumentRecord LoadRecord(const Xapian::Document& document, bool with_text) {
  DocumentRecord record = ParseFields(document.get_value(slot::kRecord));
  if (with_text) record.text = DecompressText(document.get_data());
  return record;
}

}  // namespace vankien::schema
