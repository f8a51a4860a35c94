// The sentences below are samples written for these tests (invented bodies such as Tỉnh ủy Lam
// Giang), in the style of official documents and of the news about them.
#include "analysis/citation_relation.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace vankien::analysis {
namespace {

// "number relation source" for each mention, the source "" when it is the text itself and
// "-" for a plain mention.
std::vector<std::string> Relations(std::string_view text, Voice voice = Voice::kDocument) {
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze(text, &analysis);
  const std::vector<CitationRelation> relations = FindCitationRelations(text, analysis, voice);
  REQUIRE(relations.size() == analysis.identifiers.size());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const CitationRelation& r = relations[i];
    std::string line = analysis.identifiers[i].canonical + " ";
    if (r.relation == Relation::kNone) {
      line += "-";
      CHECK(r.evidence.empty());
    } else {
      line += std::string(RelationName(r.relation)) + " " +
              (r.source == kTheText ? "" : analysis.identifiers[r.source].canonical);
      // The evidence is the sentence holding the number.
      CHECK(r.evidence.begin <= analysis.identifiers[i].span.begin);
      CHECK(r.evidence.end >= analysis.identifiers[i].span.end);
    }
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST_CASE("a document replaces, repeals and amends what its sentences say it does") {
  CHECK(Relations("Quy định này thay thế Quy định số 45-QĐ/TW ngày 1/11/2011 của Ban Chấp hành "
                  "Trung ương.") == Lines{"45-QĐ/TW replaces "});
  CHECK(Relations("Bãi bỏ Quyết định số 123/QĐ-UBND ngày 3/4/2015.") == Lines{"123/QĐ-UBND repeals "});
  CHECK(Relations("Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP.") ==
        Lines{"30/2020/NĐ-CP amends "});
  CHECK(Relations("Bổ sung một số điều của Quy định số 30-QĐ/TW.") == Lines{"30-QĐ/TW amends "});
  // Repealing a document's articles, or among amending it, leaves it in force: it amends.
  CHECK(Relations("Nghị định này sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số 185/2013/NĐ-CP.") ==
        Lines{"185/2013/NĐ-CP amends "});
  CHECK(Relations("Quyết định này bổ sung và bãi bỏ Quyết định số 12/2016/QĐ-UBND.") ==
        Lines{"12/2016/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ Điều 5 của Quyết định số 123/QĐ-UBND ngày 3/4/2015.") == Lines{"123/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ khoản 2 Điều 3 Thông tư số 15/2014/TT-BXD.") == Lines{"15/2014/TT-BXD amends "});
  CHECK(Relations("Bãi bỏ điểm a khoản 2 Điều 5 của Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC amends "});
  CHECK(Relations("Bãi bỏ điểm đ khoản 1 Điều 3 Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC amends "});
  CHECK(Relations("Bãi bỏ Phụ lục II ban hành kèm theo Thông tư số 12/2015/TT-BTC.") ==
        Lines{"12/2015/TT-BTC amends "});
  CHECK(Relations("Bãi bỏ Mục 3 Chương II của Quyết định số 123/QĐ-UBND.") == Lines{"123/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ tiết a điểm 2 mục II Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC amends "});
  CHECK(Relations("Sửa đổi điểm b khoản 3 Điều 4 Nghị định số 30/2020/NĐ-CP như sau.") ==
        Lines{"30/2020/NĐ-CP amends "});
  // "theo" bridges only in "kèm theo": what follows "theo" alone is a source of its own.
  CHECK(Relations("Bãi bỏ Phụ lục II theo Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC -"});
  // A part named after a list's verb: repealing or replacing the part amends, and a part leading
  // a clause of its own takes no verb from the number before it.
  CHECK(Relations("Bãi bỏ Quyết định số 12/2015/QĐ-UBND; Mục 3 Quyết định số 13/2015/QĐ-UBND được sửa đổi như "
                  "sau.") == Lines{"12/2015/QĐ-UBND repeals ", "13/2015/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ Quyết định số 12/2015/QĐ-UBND và Mục 3 của Quyết định số 34/2016/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND repeals ", "34/2016/QĐ-UBND amends "});
  CHECK(Relations("Thay thế Quyết định số 12/2015/QĐ-UBND và Phụ lục kèm theo Quyết định số 13/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND replaces ", "13/2015/QĐ-UBND amends "});
  CHECK(Relations("Thực hiện Nghị quyết 12-NQ/TU, Mục 3 của Kế hoạch số 13-KH/TU được điều chỉnh.") ==
        Lines{"12-NQ/TU implements ", "13-KH/TU -"});
  CHECK(Relations("Thay thế Phụ lục I kèm theo Nghị định số 12/2015/NĐ-CP.") == Lines{"12/2015/NĐ-CP amends "});
  CHECK(Relations("Thay thế Điều 5 của Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC amends "});
  // Grounds listed with commas, and after a colon, keep their verb across parts.
  CHECK(Relations("Căn cứ các điều sau: Điều 12, Điều 13 Nghị định số 21/2016/NĐ-CP của Chính phủ.") ==
        Lines{"21/2016/NĐ-CP based_on "});
  CHECK(Relations("Căn cứ Điều 3 Nghị định 21/2016/NĐ-CP, khoản 2 Điều 7 Quyết định 77/QĐ-UBND, Sở quyết định.") ==
        Lines{"21/2016/NĐ-CP based_on ", "77/QĐ-UBND based_on "});
  // A replacement offered among amending verbs replaces; one of a part amends.
  CHECK(Relations("Bộ đang sửa đổi, bổ sung, thay thế Thông tư số 21/2016/TT-BXD.") ==
        Lines{"21/2016/TT-BXD replaces "});
  CHECK(Relations("Nghị định này thay thế Nghị định số 21/2016/NĐ-CP và Điều 3 Nghị định 22/2017/NĐ-CP.") ==
        Lines{"21/2016/NĐ-CP replaces ", "22/2017/NĐ-CP amends "});
  // What is attached to a number is no part of it; a part's amendment is not passed on to the
  // next number of a list, a list's verb is; a passive verb after a part amends.
  CHECK(Relations("Quy chế này thay thế Quy chế ban hành kèm theo Quyết định số 12/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND replaces "});
  CHECK(Relations("Bãi bỏ Quy định ban hành kèm theo Quyết định số 12/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND repeals "});
  CHECK(Relations("Bãi bỏ Điều 5 Quyết định số 12/2015/QĐ-UBND và Quyết định số 13/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND amends ", "13/2015/QĐ-UBND repeals "});
  CHECK(Relations("Thay thế Điều 5 Quyết định số 12/2015/QĐ-UBND và Quyết định số 13/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND amends ", "13/2015/QĐ-UBND replaces "});
  CHECK(Relations("Căn cứ Nghị định số 21/2016/NĐ-CP; khoản 3 Điều 5 Nghị định số 22/2016/NĐ-CP;") ==
        Lines{"21/2016/NĐ-CP based_on ", "22/2016/NĐ-CP based_on "});
  CHECK(Relations("Bãi bỏ Quyết định số 12/2015/QĐ-UBND, Điều 5 Quyết định số 13/2015/QĐ-UBND.") ==
        Lines{"12/2015/QĐ-UBND repeals ", "13/2015/QĐ-UBND amends "});
  CHECK(Relations("Điều 5 Quyết định số 13/2015/QĐ-UBND hết hiệu lực.") == Lines{"13/2015/QĐ-UBND amends "});
  CHECK(Relations("Quyết định số 13/2015/QĐ-UBND hết hiệu lực.") == Lines{"13/2015/QĐ-UBND repeals "});
  // Words that fold to a part's name and are none: "chi tiết", "kém", "mức".
  CHECK(Relations("Theo quy định chi tiết tại điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP thì được.") ==
        Lines{"30/2020/NĐ-CP -"});
  CHECK(Relations("Ủy ban thực hiện kém Nghị quyết số 12-NQ/TU.") == Lines{"12-NQ/TU -"});
  CHECK(Relations("Thay thế mức thu tại Quyết định số 12/2015/QĐ-UBND.") == Lines{"12/2015/QĐ-UBND -"});
  CHECK(Relations("Nghị định này quy định chi tiết Luật số 12/2015/QH13.") == Lines{"12/2015/QH13 guides "});
  // Parts after a number lead to no passive verb of it: the Thông tư is the amending one here.
  CHECK(Relations("Theo Thông tư số 52/2017/TT-BTC thì điểm c khoản 1 Điều 4 được sửa đổi như sau.") ==
        Lines{"52/2017/TT-BTC -"});
  CHECK(Relations("Bãi bỏ các Quyết định số 10/2015/QĐ-UBND và số 11/2015/QĐ-UBND.") ==
        Lines{"10/2015/QĐ-UBND repeals ", "11/2015/QĐ-UBND repeals "});
  CHECK(Relations("Bãi bỏ quy định tại Điều 5 của Nghị định số 10/2015/NĐ-CP.") == Lines{"10/2015/NĐ-CP amends "});
  CHECK(Relations("Bãi bỏ một số quy định của Thông tư số 15/2014/TT-BXD.") == Lines{"15/2014/TT-BXD amends "});
  CHECK(Relations("Bãi bỏ Chương II của Quyết định số 12/2016/QĐ-UBND.") == Lines{"12/2016/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ các khoản 2, 3 Điều 5 Thông tư số 15/2014/TT-BXD.") == Lines{"15/2014/TT-BXD amends "});
  CHECK(Relations("Quyết định này sửa đổi, bổ sung hoặc bãi bỏ Quyết định số 12/2016/QĐ-UBND.") ==
        Lines{"12/2016/QĐ-UBND amends "});
  CHECK(Relations("Bãi bỏ nội dung tại Quyết định số 12/2016/QĐ-UBND về giá.") == Lines{"12/2016/QĐ-UBND amends "});
  // A type named Quy định is no provision; an amending verb of another sentence is not this one's.
  CHECK(Relations("Bãi bỏ Quy định số 30-QĐ/TW ngày 5/5/2010.") == Lines{"30-QĐ/TW repeals "});
  CHECK(Relations("Điều 1 được sửa đổi, bổ sung. Bãi bỏ Thông tư số 12/2010/TT-BTC.") ==
        Lines{"12/2010/TT-BTC repeals "});
  CHECK(Relations("Điều 2. Sửa đổi, bổ sung\nBãi bỏ Quyết định số 15/2016/QĐ-UBND.") ==
        Lines{"15/2016/QĐ-UBND repeals "});
  CHECK(Relations("Thay thế Chỉ thị số 10-CT/TW và Chỉ thị số 11-CT/TW.") ==
        Lines{"10-CT/TW replaces ", "11-CT/TW replaces "});
}

TEST_CASE("Căn cứ lines are the document's grounds, one line at a time") {
  CHECK(Relations("Căn cứ Điều lệ Đảng;\nCăn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp "
                  "hành Trung ương;\nCăn cứ vào Chỉ thị số 05-CT/TW,") ==
        Lines{"29-QĐ/TW based_on ", "05-CT/TW based_on "});
  // "được căn cứ theo" grounds what the text sets; "căn cứ theo X, [a figure] là …" quotes X
  // (relations.md).
  CHECK(Relations("Mức tăng học phí được căn cứ theo Quyết định 89/2016/QĐ-UBND của UBND tỉnh.") ==
        Lines{"89/2016/QĐ-UBND based_on "});
  CHECK(Relations("Căn cứ theo Nghị định 46/2016/NĐ-CP, mức phạt là 200.000 đồng.") == Lines{"46/2016/NĐ-CP -"});
  // An article has no grounds of its own.
  CHECK(Relations("Căn cứ Quy định số 29-QĐ/TW, Tỉnh ủy đã kỷ luật ông A.", Voice::kArticle) ==
        Lines{"29-QĐ/TW -"});
  // A ground in brackets after a rate is where the figure comes from, its list too (relations.md,
  // round 6).
  CHECK(Relations("Mức đóng bằng 1,5% mức lương cơ sở (Căn cứ Điều 2 Nghị định số 47/2017/NĐ-CP).") ==
        Lines{"47/2017/NĐ-CP -"});
  CHECK(Relations("Mức đóng bằng 1,5% mức lương cơ sở (căn cứ vào Nghị định số 47/2017/NĐ-CP).") ==
        Lines{"47/2017/NĐ-CP -"});
  CHECK(Relations("Mức phạt (căn cứ Điều 3 Nghị định 21/2016/NĐ-CP, khoản 2 Điều 7 Quyết định 77/QĐ-UBND).") ==
        Lines{"21/2016/NĐ-CP -", "77/QĐ-UBND -"});
  // After an act, the bracket names its ground.
  CHECK(Relations("Xử phạt Công ty A số tiền 50 triệu đồng (căn cứ khoản 2 Điều 5 Nghị định số 81/2013/NĐ-CP).") ==
        Lines{"81/2013/NĐ-CP based_on "});
  // An answer to a reader restates the rule asked about (relations.md, rounds 4 and 9); a ground
  // after any other colon is still one.
  for (const std::string_view answer : {"Trả lời: Căn cứ khoản 2 Điều 6 Thông tư 15/2016/TT-BCA thì",
                                        "Bảo hiểm xã hội tỉnh trả lời như sau: Căn cứ vào Thông tư 15/2016/TT-BCA thì",
                                        "Trả lời:\nCăn cứ Thông tư 15/2016/TT-BCA thì",
                                        "Tra loi nhu sau: can cu Thong tu 15/2016/TT-BCA thi"}) {
    CAPTURE(answer);
    CHECK(Relations(std::string(answer) + " người dự tuyển phải tốt nghiệp trung học phổ thông.") ==
          Lines{"15/2016/TT-BCA -"});
  }
  CHECK(Relations("Điều 1. Nay quyết định như sau: Căn cứ Thông tư 15/2016/TT-BCA, Công an tỉnh tuyển 20 người.") ==
        Lines{"15/2016/TT-BCA based_on "});
  CHECK(Relations("Ý kiến: Căn cứ Thông tư 15/2016/TT-BCA, Công an tỉnh tuyển 20 người.") ==
        Lines{"15/2016/TT-BCA based_on "});
  // A body's own decision after "có ý kiến như sau:" keeps its grounds (the review's case).
  CHECK(Relations("Chủ tịch UBND tỉnh có ý kiến như sau: Căn cứ Quyết định số 15/QĐ-UBND, giao Sở Tài chính "
                  "chủ trì.") == Lines{"15/QĐ-UBND based_on "});
}

TEST_CASE("guides, implements and reviews, told apart by the words before the verb") {
  CHECK(Relations("Hướng dẫn thực hiện Quy định số 30-QĐ/TW của Ban Chấp hành Trung ương.") ==
        Lines{"30-QĐ/TW guides "});
  CHECK(Relations("Thông tư này quy định chi tiết Nghị định số 15/2017/NĐ-CP.") ==
        Lines{"15/2017/NĐ-CP guides "});
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ "
                  "Tỉnh ủy ban hành kế hoạch như sau:") == Lines{"05-CT/TW implements "});
  CHECK(Relations("Tiếp tục triển khai thực hiện nghiêm túc, có hiệu quả Nghị quyết số 18-NQ/TW.") ==
        Lines{"18-NQ/TW implements "});
  CHECK(Relations("Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.") ==
        Lines{"05-CT/TW reviews "});
  CHECK(Relations("Tổng kết Nghị quyết số 26-NQ/TW.") == Lines{"26-NQ/TW reviews "});
}

TEST_CASE("a type name before a number is no verb") {
  // "Hướng dẫn số 17-HD/BTCTW" names a guide: it guides nothing here.
  CHECK(Relations("Theo Hướng dẫn số 17-HD/BTCTW, các chi bộ họp.") == Lines{"17-HD/BTCTW -"});
  CHECK(Relations("Hướng dẫn 17-HD/BTCTW nêu rõ.") == Lines{"17-HD/BTCTW -"});
}

TEST_CASE("a verb relates only a number it governs") {
  // Too far, across other words: the verb governs "công tác", not the number.
  CHECK(Relations("Thực hiện tốt công tác cán bộ theo tinh thần của Quy định số 105-QĐ/TW.") ==
        Lines{"105-QĐ/TW -"});
  // Another clause.
  CHECK(Relations("Tỉnh ủy đã thực hiện; Quy định số 105-QĐ/TW vẫn áp dụng.") == Lines{"105-QĐ/TW -"});
  // Inspecting or reporting on the implementation is neither implementing nor reviewing it.
  CHECK(Relations("Kiểm tra việc thực hiện Chỉ thị số 05-CT/TW tại các chi bộ.") == Lines{"05-CT/TW -"});
  CHECK(Relations("Nhiều nơi chưa thực hiện Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW -"});
  CHECK(Relations("Chỉ thị số 05-CT/TW có ý nghĩa lớn.") == Lines{"05-CT/TW -"});
}

TEST_CASE("a number named as the subject is the source, in documents and articles alike") {
  const std::string_view text =
      "Tỉnh ủy Lam Giang ban hành Kế hoạch số 12-KH/TU ngày 3/6/2016 thực hiện Chỉ thị số "
      "05-CT/TW của Bộ Chính trị.";
  CHECK(Relations(text, Voice::kArticle) == Lines{"12-KH/TU -", "05-CT/TW implements 12-KH/TU"});
  CHECK(Relations(text, Voice::kDocument) == Lines{"12-KH/TU -", "05-CT/TW implements 12-KH/TU"});
  CHECK(Relations("Nghị định 20/2017/NĐ-CP thay thế Nghị định 24/2007/NĐ-CP.", Voice::kArticle) ==
        Lines{"20/2017/NĐ-CP -", "24/2007/NĐ-CP replaces 20/2017/NĐ-CP"});
  // The object of an earlier verb is no subject.
  CHECK(Relations("Thực hiện Chỉ thị 05-CT/TW, Tỉnh ủy triển khai Nghị quyết số 03-NQ/TU.",
                  Voice::kArticle) == Lines{"05-CT/TW -", "03-NQ/TU -"});
}

TEST_CASE("what a sentence led by carrying out issues is what carries it out") {
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban "
                  "hành Kế hoạch số 12-KH/TU ngày 3/6/2016.",
                  Voice::kArticle) == Lines{"05-CT/TW implements 12-KH/TU", "12-KH/TU -"});
  // Past a title's own "ban hành" and the other items of a list.
  CHECK(Relations("Thực hiện Nghị quyết số 63/NQ-CP ngày 22/7/2016 của Chính phủ ban hành Chương trình hành "
                  "động; các nghị quyết của Tỉnh ủy và HĐND tỉnh, UBND tỉnh đã ban hành Chương trình số "
                  "3303/CTr-UBND ngày 29/12/2016.",
                  Voice::kArticle) == Lines{"63/NQ-CP implements 3303/CTr-UBND", "3303/CTr-UBND -"});
  // Not led by carrying out, or nothing issued after a mark: the text, or no one, carries it out.
  CHECK(Relations("Tỉnh ủy thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ ban hành Kế hoạch số 12-KH/TU.",
                  Voice::kArticle) == Lines{"05-CT/TW -", "12-KH/TU -"});
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW, các chi bộ ban hành nghị quyết chuyên đề.") ==
        Lines{"05-CT/TW implements "});
  // "ban hành" is a verb of its own, no bridge to the number before ("Tỉnh ủy" and "ban hành"
  // are words of bodies' names too).
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.", Voice::kArticle) ==
        Lines{"05-CT/TW implements 12-KH/TU", "12-KH/TU -"});
  // "đã có" and a type name issue too; "có" alone does not ("có 12 kế hoạch"), nor as a duty, a
  // check or what a file holds.
  CHECK(Relations("Thực hiện Kết luận số 91-KL/TU ngày 9/1/2017 của Thường trực Tỉnh ủy, ngày 6/2/2017 Chủ tịch "
                  "UBND tỉnh đã có Văn bản số 331/UBND-TH giao nhiệm vụ.",
                  Voice::kArticle) == Lines{"91-KL/TU implements 331/UBND-TH", "331/UBND-TH -"});
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW, Sở đã có Công văn số 12/SNV-TCBC gửi các huyện.", Voice::kArticle) ==
        Lines{"05-CT/TW implements 12/SNV-TCBC", "12/SNV-TCBC -"});
  for (const char* text : {
           "Thực hiện Chỉ thị số 05-CT/TW, đoàn kiểm tra xem các huyện đã có Kế hoạch số 12-KH/HU hay không.",
           "Thực hiện Chỉ thị số 05-CT/TW, trong hồ sơ có Quyết định số 78/QĐ-UBND giao đất.",
           "Thực hiện Chỉ thị số 05-CT/TW, Sở cần có Kế hoạch số 12/KH-SKH.",
       }) {
    CAPTURE(text);
    for (const std::string& line : Relations(text, Voice::kArticle)) CHECK(line.ends_with(" -"));
  }
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW, huyện không có Kế hoạch số 20-KH/HU riêng.", Voice::kArticle) ==
        Lines{"05-CT/TW -", "20-KH/HU -"});
  // Changing a regulation a number issues changes the number, past the regulation's name.
  CHECK(Relations("Ngày 24/5/2017, Bộ Tài chính ban hành Quyết định số 942/QĐ-BTC sửa đổi, bổ sung Danh mục Bảng "
                  "giá tính lệ phí trước bạ ô tô, xe máy ban hành kèm theo Thông tư số 304/2016/TT-BTC.",
                  Voice::kArticle) == Lines{"942/QĐ-BTC -", "304/2016/TT-BTC amends 942/QĐ-BTC"});
  CHECK(Relations("Sửa đổi, bổ sung một số điều của Quy chế tuyển sinh đại học hệ chính quy ban hành kèm theo Thông "
                  "tư số 03/2015/TT-BGDĐT.") == Lines{"03/2015/TT-BGDĐT amends "});
  CHECK(Relations("Sau khi sửa đổi, doanh nghiệp áp dụng Bảng giá ban hành kèm theo Thông tư số 304/2016/TT-BTC.") ==
        Lines{"304/2016/TT-BTC -"});
  CHECK(Relations("Bãi bỏ Quyết định số 11/2015/QĐ-UBND, Quy định ban hành kèm theo Quyết định số "
                  "12/2015/QĐ-UBND.") == Lines{"11/2015/QĐ-UBND repeals ", "12/2015/QĐ-UBND repeals "});
  // Denied, deferred, asked, earlier, another's act, a clause of its own, a title's: no source.
  for (const char* text : {
           "Thực hiện Chỉ thị số 05-CT/TW, Huyện ủy chưa ban hành Kế hoạch số 20-KH/HU như yêu cầu.",
           "Thực hiện Chỉ thị số 05-CT/TW, Huyện ủy sẽ ban hành Kế hoạch số 20-KH/HU.",
           "Thực hiện Chỉ thị số 05-CT/TW, vì sao huyện chưa ban hành Kế hoạch số 20-KH/HU?",
           "Thực hiện Chỉ thị số 05-CT/TW, Huyện ủy đã ban hành Kế hoạch số 20-KH/HU chưa?",
           "Thực hiện Chỉ thị số 05-CT/TW, trước đó tỉnh đã ban hành Kế hoạch số 20-KH/TU.",
           "Thực hiện Quyết định thanh tra số 12/QĐ-TTr, đoàn đã làm việc với xã, phát hiện xã ban hành Quyết "
           "định số 78/QĐ-UBND giao đất trái thẩm quyền.",
           "Thực hiện Nghị quyết số 12-NQ/TU, Tỉnh ủy kiến nghị Trung ương sớm ban hành Quy định số 30-QĐ/TW.",
           "Thực hiện Nghị quyết số 12-NQ/TU, tỉnh tổ chức 15 hội nghị; đồng thời, HĐND tỉnh ban hành Nghị quyết "
           "số 45/2017/NQ-HĐND về giá đất.",
           "Thực hiện Quyết định số 345/QĐ-UBND, ngày 5/4/2017 của UBND tỉnh về việc ban hành Kế hoạch số "
           "78/KH-UBND, Sở đã tổ chức triển khai.",
       }) {
    CAPTURE(text);
    for (const std::string& line : Relations(text, Voice::kArticle)) CHECK(line.ends_with(" -"));
  }
  // A product issued before what it would carry out leaves the text as the one carrying it out.
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016, tỉnh đã ban hành Kế hoạch số 12-KH/TU ngày "
                  "3/6/2015.") == Lines{"05-CT/TW implements ", "12-KH/TU -"});
  // What is issued must come after the leading clause, and no earlier than what it carries out.
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016, tỉnh đã ban hành Kế hoạch số 12-KH/TU ngày "
                  "3/6/2015.",
                  Voice::kArticle) == Lines{"05-CT/TW -", "12-KH/TU -"});
}

TEST_CASE("in an article only a named document relates: an unnamed subject gives nothing") {
  CHECK(Relations("Tỉnh ủy Lam Giang triển khai thực hiện Chỉ thị 05-CT/TW.", Voice::kArticle) ==
        Lines{"05-CT/TW -"});
  CHECK(Relations("Quy định này thay thế Quy định số 45-QĐ/TW.", Voice::kArticle) == Lines{"45-QĐ/TW -"});
}

TEST_CASE("an article reprinting a decision speaks as the decision from its grounds on") {
  const std::string_view reprint =
      "UBND tỉnh Lam Giang vừa ban hành Quyết định số 12/2017/QĐ-UBND ngày 3/2/2017 về giá đất. Nội "
      "dung như sau: Căn cứ Nghị định số 45/2014/NĐ-CP ngày 15/5/2014 của Chính phủ; QUYẾT ĐỊNH: Điều 1. "
      "Bãi bỏ Quyết định số 39/2015/QĐ-UBND ngày 31/7/2015 của UBND tỉnh.";
  CHECK(Relations(reprint, Voice::kArticle) ==
        Lines{"12/2017/QĐ-UBND -", "45/2014/NĐ-CP based_on 12/2017/QĐ-UBND", "39/2015/QĐ-UBND repeals 12/2017/QĐ-UBND"});
  // Grounds with no heading of the decision's articles after them, or a heading with no decision
  // named before: the article speaks for no document.
  CHECK(Relations("Căn cứ Nghị định số 45/2014/NĐ-CP, tỉnh đã bãi bỏ Quyết định số 39/2015/QĐ-UBND.",
                  Voice::kArticle) == Lines{"45/2014/NĐ-CP -", "39/2015/QĐ-UBND -"});
  CHECK(Relations("Nội dung như sau: Căn cứ Nghị định số 45/2014/NĐ-CP; QUYẾT ĐỊNH: Điều 1. Bãi bỏ "
                  "Quyết định số 39/2015/QĐ-UBND.",
                  Voice::kArticle) == Lines{"45/2014/NĐ-CP -", "39/2015/QĐ-UBND -"});
}

TEST_CASE("in an article, this decree is the decree last named") {
  CHECK(Relations("Chính phủ ban hành Nghị định 20/2017/NĐ-CP về quản lý thuế. Nghị định này thay "
                  "thế Nghị định 24/2007/NĐ-CP.",
                  Voice::kArticle) == Lines{"20/2017/NĐ-CP -", "24/2007/NĐ-CP replaces 20/2017/NĐ-CP"});
  CHECK(Relations("Bộ Tài chính ban hành Thông tư 12/2017/TT-BTC. Thông tư có hiệu lực từ ngày "
                  "1/7/2017 và thay thế Thông tư 45/2013/TT-BTC.",
                  Voice::kArticle) == Lines{"12/2017/TT-BTC -", "45/2013/TT-BTC replaces 12/2017/TT-BTC"});
  // A type name heading a clause is the subject only when nothing is punctuated before the verb.
  CHECK(Relations("Bộ ban hành Công văn 1584/BTC-VP. Công văn nêu rõ, các đơn vị tổ chức thực hiện "
                  "Công điện số 156/CĐ-TTg.",
                  Voice::kArticle) == Lines{"1584/BTC-VP -", "156/CĐ-TTg -"});
  // "Thông tư này" is a Thông tư, not a Thông tri, though both are coded TT.
  CHECK(Relations("Ban Bí thư ban hành Thông tri số 16-TT/TW về công tác dân vận. Thông tư này hướng dẫn "
                  "thực hiện Nghị định số 91/2014/NĐ-CP.",
                  Voice::kArticle) == Lines{"16-TT/TW -", "91/2014/NĐ-CP -"});
  CHECK(Relations("Bộ Tài chính ban hành Thông tư số 16/2018/TT-BTC. Thông tư này hướng dẫn thực hiện Nghị "
                  "định số 91/2014/NĐ-CP.",
                  Voice::kArticle) == Lines{"16/2018/TT-BTC -", "91/2014/NĐ-CP guides 16/2018/TT-BTC"});
}

TEST_CASE("a passive verb after a number, with or without its agent") {
  CHECK(Relations("Thông tư 45/2013/TT-BTC được thay thế bằng Thông tư 12/2017/TT-BTC.",
                  Voice::kArticle) == Lines{"45/2013/TT-BTC replaces 12/2017/TT-BTC", "12/2017/TT-BTC -"});
  CHECK(Relations("Quyết định số 45/QĐ-UBND ngày 2/3/2010 hết hiệu lực kể từ ngày ký.") ==
        Lines{"45/QĐ-UBND repeals "});
  CHECK(Relations("Quyết định số 45/QĐ-UBND bị bãi bỏ.", Voice::kArticle) == Lines{"45/QĐ-UBND -"});
  // "đã thay thế" is active: 45 is the one replacing.
  CHECK(Relations("Quyết định 45/QĐ-UBND đã thay thế Quyết định 12/QĐ-UBND.", Voice::kArticle) ==
        Lines{"45/QĐ-UBND -", "12/QĐ-UBND replaces 45/QĐ-UBND"});
}

TEST_CASE("an agent after the verb, with or without an auxiliary, names the source") {
  CHECK(Relations("Theo Nghị định 163/2006/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 11/2012/NĐ-CP), bên "
                  "thế chấp giữ giấy tờ.",
                  Voice::kArticle) == Lines{"163/2006/NĐ-CP amends 11/2012/NĐ-CP", "11/2012/NĐ-CP -"});
  CHECK(Relations("Thông tư 36/2012/TT-NHNN (đã được sửa đổi tại Thông tư 20/2016/TT-NHNN).",
                  Voice::kArticle) == Lines{"36/2012/TT-NHNN amends 20/2016/TT-NHNN", "20/2016/TT-NHNN -"});
  // An aside after a date, issuer and title too long to bridge, when it names its agent; one
  // without tells the number's history, in a document too.
  CHECK(Relations("Ngân hàng bảo đảm thời gian phục vụ theo đúng quy định tại khoản 1 Điều 5 Thông tư số "
                  "36/2012/TT-NHNN ngày 28/12/2012 của Thống đốc Ngân hàng Nhà nước quy định về trang bị, quản lý "
                  "và vận hành máy giao dịch tự động (đã được sửa đổi, bổ sung tại Thông tư số 20/2016/TT-NHNN ngày "
                  "30/6/2016).",
                  Voice::kArticle) == Lines{"36/2012/TT-NHNN amends 20/2016/TT-NHNN", "20/2016/TT-NHNN -"});
  CHECK(Relations("Theo Thông tư số 36/2012/TT-NHNN ngày 28/12/2012 của Thống đốc Ngân hàng Nhà nước quy định về "
                  "máy giao dịch tự động (đã được sửa đổi, bổ sung năm 2016), ngân hàng rà soát máy.") ==
        Lines{"36/2012/TT-NHNN -"});
  // A bracket that follows other words of the sentence is no aside of the citation.
  CHECK(Relations("Theo Thông tư số 36/2012/TT-NHNN, các ngân hàng rà soát máy giao dịch tự động (đã được sửa đổi "
                  "tại Thông tư số 20/2016/TT-NHNN).",
                  Voice::kArticle) == Lines{"36/2012/TT-NHNN -", "20/2016/TT-NHNN -"});
  // "bổ sung", "điều chỉnh" change the number only when a numbered agent follows.
  CHECK(Relations("Dự án được chấp thuận tại Quyết định số 1300/QĐ-UBND, ngày 15/4/2015 (bổ sung, điều chỉnh tại QĐ "
                  "số 99/QĐ-UBND ngày 12/1/2016).",
                  Voice::kArticle) == Lines{"1300/QĐ-UBND amends 99/QĐ-UBND", "99/QĐ-UBND -"});
  CHECK(Relations("Dự án theo Quyết định số 12/QĐ-UBND được bổ sung vốn.") == Lines{"12/QĐ-UBND -"});
  CHECK(Relations("Nghị quyết số 12/NQ-HĐND điều chỉnh tại kỳ họp thứ năm.") == Lines{"12/NQ-HĐND -"});
  // "theo" after an auxiliary names the changing document, past the provisions that make it.
  CHECK(Relations("Nghị định số 108/2013/NĐ-CP được sửa đổi, bổ sung theo quy định tại khoản 1 và khoản 35 "
                  "Điều 1 Nghị định số 145/2016/NĐ-CP.",
                  Voice::kArticle) == Lines{"108/2013/NĐ-CP amends 145/2016/NĐ-CP", "145/2016/NĐ-CP -"});
  // "theo hướng" tells how, and names no document.
  CHECK(Relations("Quyết định 45/QĐ-UBND được sửa đổi theo hướng gọn hơn, như Quyết định 46/QĐ-UBND.",
                  Voice::kArticle) == Lines{"45/QĐ-UBND -", "46/QĐ-UBND -"});
  // Without an auxiliary and without an agent, the number is the subject, not the object.
  CHECK(Relations("Nghị định 20/2017/NĐ-CP sửa đổi nhiều điều.", Voice::kArticle) == Lines{"20/2017/NĐ-CP -"});
  CHECK(Relations("Quyết định số 12/QĐ-UBND sẽ được triển khai trong năm.") == Lines{"12/QĐ-UBND implements "});
}

TEST_CASE("a list after a verb, past semicolons and colons, shares its relation") {
  // Past an item's title, which ends where the next citation begins.
  CHECK(Relations("Thực hiện tốt Nghị quyết 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển doanh "
                  "nghiệp và Chỉ thị 20/CT-TTg của Thủ tướng về chấn chỉnh hoạt động thanh tra.") ==
        Lines{"35/NQ-CP implements ", "20/CT-TTg implements "});
  CHECK(Relations("Bãi bỏ các Thông tư sau: số 15/2014/TT-BXD ngày 15/9/2014; số 11/2009/TT-BXD, số "
                  "01/2010/TT-BXD.") ==
        Lines{"15/2014/TT-BXD repeals ", "11/2009/TT-BXD repeals ", "01/2010/TT-BXD repeals "});
  // Past ";" a verb must reach through a number of the list.
  CHECK(Relations("Tỉnh ủy bãi bỏ nhiều văn bản; số 11/2009/TT-BXD còn hiệu lực.") == Lines{"11/2009/TT-BXD -"});
}

TEST_CASE("a verb in a number's title is that number's, whatever governs the number") {
  CHECK(Relations("Tỉnh ủy chỉ đạo thực hiện Kết luận số 11-KL/TW về việc tiếp tục thực hiện Chỉ thị số "
                  "08-CT/TW của Ban Bí thư.",
                  Voice::kArticle) == Lines{"11-KL/TW -", "08-CT/TW implements 11-KL/TW"});
  // Past the title the verb is no longer the number's.
  CHECK(Relations("Tỉnh ủy thực hiện Kết luận số 11-KL/TW về an toàn thực phẩm, đồng thời thực hiện Chỉ "
                  "thị số 08-CT/TW.",
                  Voice::kArticle) == Lines{"11-KL/TW -", "08-CT/TW -"});
}

TEST_CASE("a list goes on past the date, issuer and title of its items") {
  CHECK(Relations("Tỉnh ủy tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung "
                  "ương về đổi mới căn bản giáo dục, Nghị quyết số 88/2014/QH13 ngày 28/11/2014 của Quốc hội.") ==
        Lines{"29-NQ/TW implements ", "88/2014/QH13 implements "});
  // Past semicolons too, where the number ends its own item.
  CHECK(Relations("Thực hiện Nghị quyết số 63/NQ-CP ngày 22/7/2016 của Chính phủ về kế hoạch 5 năm; Nghị quyết "
                  "số 64/NQ-CP ngày 22/7/2016 của Chính phủ về chương trình hành động; Nghị quyết số 12-NQ/TU "
                  "nêu rõ nhiệm vụ.") == Lines{"63/NQ-CP implements ", "64/NQ-CP implements ", "12-NQ/TU -"});
  // An item ungoverned passes nothing on, and a title read on over the next number is none.
  CHECK(Relations("Theo Nghị quyết số 29-NQ/TW về đổi mới giáo dục, Nghị quyết số 88/2014/QH13 đã ban hành.") ==
        Lines{"29-NQ/TW -", "88/2014/QH13 -"});
  CHECK(Relations("Thông tư số 76/2014/TT-BTC hướng dẫn Nghị định số 45/2014/NĐ-CP của Chính phủ quy định về "
                  "thu tiền sử dụng đất và Thông tư số 333/2016/TT-BTC sửa đổi Thông tư 77/2014/TT-BTC.",
                  Voice::kArticle) == Lines{"76/2014/TT-BTC -", "45/2014/NĐ-CP guides 76/2014/TT-BTC",
                                            "333/2016/TT-BTC -", "77/2014/TT-BTC amends 333/2016/TT-BTC"});
}

TEST_CASE("what is carried out, by whom, at which document") {
  CHECK(Relations("Các huyện khẩn trương thực hiện nghiêm chỉ đạo của UBND tỉnh Lam Giang tại Chỉ thị số "
                  "09/CT-UBND ngày 7/6/2017.") == Lines{"09/CT-UBND implements "});
  CHECK(Relations("Công ty cam kết thực hiện đầy đủ các yêu cầu của UBND tỉnh tại Công văn 2202/UBND-NN.") ==
        Lines{"2202/UBND-NN implements "});
  CHECK(Relations("Các bộ cần triển khai tích cực Quyết định số 452/QĐ-TTg.") == Lines{"452/QĐ-TTg implements "});
  // "Tài chính" is no "tại"; more words than an issuer's name are something else.
  CHECK(Relations("Thực hiện chỉ đạo của Bộ trưởng Bộ Tài chính, Văn bản số 1176/BTC-QLC nêu rõ.") ==
        Lines{"1176/BTC-QLC -"});
  // A bracket opening the citation points where "tại" would.
  CHECK(Relations("Thực hiện chỉ đạo của Bộ trưởng Bộ Tài chính (Văn bản số 1176/BTC-QLC ngày 2/2/2017), "
                  "Sở đã rà soát.") == Lines{"1176/BTC-QLC implements "});
  CHECK(Relations("Thực hiện chỉ đạo của Sở, ông A (Phó giám đốc) ký Quyết định số 12/QĐ-SYT.") ==
        Lines{"12/QĐ-SYT -"});
  // A type's code for its name, as headlines write it; "đã" (folded as the code ĐA) is no bridge.
  CHECK(Relations("Hiệp hội kiến nghị sửa đổi NĐ 59/2015/NĐ-CP về quản lý dự án.") ==
        Lines{"59/2015/NĐ-CP amends "});
  CHECK(Relations("Ngân hàng đề nghị Bộ hướng dẫn và ngày 25/4/2017 Bộ đã có Công văn số 5396/BTC-TCT.") ==
        Lines{"5396/BTC-TCT -"});
  // Adverbs of carrying out between the verb and the number.
  CHECK(Relations("Tỉnh tiếp tục thực hiện hiệu quả hơn nữa Nghị quyết số 06-NQ/TW.") ==
        Lines{"06-NQ/TW implements "});
  CHECK(Relations("Các bộ chỉ đạo thực hiện quyết liệt ngay từ đầu năm Nghị quyết số 01/NQ-CP.") ==
        Lines{"01/NQ-CP implements "});
  // Their syllables alone are other words: no bridge to the subject of the next clause.
  for (const char* text : {"Công ty thực hiện đầu tư, Quyết định số 12/QĐ-UBND phê duyệt dự án.",
                           "Tỉnh triển khai từ đầu năm 2016, Quyết định số 12/QĐ-UBND giao Sở làm chủ đầu tư.",
                           "Năm 2017, tỉnh thực hiện tốt hơn năm 2016, Quyết định số 12/QĐ-UBND đã phát huy tác dụng.",
                           "Tỉnh đã thực hiện hơn 30 dự án, Quyết định số 12/QĐ-UBND nêu rõ."}) {
    CAPTURE(text);
    CHECK(Relations(text) == Lines{"12/QĐ-UBND -"});
  }
  CHECK(Relations("Tỉnh thực hiện chỉ đạo của Sở về việc rà soát đường giao thông nông thôn tại Quyết định "
                  "12/QĐ-UBND.") == Lines{"12/QĐ-UBND -"});
  // The guidance of a body is a noun: what rests on it is a ground, not guidance.
  CHECK(Relations("Căn cứ hướng dẫn của Tổng cục Hải quan tại công văn số 2765/TCHQ-GSQL ngày 1/4/2015, "
                  "doanh nghiệp khai mã E31.") == Lines{"2765/TCHQ-GSQL based_on "});
}

TEST_CASE("a law's name, the number's own or an item of its list, is no stop") {
  CHECK(Relations("Thực hiện Luật Tổ chức chính quyền địa phương năm 2015, Nghị định số 08/2016/NĐ-CP ngày "
                  "25/1/2016 của Chính phủ.") == Lines{"08/2016/NĐ-CP implements "});
  CHECK(Relations("Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai số "
                  "45/2013/QH13.",
                  Voice::kArticle) == Lines{"43/2014/NĐ-CP -", "45/2013/QH13 guides 43/2014/NĐ-CP"});
  // "Luật sửa đổi … số N" may be N's own name or the law it amends: nothing is read.
  CHECK(Relations("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13.") ==
        Lines{"100/2015/QH13 -"});
  CHECK(Relations("Thông tư số 26/2015/TT-BTC hướng dẫn Luật sửa đổi, bổ sung một số điều của các Luật về thuế số "
                  "71/2014/QH13.",
                  Voice::kArticle) == Lines{"26/2015/TT-BTC -", "71/2014/QH13 -"});
  // A verb in brackets after a law is an aside's; a name ends at its year.
  CHECK(Relations("Căn cứ Luật Đất đai năm 2013 (sửa đổi, bổ sung năm 2018), Nghị định số 43/2014/NĐ-CP.") ==
        Lines{"43/2014/NĐ-CP based_on "});
  CHECK(Relations("Kế hoạch số 20/KH-UBND thực hiện Luật Đất đai năm 2013 UBND tỉnh ban hành Quyết định số "
                  "12/QĐ-UBND.",
                  Voice::kArticle) == Lines{"20/KH-UBND -", "12/QĐ-UBND -"});
  // "Luật" may open a clause; "bỏ luật lệ" is no law.
  CHECK(Relations("Ban hành các văn bản sau: Luật Đất đai năm 2013, Nghị định số 43/2014/NĐ-CP; và thực hiện "
                  "ngay.") == Lines{"43/2014/NĐ-CP -"});
  CHECK(Relations("Quyết định số 20/QĐ-UBND bãi bỏ luật lệ cũ, Quyết định số 12/QĐ-UBND.", Voice::kArticle) ==
        Lines{"20/QĐ-UBND -", "12/QĐ-UBND -"});
  // A verb in another law's title is that law's: "Luật sửa đổi …" is an item of the list.
  CHECK(Relations("Thông tư 111/2013/TT-BTC hướng dẫn Luật Thuế thu nhập cá nhân, Luật sửa đổi, bổ sung một số "
                  "điều của Luật Thuế thu nhập cá nhân và Nghị định số 65/2013/NĐ-CP.",
                  Voice::kArticle) == Lines{"111/2013/TT-BTC -", "65/2013/NĐ-CP -"});
  // "luật" of "luật sư" is no law; a comma inside the stretch ends it.
  CHECK(Relations("Thực hiện ý kiến của luật sư Nguyễn Văn An, Quyết định số 12/QĐ-UBND được ban hành.") ==
        Lines{"12/QĐ-UBND -"});
}

TEST_CASE("a number joined by và to another subject is not the one acting") {
  CHECK(Relations("Chỉ thị 05-CT/TW và Chương trình hành động của Mặt trận thực hiện Nghị quyết 18-NQ/TW.",
                  Voice::kArticle) == Lines{"05-CT/TW -", "18-NQ/TW -"});
  // "và" joining two verbs, or ending a list of the subject's own before a comma, passes the subject on.
  CHECK(Relations("Nghị định 67/2017/NĐ-CP có hiệu lực từ ngày 1/7 và đồng thời thay thế Nghị định 97/2013/NĐ-CP.",
                  Voice::kArticle) == Lines{"67/2017/NĐ-CP -", "97/2013/NĐ-CP replaces 67/2017/NĐ-CP"});
  CHECK(Relations("Nghị định số 67/2017/NĐ-CP quy định xử phạt trong lĩnh vực dầu khí và khí, thay thế Nghị định "
                  "97/2013/NĐ-CP.",
                  Voice::kArticle) == Lines{"67/2017/NĐ-CP -", "97/2013/NĐ-CP replaces 67/2017/NĐ-CP"});
}

TEST_CASE("the review's cases: items with predicates of their own, long titles, theo, và, tại, dates") {
  // A list item with a predicate of its own is a new clause, past a title or not.
  CHECK(Relations("Thông tư số 20/2017/TT-BTC bãi bỏ Thông tư số 15/2016/TT-BTC về lệ phí trước bạ, Thông tư số "
                  "18/2017/TT-BTC vẫn còn hiệu lực.",
                  Voice::kArticle) ==
        Lines{"20/2017/TT-BTC -", "15/2016/TT-BTC repeals 20/2017/TT-BTC", "18/2017/TT-BTC -"});
  CHECK(Relations("Bộ Tài chính ban hành Thông tư số 76/2014/TT-BTC hướng dẫn Nghị định số 45/2014/NĐ-CP ngày "
                  "15/5/2014 của Chính phủ về thu tiền sử dụng đất, Thông tư số 77/2014/TT-BTC hướng dẫn Nghị định "
                  "46/2014/NĐ-CP.",
                  Voice::kArticle) == Lines{"76/2014/TT-BTC -", "45/2014/NĐ-CP guides 76/2014/TT-BTC",
                                            "77/2014/TT-BTC -", "46/2014/NĐ-CP guides 77/2014/TT-BTC"});
  // A title read on into the next clause lends it no verb.
  CHECK(Relations("Sau 5 năm thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản giáo dục ngành giáo dục tỉnh đã "
                  "triển khai thực hiện Chỉ thị số 16/CT-TTg.",
                  Voice::kArticle) == Lines{"29-NQ/TW -", "16/CT-TTg -"});
  // "theo" names the changing document as "theo quy định tại" or a legal document and its number,
  // not "theo hướng dẫn tại", "theo kế hoạch".
  CHECK(Relations("Quyết định số 10/2016/QĐ-UBND được sửa đổi theo hướng dẫn tại Thông tư số 15/2017/TT-BTC.",
                  Voice::kArticle) == Lines{"10/2016/QĐ-UBND -", "15/2017/TT-BTC -"});
  CHECK(Relations("Nghị định số 10/2016/NĐ-CP được sửa đổi, bổ sung theo Nghị định số 15/2017/NĐ-CP.",
                  Voice::kArticle) == Lines{"10/2016/NĐ-CP amends 15/2017/NĐ-CP", "15/2017/NĐ-CP -"});
  CHECK(Relations("Nghị định 46/2016/NĐ-CP sẽ được thay thế theo kế hoạch tại Quyết định số 1234/QĐ-TTg.",
                  Voice::kArticle) == Lines{"46/2016/NĐ-CP -", "1234/QĐ-TTg -"});
  // A title's verb up to six words in is the title's.
  CHECK(Relations("Kế hoạch số 20-KH/TU thực hiện Kết luận số 01-KL/TW về việc tiếp tục đẩy mạnh thực hiện Chỉ thị "
                  "số 05-CT/TW.",
                  Voice::kArticle) ==
        Lines{"20-KH/TU -", "01-KL/TW implements 20-KH/TU", "05-CT/TW implements 01-KL/TW"});
  // "và" in an issuer's name, or between issuers, joins no other subject.
  CHECK(Relations("Thông tư số 12/2017/TT-BTNMT của Bộ Tài nguyên và Môi trường sửa đổi Thông tư số 10/2015/TT-BTNMT.",
                  Voice::kArticle) == Lines{"12/2017/TT-BTNMT -", "10/2015/TT-BTNMT amends 12/2017/TT-BTNMT"});
  CHECK(Relations("Thông tư liên tịch số 21/2014/TTLT-BTC-BTP của Bộ Tài chính và Bộ Tư pháp hướng dẫn thi hành "
                  "Nghị định số 12/2013/NĐ-CP.",
                  Voice::kArticle) == Lines{"21/2014/TTLT-BTC-BTP -", "12/2013/NĐ-CP guides 21/2014/TTLT-BTC-BTP"});
  // A "tại" before a mark is another place's; "tai" without marks may be "Tài".
  CHECK(Relations("Thực hiện chỉ đạo của UBND tỉnh Lam Giang tại Hội nghị, Kế hoạch số 12/KH-UBND xác định "
                  "nhiệm vụ.") == Lines{"12/KH-UBND -"});
  CHECK(Relations("Thuc hien chi dao cua Bo truong Bo Tai chinh, Van ban so 1176/BTC-QLC neu ro cac yeu cau.") ==
        Lines{"1176/BTC-QLC -"});
  // A date whose year is not the number's is no issue date: the relation stands.
  CHECK(Relations("Nghị định 100/2019/NĐ-CP thay thế Nghị định 46/2016/NĐ-CP, ngày 1/1/2020 có hiệu lực.",
                  Voice::kArticle) == Lines{"100/2019/NĐ-CP -", "46/2016/NĐ-CP replaces 100/2019/NĐ-CP"});
}

TEST_CASE("no document relates to one issued after it") {
  CHECK(Relations("Thông tư 151/2014/TT-BTC ngày 10/10/2014 hướng dẫn thực hiện Nghị định số 91/2014/NĐ-CP, "
                  "Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ.",
                  Voice::kArticle) ==
        Lines{"151/2014/TT-BTC -", "91/2014/NĐ-CP guides 151/2014/TT-BTC", "12/2015/NĐ-CP -"});
  // Years alone tell it when a date is missing; the same year tells nothing.
  CHECK(Relations("Thông tư 12/2016/TT-BTC sửa đổi Thông tư 15/2017/TT-BTC.", Voice::kArticle) ==
        Lines{"12/2016/TT-BTC -", "15/2017/TT-BTC -"});
  CHECK(Relations("Thông tư 12/2016/TT-BTC sửa đổi Thông tư 15/2016/TT-BTC.", Voice::kArticle) ==
        Lines{"12/2016/TT-BTC -", "15/2016/TT-BTC amends 12/2016/TT-BTC"});
}

TEST_CASE("an inspection's conclusion is carried out like any document") {
  CHECK(Relations("Công ty đã triển khai thực hiện Kết luận thanh tra số 355/KL-TTCP ngày 14/3/2017.") ==
        Lines{"355/KL-TTCP implements "});
  CHECK(Relations("Đoàn thực hiện thanh tra số 355/KL-TTCP.") == Lines{"355/KL-TTCP -"});
}

TEST_CASE("the object of one verb is the subject of the next right after it") {
  CHECK(Relations("Thông tư 332/2016/TT-BTC sửa đổi Thông tư 76/2014/TT-BTC hướng dẫn Nghị định số "
                  "45/2014/NĐ-CP.",
                  Voice::kArticle) == Lines{"332/2016/TT-BTC -", "76/2014/TT-BTC amends 332/2016/TT-BTC",
                                            "45/2014/NĐ-CP guides 76/2014/TT-BTC"});
  // Not when other words stand between: what has the clause is the draft, not 15/2014.
  CHECK(Relations("Dự thảo Thông tư thay thế Thông tư số 15/2014/TT-BXD có điều khoản bãi bỏ Thông tư "
                  "số 11/2009/TT-BXD.",
                  Voice::kArticle) == Lines{"15/2014/TT-BXD -", "11/2009/TT-BXD -"});
}

TEST_CASE("thực hiện theo a number, thu hồi a number, status reports are no implementation") {
  CHECK(Relations("Việc thanh tra được thực hiện theo Quyết định 1369/QĐ-BXD của Bộ trưởng.") ==
        Lines{"1369/QĐ-BXD implements "});
  CHECK(Relations("Việc thanh tra thực hiện theo quy định tại Quyết định 1369/QĐ-BXD.") ==
        Lines{"1369/QĐ-BXD -"});
  CHECK(Relations("Đoàn kiểm tra việc thực hiện theo Quyết định 1369/QĐ-BXD.") == Lines{"1369/QĐ-BXD -"});
  CHECK(Relations("Văn bản số 3635/UBND-KTN về việc thu hồi Văn bản số 3457/UBND-KTN.", Voice::kArticle) ==
        Lines{"3635/UBND-KTN -", "3457/UBND-KTN repeals 3635/UBND-KTN"});
  CHECK(Relations("Hội nghị bàn về tình hình triển khai Nghị quyết số 01/NQ-CP.") == Lines{"01/NQ-CP -"});
  CHECK(Relations("Các bộ thực hiện đúng Nghị định 80/2017/NĐ-CP.") == Lines{"80/2017/NĐ-CP implements "});
}

TEST_CASE("what is not done or is criticised relates nothing") {
  CHECK(Relations("Trong khi chưa sửa đổi Nghị định số 89/2014/NĐ-CP, các bộ vẫn áp dụng.") ==
        Lines{"89/2014/NĐ-CP -"});
  CHECK(Relations("Bộ không thay thế Thông tư số 12/2015/TT-BTC.") == Lines{"12/2015/TT-BTC -"});
  // "chữa" (to cure) folds as "chưa" does, and negates nothing.
  CHECK(Relations("Bệnh viện khám chữa bệnh thực hiện Thông tư số 15/2018/TT-BYT.") ==
        Lines{"15/2018/TT-BYT implements "});
  CHECK(Relations("Các cấp không ngừng thực hiện Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW implements "});
  CHECK(Relations("Những bất cập trong thực hiện Nghị định số 94/2012/NĐ-CP.") == Lines{"94/2012/NĐ-CP -"});
  CHECK(Relations("Việc triển khai thực hiện Nghị định số 01/2017/NĐ-CP, ngày 6-1-2017 của Chính phủ còn chậm.") ==
        Lines{"01/2017/NĐ-CP -"});
  CHECK(Relations("Hiệu quả tổ chức thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương "
                  "(khóa XI) “về đổi mới căn bản giáo dục” còn chưa cao.") == Lines{"29-NQ/TW -"});
  CHECK(Relations("Tỉnh gặp nhiều khó khăn, vướng mắc khi thực hiện Kết luận số 2852/KL-TTCP.") ==
        Lines{"2852/KL-TTCP implements "});
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW, các chi bộ còn chậm đổi mới.") == Lines{"05-CT/TW implements "});
  CHECK(Relations("Căn cứ vào khoản 2 Điều 5 Nghị định số 110/2013/NĐ-CP, Nghị định có ghi: mức phạt là …") ==
        Lines{"110/2013/NĐ-CP -"});
  CHECK(Relations("Căn cứ quy định tại khoản 1 Điều 10 Nghị định 81/2013/NĐ-CP quy định chi tiết Luật: Điều 10 …") ==
        Lines{"81/2013/NĐ-CP -"});
  CHECK(Relations("Căn cứ Nghị định số 81/2013/NĐ-CP của Chính phủ; QUYẾT ĐỊNH: Điều 1 …") ==
        Lines{"81/2013/NĐ-CP based_on "});
  // A part of the number before a colon past a title in brackets quotes it; the colon of the
  // decision's heading after its last ground does not.
  CHECK(Relations("Căn cứ khoản 3 Điều 66 Nghị định số 174/2013/NĐ-CP ngày 3-11-2013 của Chính phủ (quy định xử "
                  "phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, công nghệ thông tin và tần số vô "
                  "tuyến điện): Phạt tiền từ 10 đến 20 triệu đồng …") == Lines{"174/2013/NĐ-CP -"});
  CHECK(Relations("Căn cứ khoản 2 Điều 5 Nghị định số 81/2013/NĐ-CP của Chính phủ,\nTheo đề nghị của Giám đốc Sở "
                  "Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. …") == Lines{"81/2013/NĐ-CP based_on "});
  CHECK(Relations("Đoàn kiểm tra làm việc với Tỉnh ủy về kết quả thực hiện Kết luận số 24-KL/TW.") ==
        Lines{"24-KL/TW -"});
  CHECK(Relations("Phát huy kết quả đạt được, tỉnh tiếp tục thực hiện Kết luận số 24-KL/TW.") ==
        Lines{"24-KL/TW implements "});
  CHECK(Relations("Bộ Nội vụ hướng dẫn thực hiện theo quy định tại Công văn số 5228/BNV-CQĐP.") ==
        Lines{"5228/BNV-CQĐP -"});
}

TEST_CASE("the seventh round's review: new readings stop where another clause or act begins") {
  const auto none = [](const char* text, Voice voice) {
    CAPTURE(text);
    for (const std::string& line : Relations(text, voice)) CHECK(line.ends_with(" -"));
  };
  // A title's run-on before an aside stops at a clause of its own.
  none("Theo Thông tư số 36/2012/TT-NHNN về trang bị máy giao dịch tự động, ngân hàng A ban hành Quy chế nội bộ "
       "(được sửa đổi bởi Quyết định số 45/QĐ-NHA).",
       Voice::kDocument);
  // A regulation "ban hành kèm theo" a number: not the replacement, a participle, a comparison,
  // a model or a purpose.
  for (const char* text : {
           "Thay thế Quy chế cũ bằng Quy chế ban hành kèm theo Quyết định số 45/2020/QĐ-UBND.",
           "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung ban hành kèm theo Quyết định số 123/QĐ-BTC.",
           "Bãi bỏ các quy định trước đây trái với Quy chế ban hành kèm theo Quyết định số 12/2015/QĐ-UBND.",
           "Bãi bỏ thủ tục, thay bằng thủ tục mới ban hành kèm theo Quyết định số 34/2019/QĐ-UBND.",
           "Hướng dẫn sửa đổi hồ sơ theo mẫu ban hành kèm theo Thông tư số 34/2019/TT-BTC.",
           "Sửa đổi quy trình để phù hợp với Quy chế ban hành kèm theo Quyết định số 34/2019/QĐ-UBND.",
       }) {
    none(text, Voice::kDocument);
  }
  // What is carried out before "theo": not a second clause, a sanction or guidance.
  for (const char* text : {
           "Các đơn vị thực hiện xong phải báo cáo theo Thông tư số 15/2014/TT-BXD.",
           "Đơn vị nào thực hiện chậm thì xử lý theo Nghị định số 30/2020/NĐ-CP.",
           "Công an huyện thực hiện xử phạt theo Nghị định số 100/2019/NĐ-CP.",
           "Sở Tư pháp hướng dẫn thực hiện xử phạt theo Nghị định số 82/2020/NĐ-CP.",
       }) {
    none(text, Voice::kDocument);
  }
  CHECK(Relations("Thực hiện mức lương tối thiểu vùng theo Nghị định số 90/2019/NĐ-CP.") ==
        Lines{"90/2019/NĐ-CP implements "});
  // A part named before the number quotes it only with the colon right after the citation.
  CHECK(Relations("Căn cứ Điều 5 Quyết định số 12/2017/QĐ-UBND, UBND huyện quyết định: thu hồi đất của hộ ông A.") ==
        Lines{"12/2017/QĐ-UBND based_on "});
  // "làm việc" in another clause, or before the plan whose title it is, looks at nothing.
  CHECK(Relations("Trong thời hạn 10 ngày làm việc, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về thực hiện Nghị quyết "
                  "số 35/NQ-CP.",
                  Voice::kArticle) == Lines{"45/KH-UBND -", "35/NQ-CP implements 45/KH-UBND"});
  // "được căn cứ theo" starts at "được": a rate's bracket and a denial are seen.
  none("Mức đóng bằng 1,5% mức lương cơ sở (được căn cứ theo Nghị định số 146/2018/NĐ-CP).", Voice::kDocument);
  none("Học phí không hề được căn cứ theo Quyết định số 12/2017/QĐ-UBND.", Voice::kDocument);
}

TEST_CASE("the re-review's cases: dates tell numbers apart and lists pass brackets") {
  CHECK(Relations("Quyết định số 12/QĐ-UBND ngày 5/3/2020 thay thế Quyết định số 12/QĐ-UBND ngày 10/1/2019.",
                  Voice::kArticle) == Lines{"12/QĐ-UBND -", "12/QĐ-UBND replaces 12/QĐ-UBND"});
  CHECK(Relations("Bãi bỏ Quyết định số 12/QĐ-UBND (ngày 5/3/2015) và Quyết định số 13/QĐ-UBND.") ==
        Lines{"12/QĐ-UBND repeals ", "13/QĐ-UBND repeals "});
  CHECK(Relations("Căn cứ Thông tư số 12/2015/TT-BTC, người nộp thuế ghi rõ mã số thuế.") ==
        Lines{"12/2015/TT-BTC based_on "});
  CHECK(Relations("Căn cứ Quyết định số 12/QĐ-UBND, những cá nhân có ghi nhận thành tích được khen.") ==
        Lines{"12/QĐ-UBND based_on "});
  CHECK(Relations("Căn cứ Quyết định số 12/QĐ-UBND; Công văn số 13/UBND-VP nêu rõ: …") ==
        Lines{"12/QĐ-UBND based_on ", "13/UBND-VP -"});
  CHECK(Relations("Quyết định này không những bãi bỏ Quyết định số 12/QĐ-UBND.") == Lines{"12/QĐ-UBND repeals "});
  CHECK(Relations("Thực hiện Chỉ thị số 05-CT/TW các chi bộ còn chậm đổi mới.") == Lines{"05-CT/TW implements "});
  CHECK(Relations("Việc triển_khai thực_hiện nghị_định số 01/2017/NĐ-CP , ngày 6-1-2017 của Chính_phủ còn chậm .") ==
        Lines{"01/2017/NĐ-CP -"});
}

TEST_CASE("a working session about carrying a number out looks at it") {
  CHECK(Relations("Tại buổi làm việc của đoàn kiểm tra Bộ Chính trị với Ban Thường vụ Thành ủy Hà Nội về thực hiện "
                  "Nghị quyết số 39-NQ/TW của Bộ Chính trị, ông A cho biết.") == Lines{"39-NQ/TW -"});
  CHECK(Relations("Đoàn công tác làm việc với tỉnh về việc triển khai Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW -"});
  // "về thực hiện" elsewhere still carries it out.
  CHECK(Relations("Tỉnh ủy có nhiều giải pháp về thực hiện Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW implements "});
}

TEST_CASE("what is carried out between the verb and the number") {
  CHECK(Relations("Các bộ triển khai các nhiệm vụ, giải pháp đã đề ra tại Nghị quyết số 40/NQ-CP của Chính phủ.") ==
        Lines{"40/NQ-CP implements "});
  CHECK(Relations("Tiếp tục thực hiện hiệu quả các giải pháp nêu trong Chỉ thị số 32/CT-TTg.") ==
        Lines{"32/CT-TTg implements "});
  CHECK(Relations("Thành phố thực hiện thật tốt Nghị quyết 16-NQ/TW của Bộ Chính trị.") ==
        Lines{"16-NQ/TW implements "});
  CHECK(Relations("Cục đang triển khai hậu kiểm theo Kế hoạch số 315/KH-BYT của Bộ.") == Lines{"315/KH-BYT -"});
  CHECK(Relations("Cục triển khai theo Kế hoạch số 315/KH-BYT của Bộ.") == Lines{"315/KH-BYT implements "});
  // What the number sets, between the verb and "theo" the number's type name.
  CHECK(Relations("Doanh nghiệp thực hiện mức lương tối thiểu vùng theo Nghị định 153/2016/NĐ-CP.") ==
        Lines{"153/2016/NĐ-CP implements "});
  CHECK(Relations("Tập đoàn quyết liệt thực hiện tái cấu trúc theo Quyết định số 888/QĐ-TTg.") ==
        Lines{"888/QĐ-TTg implements "});
  // Not past a provision, "quy định của", a second verb or a mark.
  for (const char* text : {
           "Hồ sơ thực hiện thủ tục theo Khoản 2, Điều 9 Thông tư 24/2014/TT-BTNMT.",
           "Doanh nghiệp thực hiện công bố thông tin theo quy định của Nghị định số 81/2015/NĐ-CP.",
           "Quy hoạch do Tổng cục chủ trì thực hiện và được ban hành theo Quyết định 2163/QĐ-TTg.",
           "Doanh nghiệp thực hiện tốt, đúng theo Nghị định 153/2016/NĐ-CP.",
           "Doanh nghiệp không thực hiện mức lương theo Nghị định 153/2016/NĐ-CP.",
       }) {
    CAPTURE(text);
    for (const std::string& line : Relations(text)) CHECK(line.ends_with(" -"));
  }
  CHECK(Relations("Dự án được triển khai theo Quyết định số 5359/QĐ-UBND.") == Lines{"5359/QĐ-UBND implements "});
  CHECK(Relations("Cáo trạng này thay thế cáo trạng số 02/VKSTC-V3 ngày 25-1-2016.") == Lines{"02/VKSTC-V3 replaces "});
  // "đã" bridges only before "đề ra" or "nêu": elsewhere it starts a clause (15-KH/TU is not
  // carried out; it is what carries the resolution out).
  CHECK(Relations("Thực hiện Nghị quyết số 12-NQ/TU, tỉnh đã ban hành Kế hoạch số 15-KH/TU.") ==
        Lines{"12-NQ/TU implements 15-KH/TU", "15-KH/TU -"});
  // "Luật Thanh tra" names no part of a list of documents a verb carries out.
  CHECK(Relations("Nghị định số 86/2011/NĐ-CP hướng dẫn thi hành một số điều của Luật Thanh tra, Thông tư số "
                  "01/2014/TT-TTCP của Thanh tra Chính phủ.") == Lines{"86/2011/NĐ-CP -", "01/2014/TT-TTCP -"});
}

TEST_CASE("a number in brackets after another is no item of its list and no number relates to itself") {
  CHECK(Relations("Nghị định số 145/2016/NĐ-CP sửa đổi, bổ sung Nghị định số 108/2013/NĐ-CP (Nghị định số "
                  "145/2016/NĐ-CP) có hiệu lực.",
                  Voice::kArticle) ==
        Lines{"145/2016/NĐ-CP -", "108/2013/NĐ-CP amends 145/2016/NĐ-CP", "145/2016/NĐ-CP -"});
}

TEST_CASE("what is carried out: chỉ đạo tại, hướng dẫn tại, a decision phê duyệt") {
  CHECK(Relations("Sở tiếp tục thực hiện nghiêm chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản số 4808/UBND-KT.") ==
        Lines{"4808/UBND-KT implements "});
  CHECK(Relations("Thuế của cá nhân thực hiện theo hướng dẫn tại Công văn số 11828/BTC-CST.") ==
        Lines{"11828/BTC-CST implements "});
  // "đúng" between the verb and "theo" (round 11): carried out as directed.
  CHECK(Relations("Việc bổ sung thực hiện đúng theo chỉ đạo của Thủ tướng tại quyết định số 1340/QĐ-TTg.") ==
        Lines{"1340/QĐ-TTg implements "});
  CHECK(Relations("Sở đã triển khai đúng theo Kế hoạch số 15/KH-UBND.") == Lines{"15/KH-UBND implements "});
  CHECK(Relations("Thực hiện theo Kế hoạch số 15/KH-UBND, Sở đã kiểm tra 10 cơ sở.") ==
        Lines{"15/KH-UBND implements "});
  // Not across a mark (the review's cases).
  CHECK(Relations("Sở đã triển khai đúng: theo Quyết định số 12/QĐ-UBND, mức hỗ trợ là 5 triệu đồng.") ==
        Lines{"12/QĐ-UBND -"});
  CHECK(Relations("Việc thu phí thực hiện, theo Thông tư số 12/2015/TT-BTC thì mức thu là 5%.") ==
        Lines{"12/2015/TT-BTC -"});
  // Acting by what a number provides is still no implementation of it.
  CHECK(Relations("Việc cấp phép thực hiện đúng theo quy định tại Nghị định số 59/2015/NĐ-CP.") ==
        Lines{"59/2015/NĐ-CP -"});
  CHECK(Relations("Công ty thoái vốn, thực hiện theo Quyết định phê duyệt số 4227/QĐ-BGTVT.") ==
        Lines{"4227/QĐ-BGTVT implements "});
  // "hướng dẫn" as a noun is no verb: the number gives guidance, it is not guided.
  CHECK(Relations("Quy đổi theo hướng dẫn của Bộ Tài chính tại Thông tư số 200/2014/TT-BTC.") ==
        Lines{"200/2014/TT-BTC -"});
  // "tại" bridges: carrying out "quy định tại" a number carries out its provisions, but acting
  // "theo quy định tại" it is no implementation of it; amending it is an amendment.
  CHECK(Relations("Các đơn vị thực hiện đúng quy định tại Thông tư 10/2016/TT-BGDĐT.") ==
        Lines{"10/2016/TT-BGDĐT implements "});
  CHECK(Relations("Các đơn vị thực hiện theo đúng các quy định tại Thông tư 10/2016/TT-BGDĐT.") ==
        Lines{"10/2016/TT-BGDĐT -"});
  CHECK(Relations("Bộ sẽ sửa đổi một số nội dung quy định tại Thông tư 10/2016/TT-BGDĐT.") ==
        Lines{"10/2016/TT-BGDĐT amends "});
}

TEST_CASE("the items of a list announced by a verb with a plural object share its relation") {
  CHECK(Relations("Điều 1. Bãi bỏ các Quyết định do Ủy ban nhân dân tỉnh Lam Giang ban hành về bảng giá, bao gồm: "
                  "1. Quyết định số 39/2015/QĐ-UBND ngày 31/7/2015 về việc ban hành bảng giá tối thiểu; "
                  "2. Quyết định số 67/2015/QĐ-UBND ngày 16/11/2015 về việc sửa đổi bảng giá.") ==
        Lines{"39/2015/QĐ-UBND repeals ", "67/2015/QĐ-UBND repeals "});
  CHECK(Relations("Thay thế các văn bản sau: Quyết định số 12-QĐ/TU ngày 3/5/2010 về công tác cán bộ; Quyết định "
                  "số 15-QĐ/TU ngày 4/6/2011 về luân chuyển.") ==
        Lines{"12-QĐ/TU replaces ", "15-QĐ/TU replaces "});
  // Not a list: no plural object announced, or a clause led by its own verb.
  CHECK(Relations("Bãi bỏ Quyết định số 39/2015/QĐ-UBND ngày 31/7/2015, bao gồm: 1. Quyết định số 67/2015/QĐ-UBND.") ==
        Lines{"39/2015/QĐ-UBND repeals ", "67/2015/QĐ-UBND -"});
  CHECK(Relations("Triển khai Nghị quyết số 05-NQ/TU ngày 3/5/2016 về du lịch; Quyết định số 12-QĐ/TU ngày 4/6/2016 "
                  "nêu rõ.") == Lines{"05-NQ/TU implements ", "12-QĐ/TU -"});
}

TEST_CASE("what is said of the implementation stands before its leaders' formula") {
  // "lãnh đạo, chỉ đạo (và) tổ chức thực hiện": the inspection, review or denial before it.
  CHECK(Relations("Đoàn kiểm tra việc lãnh đạo, chỉ đạo, tổ chức thực hiện Kết luận số 24-KL/TW của Bộ Chính trị.") ==
        Lines{"24-KL/TW -"});
  CHECK(Relations("Nội dung kiểm tra là công tác lãnh đạo, chỉ đạo và tổ chức thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW -"});
  CHECK(Relations("Hội nghị sơ kết việc lãnh đạo, chỉ đạo thực hiện Nghị quyết số 39-NQ/TW.") ==
        Lines{"39-NQ/TW reviews "});
  CHECK(Relations("Huyện ủy chưa lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW -"});
  CHECK(Relations("Kiểm tra việc lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW -"});
  CHECK(Relations("Kiểm tra công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW -"});
  CHECK(Relations("Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy về công tác lãnh đạo, chỉ đạo thực hiện "
                  "Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW -"});
  // Leading the implementation itself carries it out, whatever an earlier clause inspects or
  // reviews (the review's cases).
  CHECK(Relations("Ban Thường vụ Tỉnh ủy đã lãnh đạo, chỉ đạo, tổ chức thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW implements "});
  CHECK(Relations("Tại hội nghị tổng kết, Tỉnh ủy lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW implements "});
  CHECK(Relations("Hội nghị đã đánh giá, Đảng ủy đã lãnh đạo, chỉ đạo tổ chức thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW implements "});
  CHECK(Relations("Sau khi nghe báo cáo, Ban Thường vụ Tỉnh ủy đã lãnh đạo, chỉ đạo, tổ chức thực hiện "
                  "Chỉ thị số 05-CT/TW.") == Lines{"05-CT/TW implements "});
  CHECK(Relations("Tỉnh ủy kiểm tra 5 đơn vị, đồng thời lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW.") ==
        Lines{"05-CT/TW implements "});
}

TEST_CASE("the eighth round's cases: concerns, sửa alone, grounds listed after Căn cứ, an unnumbered item") {
  // Worrying about the implementation is none.
  CHECK(Relations("Dư luận có ý kiến quan ngại liên quan đến việc thực hiện quy định tại Thông tư số "
                  "32/2016/TT-NHNN.") ==
        Lines{"32/2016/TT-NHNN -"});
  // "sửa" alone amends a document named right after it; "sữa" folds the same.
  CHECK(Relations("Bộ trình Chính phủ sửa Nghị định 193/2013/NĐ-CP về hợp tác xã.") == Lines{"193/2013/NĐ-CP amends "});
  CHECK(Relations("Sở đã kiểm nghiệm sữa theo Quyết định số 12/QĐ-UBND.") == Lines{"12/QĐ-UBND -"});
  // Not "sữa", not across a mark, not a letter or a report (the review's cases).
  CHECK(Relations("Quyết định số 1246/QĐ-BYT quy định chỉ tiêu chất lượng sữa, Thông tư số 24/2017/TT-BYT hướng dẫn "
                  "việc kiểm nghiệm.",
                  Voice::kArticle) == Lines{"1246/QĐ-BYT -", "24/2017/TT-BYT -"});
  CHECK(Relations("Về việc sửa, Nghị định số 15/2018/NĐ-CP quy định rõ.") == Lines{"15/2018/NĐ-CP -"});
  CHECK(Relations("Sở đã tiếp thu, chỉnh sửa Tờ trình số 12/TTr-STC.") == Lines{"12/TTr-STC -"});
  // An item of grounds after the semicolon shares the "Căn cứ" of the item before.
  CHECK(Relations("Căn cứ Tờ trình số 333/TTr-TANDTC ngày 6/5/2017 của Chánh án; Báo cáo thẩm tra số 658/BC-UBTP14 "
                  "ngày 6/6/2017 của Ủy ban Tư pháp.") ==
        Lines{"333/TTr-TANDTC based_on ", "658/BC-UBTP14 based_on "});
  // An item named by its type and issuer only, "và" after it, is passed as a numbered one is.
  CHECK(Relations("Các bộ đã triển khai thực hiện nghiêm túc các Nghị quyết của Quốc hội và Nghị quyết số 01/NQ-CP "
                  "ngày 1/1/2017 của Chính phủ.") == Lines{"01/NQ-CP implements "});
  // Not where the number goes on with a predicate of its own (the review's case).
  CHECK(Relations("Sở đã thực hiện các Kế hoạch của UBND tỉnh và Thông tư số 12/2017/TT-BTC cũng yêu cầu báo cáo.") ==
        Lines{"12/2017/TT-BTC -"});
  // An item after the ";" of "Căn cứ …, [a clause]" is no ground.
  CHECK(Relations("Căn cứ Kế hoạch số 1/KH-UBND, Sở đã tổ chức kiểm tra 10 cơ sở; Quyết định số 2/QĐ-STC ngày 5/5/2017 "
                  "xử phạt 3 cơ sở.") == Lines{"01/KH-UBND based_on ", "02/QĐ-STC -"});
  // Not a title's words before "của" ("về phát triển kinh tế của tỉnh và …").
  CHECK(Relations("Tỉnh ủy triển khai thực hiện đề án về phát triển kinh tế của tỉnh và Nghị quyết số 12-NQ/TU.") ==
        Lines{"12-NQ/TU -"});
}

TEST_CASE("a meeting evaluating the implementation reviews it, a report on it does not") {
  CHECK(Relations("Hội nghị toàn quốc đánh giá kết quả thực hiện Kết luận số 120-KL/TW.") ==
        Lines{"120-KL/TW reviews "});
  CHECK(Relations("Cuộc họp này nhằm đánh giá việc triển khai Quyết định số 1468/QĐ-TTg.") ==
        Lines{"1468/QĐ-TTg reviews "});
  CHECK(Relations("Đoàn giám sát đánh giá việc triển khai Quyết định số 1468/QĐ-TTg.") == Lines{"1468/QĐ-TTg -"});
  CHECK(Relations("Hội nghị nghe báo cáo tình hình thực hiện Kết luận số 120-KL/TW.") == Lines{"120-KL/TW -"});
}

TEST_CASE("word-segmented text and text without diacritics read alike") {
  CHECK(Relations("Quy_định này thay_thế Quy_định số 45 - QĐ / TW .") == Lines{"45-QĐ/TW replaces "});
  CHECK(Relations("Thuc hien Chi thi so 05-CT/TW cua Bo Chinh tri.") == Lines{"05-CT/TW implements "});
}

TEST_CASE("the evidence is the sentence stating the relation") {
  const std::string text = "Mở đầu. Căn cứ Chỉ thị số 05-CT/TW, Tỉnh ủy ban hành. Kết thúc.";
  Analyzer analyzer;
  Analysis analysis;
  analyzer.Analyze(text, &analysis);
  const auto relations = FindCitationRelations(text, analysis, Voice::kDocument);
  REQUIRE(relations.size() == 1);
  CHECK(text.substr(relations[0].evidence.begin, relations[0].evidence.end - relations[0].evidence.begin) ==
        "Căn cứ Chỉ thị số 05-CT/TW, Tỉnh ủy ban hành");
}

TEST_CASE("hostile input: no numbers, only verbs, long lists, invalid UTF-8") {
  CHECK(Relations("").empty());
  std::string verbs;
  for (int i = 0; i < 20000; ++i) verbs += "thực hiện thay thế căn cứ ";
  CHECK(Relations(verbs).empty());
  std::string list = "Thay thế";
  for (int i = 10; i < 3000; ++i) list += " Chỉ thị số " + std::to_string(i) + "-CT/TW và";
  const std::vector<std::string> lines = Relations(list);
  REQUIRE(lines.size() == 2990);
  // Each number of a list passes the verb on to the next.
  CHECK(lines[0] == "10-CT/TW replaces ");
  CHECK(lines.back() == "2999-CT/TW replaces ");
  CHECK(Relations("th\xffực hiện Chỉ thị số 05-CT/TW \xc3") == Lines{"05-CT/TW -"});
}

}  // namespace
}  // namespace vankien::analysis
