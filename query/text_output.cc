#include "query/text_output.h"

#include <algorithm>
#include <cmath>

#include "analysis/identifier_codes.h"
#include "query/directive_life.h"
#include "query/document_citation.h"

namespace vankien::query {
namespace {

// A facet's heading: what it counts, and the filter (schema/facets.h's name) its values are
// typed with, e.g. "Cơ quan (body:)".
std::string FacetHeading(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kHeadings[] = {
      {"body", "Cơ quan"}, {"type", "Loại văn bản"}, {"year", "Năm"}, {"topic", "Chủ đề"}, {"kind", "Văn bản hay bài viết"}};
  for (const auto& [facet, heading] : kHeadings) {
    if (facet == name) return std::string(heading) + " (" + std::string(name) + ":)";
  }
  return std::string(name);
}

constexpr const char* kBold = "\033[1m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kYellowBold = "\033[1;33m";
constexpr const char* kReset = "\033[0m";

std::string Styled(const TextStyle& style, const char* code, const std::string& text) {
  return style.color ? code + text + kReset : text;
}

std::string Render(const Snippet& snippet, const TextStyle& style, const char* match_style) {
  if (!style.color) return RenderSnippet(snippet, "", "");
  return RenderSnippet(snippet, match_style, kReset);
}

std::string TopicNames(const schema::DocumentRecord& record, const std::vector<Topic>& topics) {
  std::string out;
  for (const schema::TopicScore& t : record.topics) {
    const std::string name = TopicName(topics, t.code);
    out += (out.empty() ? "" : "; ") + (name.empty() ? t.code : name);
  }
  return out;
}

// "Nghị quyết 01-NQ/ĐUK · ĐUK · 19-08-2016 · id"
std::string Details(const schema::DocumentRecord& r) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " · ";
    out += part;
  };
  std::string what = DocumentTypeName(r);
  std::string number = r.identifier.empty() ? r.number : r.identifier;
  if (!number.empty()) what += (what.empty() ? "" : " ") + number;
  if (what.empty()) what = r.kind == "article" ? "Bài viết" : "";
  add(what);
  add(r.body.empty() ? r.issuer : r.body);
  add(VietnameseDate(r.date));
  add(r.source);
  add(r.id);
  return out;
}

}  // namespace

std::string VietnameseDate(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
}

void PrintSearchResult(std::ostream& out, const SearchRequest& request, const SearchResult& result,
                       const std::vector<Topic>& topics, const TextStyle& style) {
  if (!result.restored_query.empty()) {
    out << Styled(style, kDim, result.searched_restored ? "Kết quả cho: " : "Có phải bạn muốn tìm: ")
        << result.restored_query << "\n"
        << Styled(style, kDim, "(tìm đúng như đã gõ: --as-typed)") << "\n";
  }
  if (!result.identifiers.empty()) {
    out << Styled(style, kDim, "Số hiệu văn bản: ");
    for (std::size_t i = 0; i < result.identifiers.size(); ++i) {
      out << (i ? ", " : "") << result.identifiers[i];
    }
    out << "\n";
  }
  std::string total = result.total_lower == result.total_upper
                          ? std::to_string(result.total_estimated)
                          : "khoảng " + std::to_string(result.total_estimated);
  if (result.hits.empty() && request.offset > 0 && result.total_upper > 0) {
    out << "Không còn kết quả từ vị trí " << request.offset + 1 << ": có " << total << " kết quả.\n";
  } else if (result.hits.empty()) {
    out << "Không tìm thấy kết quả nào (" << total << ").\n";
  } else {
    out << Styled(style, kDim,
                  total + " kết quả; " + std::to_string(request.offset + 1) + "–" +
                      std::to_string(request.offset + result.hits.size())) << "\n\n";
  }
  for (const Hit& hit : result.hits) {
    std::string marker = hit.role == "number" ? " [văn bản có số hiệu này]"
                         : hit.role == "cites" ? " [trích dẫn]"
                                               : "";
    out << hit.rank << ". " << Render(hit.title, style, kYellowBold);
    if (style.color) out << kBold;
    out << marker << (style.color ? kReset : "") << "\n";
    out << "   " << Styled(style, kDim, Details(hit.record)) << "\n";
    std::string topic_names = TopicNames(hit.record, topics);
    if (!topic_names.empty()) out << "   " << Styled(style, kDim, "Chủ đề: " + topic_names) << "\n";
    if (!hit.snippet.empty()) out << "   " << Render(hit.snippet, style, kYellowBold) << "\n";
    out << "\n";
  }
  if (request.facets) {
    for (const auto& [name, counts] : result.facets) {
      if (counts.empty()) continue;
      out << Styled(style, kBold, FacetHeading(name)) << ":";
      for (const FacetCount& c : counts) out << " " << c.value << " (" << c.count << ")";
      out << "\n";
    }
  }
  if (result.timeline) PrintTimeline(out, *result.timeline, style);
}

void PrintTimeline(std::ostream& out, const Timeline& timeline, const TextStyle& style) {
  constexpr Xapian::doccount kWidest = 40;  // characters of the longest bar
  Xapian::doccount most = 0;
  for (const TimelinePeriod& p : timeline.periods) most = std::max(most, p.count);
  out << Styled(style, kBold, timeline.monthly ? "Theo tháng:" : "Theo năm:") << "\n";
  for (const TimelinePeriod& p : timeline.periods) {
    // Rounded up, so that a period with one match among thousands still shows a mark.
    const Xapian::doccount length = most == 0 ? 0 : (p.count * kWidest + most - 1) / most;
    std::string bar;
    for (Xapian::doccount i = 0; i < length; ++i) bar += "█";
    out << "  " << p.period << " " << bar << (bar.empty() ? "" : " ") << p.count << "\n";
  }
  if (timeline.undated > 0) out << "  không rõ ngày: " << timeline.undated << "\n";
}

void PrintDocument(std::ostream& out, const schema::DocumentRecord& r,
                   const std::vector<Topic>& topics, const TextStyle& style) {
  out << Styled(style, kBold, r.title) << "\n" << Styled(style, kDim, Details(r)) << "\n";
  if (!r.issuer.empty()) out << "Cơ quan ban hành: " << r.issuer << "\n";
  if (!r.place.empty()) out << "Nơi ban hành: " << r.place << "\n";
  if (!r.signer.empty() || !r.signer_title.empty()) {
    out << "Người ký: " << r.signer_title << (r.signer_title.empty() || r.signer.empty() ? "" : " — ") << r.signer << "\n";
  }
  if (!r.term.empty()) out << "Khóa/nhiệm kỳ: " << r.term << "\n";
  std::string topic_names = TopicNames(r, topics);
  if (!topic_names.empty()) out << "Chủ đề: " << topic_names << "\n";
  // Why each topic: the phrases that gave it most points, for the reader to judge.
  for (const schema::TopicScore& t : r.topics) {
    if (t.evidence.empty()) continue;
    const std::string name = TopicName(topics, t.code);
    std::string phrases;
    for (const std::string& phrase : t.evidence) phrases += (phrases.empty() ? "«" : ", «") + phrase + "»";
    out << Styled(style, kDim, "  " + (name.empty() ? t.code : name) + ": vì " + phrases) << "\n";
  }
  if (!r.subject.empty()) out << "Trích yếu: " << r.subject << "\n";
  out << "Trích dẫn: " << VietnameseCitation(r) << "\n";
  out << "\n" << r.text << "\n";
  // Each cited number once, in the order first cited, with what its citations say together:
  // the first date and issuer given, the longest subject.
  std::vector<schema::Mention> cited;
  for (const schema::Mention& m : r.mentions) {
    if (m.own) continue;
    auto same = std::find_if(cited.begin(), cited.end(), [&](const auto& c) { return c.canonical == m.canonical; });
    if (same == cited.end()) {
      cited.push_back(m);
      continue;
    }
    if (same->date.empty()) same->date = m.date;
    if (same->issuer.empty()) same->issuer = m.issuer;
    if (m.subject.size() > same->subject.size()) same->subject = m.subject;
  }
  if (!cited.empty()) out << "\n" << Styled(style, kBold, "Văn bản được trích dẫn:") << "\n";
  for (const schema::Mention& m : cited) {
    out << "  " << m.canonical;
    if (!m.date.empty()) out << ", ngày " << VietnameseDate(m.date);
    if (!m.issuer.empty()) out << ", của " << m.issuer;
    if (!m.subject.empty()) out << ", về " << m.subject;
    out << "\n";
  }
}

void PrintRelated(std::ostream& out, const RelatedDocuments& related, bool similar_only, const TextStyle& style) {
  out << Styled(style, kBold, "Văn bản tương tự:") << (related.similar.empty() ? " không có" : "") << "\n";
  for (std::size_t i = 0; i < related.similar.size(); ++i) {
    const schema::DocumentRecord& r = related.similar[i].record;
    out << "  " << i + 1 << ". " << r.title << "\n     " << Styled(style, kDim, Details(r)) << "\n";
  }
  if (similar_only) return;
  out << Styled(style, kBold, "Văn bản này trích dẫn:") << (related.cites.empty() ? " không có" : "") << "\n";
  for (const CitedNumber& cited : related.cites) {
    out << "  " << cited.number;
    for (std::size_t i = 0; i < cited.documents.size(); ++i) out << (i ? ", " : " — trong chỉ mục: ") << cited.documents[i];
    out << "\n";
  }
  out << Styled(style, kBold, "Được trích dẫn bởi:") << (related.cited_by.empty() ? " không có" : "") << "\n";
  for (const schema::Citation& c : related.cited_by) {
    out << "  " << (c.title.empty() ? c.document : c.title);
    if (!c.document_date.empty()) out << " (" << VietnameseDate(c.document_date) << ")";
    out << " — " << c.document << "\n";
  }
}

namespace {

// The timeline of a record but its plain citations, which the list of citers shows.
void PrintLife(std::ostream& out, const schema::DirectiveRecord& r, const TextStyle& style) {
  std::vector<LifeEvent> events = LifeOf(r);
  std::erase_if(events, [](const LifeEvent& e) { return e.stage == "citation" || e.stage == "report"; });
  if (events.size() < 2) return;  // the issue alone
  out << "  Quá trình:\n";
  for (const LifeEvent& e : events) {
    out << "    " << (e.date.empty() ? "          " : VietnameseDate(e.date)) << "  " << StageLabel(e.stage);
    if (!e.level.empty()) out << " · cấp " << LevelLabel(e.level);
    if (e.citation >= 0) {
      const schema::Citation& c = r.citations[static_cast<std::size_t>(e.citation)];
      out << "  " << (c.citing_number.empty() ? c.document : c.citing_number) << "  " << c.title;
      if (e.basis == "document_type") out << Styled(style, kDim, "  (theo loại văn bản)");
    } else if (!e.document.empty()) {
      out << "  " << e.document;
    }
    out << "\n";
  }
}

}  // namespace

void PrintRegistry(std::ostream& out, const std::vector<schema::DirectiveRecord>& records,
                   const TextStyle& style) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    const schema::DirectiveRecord& r = records[i];
    if (records.size() > 1) {
      out << Styled(style, kDim, "Bản ghi " + std::to_string(i + 1) + "/" + std::to_string(records.size()) +
                                     " (số hiệu này được dùng cho " + std::to_string(records.size()) +
                                     " văn bản khác nhau)") << "\n";
    }
    out << Styled(style, kBold, r.number) << " — " << (r.type_name.empty() ? "?" : r.type_name);
    if (!r.body_name.empty()) out << " · " << r.body_name;
    out << "\n";
    out << "  Ngày ban hành: " << (r.date.empty() ? "không rõ" : VietnameseDate(r.date)) << "\n";
    if (!r.issuer.empty()) out << "  Cơ quan ban hành: " << r.issuer << "\n";
    if (!r.term.empty()) out << "  Khóa/nhiệm kỳ: " << r.term << "\n";
    if (!r.subject.empty()) out << "  Trích yếu: " << r.subject << "\n";
    const Validity validity = ValidityOf(r);
    out << "  Hiệu lực (theo chỉ mục): " << ValidityLine(validity) << "\n";
    for (const schema::Citation& c : validity.by) {
      out << Styled(style, kDim, "    " + c.document + ": «" + c.evidence + "»" +
                                     (c.attachment == schema::Attachment::kAmbiguous
                                          ? " (không ghi ngày; có thể là văn bản khác cùng số)"
                                          : "")) << "\n";
    }
    PrintLife(out, r, style);
    out << "  Trong chỉ mục: ";
    if (r.documents.empty()) out << "không (chỉ biết qua các văn bản trích dẫn)";
    for (std::size_t d = 0; d < r.documents.size(); ++d) out << (d ? ", " : "") << r.documents[d];
    if (r.citations.empty()) out << "\n  Chưa có văn bản nào trong chỉ mục trích dẫn số hiệu này.\n";
    else out << "\n  Được trích dẫn bởi " << r.citations.size() << " văn bản:\n";
    // The stage a citation's stated relation puts it at ("Thay thế"), shown beside it.
    std::vector<std::string> stated(r.citations.size());
    for (const LifeEvent& e : LifeOf(r)) {
      if (e.basis == "relation") stated[static_cast<std::size_t>(e.citation)] = StageLabel(e.stage);
    }
    for (std::size_t i = 0; i < r.citations.size(); ++i) {
      const schema::Citation& c = r.citations[i];
      out << "    " << (c.document_date.empty() ? "          " : VietnameseDate(c.document_date)) << "  "
          << c.document << "  " << c.title;
      if (!stated[i].empty()) out << "  [" << stated[i] << "]";
      if (!c.named_by.empty()) {
        out << Styled(style, kDim, "  (nhắc theo tên, độ tin cậy " + std::to_string(std::lround(c.confidence * 100)) + "%)");
      }
      if (c.attachment == schema::Attachment::kAmbiguous) {
        out << Styled(style, kDim, "  (không ghi ngày; có thể là bản ghi khác)");
      }
      out << "\n";
    }
    out << "\n";
  }
}

void PrintTopics(std::ostream& out, const std::vector<Topic>& topics,
                 const std::map<std::string, std::vector<FacetCount>>& counts) {
  if (topics.empty()) {
    out << "Chỉ mục này không có danh mục chủ đề.\n";
    return;
  }
  // Each group under its heading, as the taxonomy lists them (a group's topics are together).
  for (std::size_t i = 0; i < topics.size(); ++i) {
    const Topic& topic = topics[i];
    if (!topic.group.empty() && (i == 0 || topics[i - 1].group != topic.group)) out << topic.group << ":\n";
    out << topic.code << "\t" << CountOf(counts, "topic", topic.code) << "\t" << topic.name << "\n";
  }
}

}  // namespace vankien::query
