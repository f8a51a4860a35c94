#include "query/directive_life.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "analysis/party_level.h"
#include "query/text_output.h"

namespace vankien::query {
namespace {

// The stage a stated relation puts a citation at.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kStageOfRelation = {{
    {"guides", "guidance"},
    {"implements", "implementation"},
    {"reviews", "review"},
    {"amends", "amendment"},
    {"replaces", "replacement"},
    {"repeals", "repeal"},
    {"based_on", "based_on"},
}};

// The stage a document's type suggests when it states no relation: the form Party documents
// that follow a directive take (Hướng dẫn 36-HD/VPTW).
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kStageOfType = {{
    {"HD", "guidance"},
    {"KH", "implementation"},
    {"CTr", "implementation"},
    {"BC", "review"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kStageLabels = {{
    {"issued", "Ban hành"},
    {"guidance", "Hướng dẫn thực hiện"},
    {"implementation", "Triển khai thực hiện"},
    {"review", "Sơ kết, tổng kết"},
    {"amendment", "Sửa đổi, bổ sung"},
    {"replacement", "Thay thế"},
    {"repeal", "Bãi bỏ"},
    {"based_on", "Làm căn cứ"},
    {"citation", "Trích dẫn"},
    {"report", "Tin bài"},
}};

template <std::size_t N>
std::string_view Lookup(const std::array<std::pair<std::string_view, std::string_view>, N>& table,
                        std::string_view key) {
  for (const auto& [from, to] : table) {
    if (from == key) return to;
  }
  return "";
}

// A citation can state the end of a record only if it is not older than the record: one dated
// before the record's issue speaks of another document of the number.
bool MayChange(const schema::DirectiveRecord& record, const schema::Citation& c) {
  return record.date.empty() || c.document_date.empty() || c.document_date >= record.date;
}

// The Centre first, the grassroots last, documents of no level (articles, State bodies) after.
int LevelRank(const std::string& level) {
  const analysis::PartyLevel known = analysis::LevelFromName(level);
  return known == analysis::PartyLevel::kNone ? 99 : static_cast<int>(known);
}

// "47-QĐ/TW (ngày 01-02-2022)": the citing document by its number, else its title.
std::string Naming(const schema::Citation& c) {
  std::string out = c.citing_number.empty() ? "“" + c.title + "”" : c.citing_number;
  if (!c.document_date.empty()) out += " (ngày " + VietnameseDate(c.document_date) + ")";
  return out;
}

}  // namespace

Validity ValidityOf(const schema::DirectiveRecord& record) {
  Validity validity;
  for (const schema::Citation& c : record.citations) {
    if (validity.last_cited < c.document_date) validity.last_cited = c.document_date;
  }
  for (const auto& [relation, status] : {std::pair{"replaces", "replaced"}, std::pair{"repeals", "repealed"},
                                         std::pair{"amends", "amended"}}) {
    for (const schema::Citation& c : record.citations) {
      if (c.relation == relation && !c.evidence.empty() && MayChange(record, c)) validity.by.push_back(c);
    }
    if (!validity.by.empty()) {
      validity.status = status;
      return validity;
    }
  }
  validity.status = record.citations.empty() ? "uncited" : "cited";
  return validity;
}

std::string ValidityLine(const Validity& validity) {
  if (validity.status == "cited") {
    return validity.last_cited.empty() ? "còn được trích dẫn" : "còn được trích dẫn đến " + validity.last_cited.substr(0, 4);
  }
  if (validity.status == "uncited") return "chưa có văn bản nào trong chỉ mục trích dẫn";
  std::string line = validity.status == "replaced"  ? "đã được thay thế bởi "
                     : validity.status == "repealed" ? "đã bị bãi bỏ bởi "
                                                     : "được sửa đổi, bổ sung bởi ";
  for (std::size_t i = 0; i < validity.by.size(); ++i) line += (i ? ", " : "") + Naming(validity.by[i]);
  return line;
}

std::vector<LifeEvent> LifeOf(const schema::DirectiveRecord& record) {
  std::vector<LifeEvent> events;
  events.push_back({"issued", "", "", record.date, record.documents.empty() ? "" : record.documents.front(), -1});
  for (std::size_t i = 0; i < record.citations.size(); ++i) {
    const schema::Citation& c = record.citations[i];
    LifeEvent event{"", "", c.level, c.document_date, c.document, static_cast<int>(i)};
    if (std::string_view stage = Lookup(kStageOfRelation, c.relation); !stage.empty()) {
      event.stage = stage;
      event.basis = "relation";
    } else if (std::string_view by_type = Lookup(kStageOfType, c.citing_type);
               !by_type.empty() && c.kind == "document") {
      event.stage = by_type;
      event.basis = "document_type";
    } else {
      event.stage = c.kind == "article" ? "report" : "citation";
    }
    events.push_back(std::move(event));
  }
  // The issue first; then by date, undated last; on one day from the Centre down.
  std::stable_sort(events.begin() + 1, events.end(), [](const LifeEvent& a, const LifeEvent& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    if (a.date != b.date) return a.date < b.date;
    return LevelRank(a.level) < LevelRank(b.level);
  });
  return events;
}

std::string StageLabel(const std::string& stage) { return std::string(Lookup(kStageLabels, stage)); }

std::string LevelLabel(const std::string& level) {
  return std::string(analysis::LevelLabel(analysis::LevelFromName(level)));
}

}  // namespace vankien::query
