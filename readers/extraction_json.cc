#include "readers/extraction_json.h"

#include <nlohmann/json.hpp>

namespace vankien::readers {

using nlohmann::json;

std::string ExtractionToJson(const Extraction& extraction) {
  json paragraphs = json::array();
  for (const Paragraph& paragraph : extraction.paragraphs) {
    json runs = json::array();
    for (const TextRun& run : paragraph.runs) runs.push_back({run.text, run.font});
    paragraphs.push_back(std::move(runs));
  }
  const ContainerMetadata& m = extraction.metadata;
  json out = {
      {"paragraphs", std::move(paragraphs)},
      {"metadata", {{"title", m.title}, {"author", m.author}, {"subject", m.subject},
                    {"date", m.date}, {"source", m.source}, {"url", m.url}}},
      {"pages", extraction.pages},
      {"ocr_pages", extraction.ocr_pages},
      {"ocr_seconds", extraction.ocr_seconds},
      {"notes", extraction.notes},
  };
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Extraction ExtractionFromJson(std::string_view text) {
  try {
    const json in = json::parse(text);
    Extraction extraction;
    for (const json& runs : in.at("paragraphs")) {
      Paragraph paragraph;
      for (const json& run : runs) paragraph.runs.push_back({run.at(0).get<std::string>(), run.at(1).get<std::string>()});
      extraction.paragraphs.push_back(std::move(paragraph));
    }
    const json& m = in.at("metadata");
    extraction.metadata = {m.at("title"), m.at("author"), m.at("subject"), m.at("date"), m.at("source"), m.at("url")};
    extraction.pages = in.at("pages");
    extraction.ocr_pages = in.at("ocr_pages");
    extraction.ocr_seconds = in.at("ocr_seconds");
    extraction.notes = in.at("notes").get<std::vector<std::string>>();
    return extraction;
  } catch (const json::exception& error) {
    throw ExtractionError(std::string("the reader's answer is malformed: ") + error.what());
  }
}

}  // namespace vankien::readers
