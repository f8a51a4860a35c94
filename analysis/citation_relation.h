// How a text relates to the document numbers it cites, read from the sentence around each
// citation: "Quy định này thay thế Quy định số 45-QĐ/TW" (replaces), "Căn cứ Chỉ thị số
// 05-CT/TW" (based on), "Kế hoạch số 12-KH/TU thực hiện Chỉ thị 05-CT/TW" (the plan 12-KH/TU
// implements 05-CT/TW), "Thông tư 45/2013/TT-BTC được thay thế bằng Thông tư 12/2017/TT-BTC".
//
// The model (docs/json.md): a relation goes from a source to the cited number. The source is
// another number when the sentence names one as the subject of the verb (or as the agent of a
// passive one, "… được thay thế bởi …"); it is the text itself when the subject is the text
// ("Quy định này", a "Căn cứ" line, a sentence with no subject) — but only an official
// document's own text can be such a source: in an article, "this decree" means the decree last
// named, and a sentence with no numbered subject relates no document ("Tỉnh ủy triển khai
// thực hiện Chỉ thị 05" tells what the Tỉnh ủy did, not what the article does), so it gives "".
// The exception is a decision an article reprints whole ("… ban hành Quyết định số
// 12/2017/QĐ-UBND … Nội dung như sau: Căn cứ …; QUYẾT ĐỊNH: Điều 1. Bãi bỏ …"): from its
// grounds on, the text is that decision's own, and the decision is the source.
//
// Precision comes first: "thực hiện" is everywhere, so a verb relates a number only when it
// governs it — it stands before it in the same clause with nothing but the citation's own
// words between (type names, "số", other numbers of a list, a few adverbs). The scan reads the
// analyser's tokens once and looks a bounded number of words around each citation: linear time.
#ifndef VANKIEN_ANALYSIS_CITATION_RELATION_H_
#define VANKIEN_ANALYSIS_CITATION_RELATION_H_

#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/text_span.h"

namespace vankien::analysis {

enum class Relation : unsigned char {
  kNone,        // a plain mention
  kReplaces,    // thay thế
  kRepeals,     // bãi bỏ, hủy bỏ; "… hết hiệu lực", "… bị bãi bỏ"
  kAmends,      // sửa đổi, bổ sung
  kGuides,      // hướng dẫn (thực hiện, thi hành), quy định chi tiết
  kImplements,  // thực hiện, triển khai, cụ thể hóa
  kReviews,     // sơ kết, tổng kết (N năm thực hiện)
  kBasedOn,     // căn cứ
};

// The relation's name as stored and searched: "replaces", "repeals", "amends", "guides",
// "implements", "reviews", "based_on"; "" for kNone.
std::string_view RelationName(Relation relation);

// Whose text is analysed: an official document's own text, which can be the source of a
// relation, or an article (news, encyclopedia) about documents, which never is.
enum class Voice : unsigned char { kDocument, kArticle };

// The source of a relation when it is the analysed text itself.
inline constexpr std::size_t kTheText = std::numeric_limits<std::size_t>::max();

struct CitationRelation {
  Relation relation = Relation::kNone;
  // The index in Analysis::identifiers of the number the relation comes from, or kTheText.
  std::size_t source = kTheText;
  TextSpan evidence;  // the sentence stating it; empty for kNone
};

// One CitationRelation per entry of analysis.identifiers, in the same order. `analysis` must
// be the analysis of `text` (Analyzer::Analyze with either Forms). Never throws on any input
// and runs in time linear in the number of tokens.
std::vector<CitationRelation> FindCitationRelations(std::string_view text, const Analysis& analysis,
                                                    Voice voice);

}  // namespace vankien::analysis

#endif  // VANKIEN_ANALYSIS_CITATION_RELATION_H_
