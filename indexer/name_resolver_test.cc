#include "indexer/name_resolver.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "indexer/document_builder.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace {

// A sample table (the real facts of corpus/plenums.xml, a few of them).
const PlenumTable& SampleTable() {
  static const PlenumTable table = ParsePlenumTable(R"(<plenums>
    <congress term="XIII"><resolution number="ĐH-XIII" date="2021-02-01"/></congress>
    <plenum term="X" session="3"><resolution number="04-NQ/TW" date="2006-08-21"/></plenum>
    <plenum term="XI" session="4">
      <resolution number="12-NQ/TW" date="2012-01-16" principal="true"><words>xây dựng Đảng</words></resolution>
    </plenum>
    <plenum term="XII" session="4">
      <resolution number="04-NQ/TW" date="2016-10-30" principal="true"><words>chỉnh đốn Đảng</words></resolution>
      <resolution number="05-NQ/TW" date="2016-11-01"><words>mô hình tăng trưởng</words></resolution>
    </plenum>
    <plenum term="XII" session="5">
      <resolution number="10-NQ/TW" date="2017-06-03"><words>kinh tế tư nhân</words></resolution>
      <resolution number="11-NQ/TW" date="2017-06-03"><words>thể chế kinh tế thị trường</words></resolution>
    </plenum>
    <plenum term="XII" session="6">
      <resolution number="18-NQ/TW" date="2017-10-25"><words>tinh gọn</words></resolution>
      <resolution number="21-NQ/TW" date="2017-10-25"><words>dân số</words></resolution>
    </plenum>
  </plenums>)", "sample");
  return table;
}

// A sample article, written for these tests, indexed with the sample table.
struct Built {
  schema::DocumentRecord record;
  std::set<std::string> cites;
};
Built Build(std::string text, std::string date = "2017-03-01") {
  Built built;
  built.record.id = "bai-mau";
  built.record.kind = "article";
  built.record.title = "Bài mẫu";
  built.record.date = std::move(date);
  built.record.text = std::move(text);
  DocumentBuilder builder(nullptr, &SampleTable());
  Xapian::Document document = builder.Build(&built.record, "/mau.txt");
  const std::string prefix = schema::Term(schema::field::kCites, "");
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    if ((*it).rfind(prefix, 0) == 0) built.cites.insert((*it).substr(prefix.size()));
  }
  return built;
}

// The named mentions: "short 05-CT/TW 0.95 [Chỉ thị 05]".
std::vector<std::string> Named(const Built& built) {
  std::vector<std::string> out;
  for (const schema::Mention& m : built.record.mentions) {
    if (m.named_by.empty()) continue;
    const std::string& text = built.record.PartText(m.part);
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", m.confidence);
    out.push_back(m.named_by + " " + m.canonical + " " + confidence + " [" + text.substr(m.begin, m.end - m.begin) + "]");
  }
  return out;
}

TEST_CASE("A short name stands for the number of its type the document cites", "[name_resolver]") {
  Built built = Build("Tỉnh ủy Lam Giang triển khai Chỉ thị 05-CT/TW. Sau một năm, Chỉ thị 05 đã đi vào cuộc sống.");
  CHECK(Named(built) == std::vector<std::string>{"short 05-CT/TW 0.95 [Chỉ thị 05]"});
  CHECK(built.cites == std::set<std::string>{"05-CT/TW"});
  // Written before the number, it is less sure.
  CHECK(Named(Build("Chỉ thị 05 (tức Chỉ thị 05-CT/TW) được quán triệt.")) ==
        std::vector<std::string>{"short 05-CT/TW 0.85 [Chỉ thị 05]"});
  // Older Quy định were numbered QĐ.
  CHECK(Named(Build("Quy định 102-QĐ/TW quy định xử lý kỷ luật. Quy định 102 nêu rõ.")) ==
        std::vector<std::string>{"short 102-QĐ/TW 0.95 [Quy định 102]"});
}

TEST_CASE("A Thông tư stands only for the one the document writes in full", "[name_resolver]") {
  CHECK(Named(Build("Bộ Tài chính ban hành Thông tư 16/2018/TT-BTC. Thông tư 16 thay thế Thông tư cũ.")) ==
        std::vector<std::string>{"short 16/2018/TT-BTC 0.95 [Thông tư 16]"});
  // No issuer spells a Thông tư's number: it carries a year and a ministry's code.
  CHECK(Named(Build("Thông tư 16 của Bộ Tài chính hướng dẫn chế độ tài chính.")).empty());
  CHECK(Named(Build("Thông tư 16/2018 của Bộ Tài chính hướng dẫn chế độ tài chính.")).empty());
  // Nor is it the Party's Thông tri, though both are coded TT.
  CHECK(Named(Build("Ban Bí thư ban hành Thông tri số 16-TT/TW về dân vận. Thông tư 16 đã được thay thế.")).empty());
  CHECK(Named(Build("Ban Bí thư ban hành Thông tri số 16-TT/TW. Thông tri 16 được quán triệt.")) ==
        std::vector<std::string>{"short 16-TT/TW 0.95 [Thông tri 16]"});
}

TEST_CASE("A short name with a central issuer and no number in the document", "[name_resolver]") {
  Built built = Build("Thực hiện Chỉ thị số 05 của Bộ Chính trị, chi bộ thôn Đông học tập.");
  CHECK(Named(built) == std::vector<std::string>{"short 05-CT/TW 0.80 [Chỉ thị số 05 của Bộ Chính trị]"});
  CHECK(built.cites == std::set<std::string>{"05-CT/TW"});
}

TEST_CASE("Issuers and years spell Party and State numbers", "[name_resolver]") {
  CHECK(Named(Build("theo Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị.")) ==
        std::vector<std::string>{"short 50-CT/TW 0.80 [Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị]"});
  // A province's numbers are not unique across provinces: less sure.
  CHECK(Named(Build("Chỉ thị số 17 của Tỉnh ủy yêu cầu.")) ==
        std::vector<std::string>{"short 17-CT/TU 0.70 [Chỉ thị số 17 của Tỉnh ủy]"});
  CHECK(Named(Build("Nghị quyết 35 của Chính phủ về doanh nghiệp.")) ==
        std::vector<std::string>{"short 35/NQ-CP 0.80 [Nghị quyết 35 của Chính phủ]"});
  CHECK(Named(Build("Chỉ thị 20 của Thủ tướng về thanh tra.")) ==
        std::vector<std::string>{"short 20/CT-TTg 0.80 [Chỉ thị 20 của Thủ tướng]"});
  CHECK(Named(Build("Nghị định 154 năm 2016 về phí.")) == std::vector<std::string>{"short 154/2016/NĐ-CP 0.80 [Nghị định 154]"});
  CHECK(Named(Build("Nghị định 116 ngày 18/7/2016 của Chính phủ.")) ==
        std::vector<std::string>{"short 116/2016/NĐ-CP 0.80 [Nghị định 116 ngày 18/7/2016 của Chính phủ]"});
  CHECK(Named(Build("Nghị định 67 của Chính phủ.")).empty());  // decrees carry their year
  // Sample sentences, invented: a decree said to be the Prime Minister's, a year in a partial
  // number, an issuer before the name.
  CHECK(Named(Build("Nghị định 116 ngày 18/7/2016 của Thủ tướng Chính phủ.")) ==
        std::vector<std::string>{"short 116/2016/NĐ-CP 0.80 [Nghị định 116 ngày 18/7/2016 của Thủ tướng Chính phủ]"});
  CHECK(Named(Build("sửa đổi Nghị định 79/2012 về biểu diễn.")) ==
        std::vector<std::string>{"short 79/2012/NĐ-CP 0.80 [Nghị định 79/2012]"});
  CHECK(Named(Build("Bộ Chính trị đã ban hành Nghị quyết 08 về du lịch.")) ==
        std::vector<std::string>{"short 08-NQ/TW 0.80 [Nghị quyết 08]"});
  CHECK(Named(Build("Thủ tướng Nguyễn Văn Mẫu đã ký Chỉ thị 24. Chỉ thị 24 yêu cầu.")) ==
        std::vector<std::string>{"short 24/CT-TTg 0.80 [Chỉ thị 24]", "short 24/CT-TTg 0.75 [Chỉ thị 24]"});
  CHECK(Named(Build("Nghị định số 19 của Chính phủ ban hành ngày 22-3-2016 về kinh doanh khí. Nghị định 19 "
                    "đòi hỏi điều kiện cao.")) ==
        std::vector<std::string>{"short 19/2016/NĐ-CP 0.80 [Nghị định số 19 của Chính phủ]",
                                 "short 19/2016/NĐ-CP 0.75 [Nghị định 19]"});
  // Sample sentences, invented: a State body's number with its year. Written apart, as a date,
  // the year does not say whether the number carries it; before 2006 a province wrote UB.
  CHECK(Named(Build("Quyết định 26/2017 của thành phố.")) ==
        std::vector<std::string>{"short 26/2017/QĐ-UBND 0.70 [Quyết định 26/2017 của thành phố]"});
  CHECK(Named(Build("Quyết định 50/2016 của Thủ tướng Chính phủ.")) ==
        std::vector<std::string>{"short 50/2016/QĐ-TTg 0.80 [Quyết định 50/2016 của Thủ tướng Chính phủ]"});
  CHECK(Named(Build("Nghị quyết 20/2016 của HĐND tỉnh.")) ==
        std::vector<std::string>{"short 20/2016/NQ-HĐND 0.70 [Nghị quyết 20/2016 của HĐND]"});
  // Others are numbered without their year, whatever the writer adds: a ministry's decisions,
  // the Government's resolutions, the National Assembly's, single decisions.
  CHECK(Named(Build("Quyết định 12/2015 của Bộ Tài chính.")).empty());
  CHECK(Named(Build("Quyết định số 1667/2017 của Thủ tướng.")).empty());
  CHECK(Named(Build("Quyết định số 699/2013 của UBND TP.")).empty());
  CHECK(Named(Build("Nghị quyết số 109/2013 của Quốc hội.")).empty());
  CHECK(Named(Build("Thủ tướng đã ký ban hành Nghị quyết 19/2017 về môi trường kinh doanh.")).empty());
  CHECK(Named(Build("Quyết định 33 ngày 15-10-2014 của UBND TP.")).empty());
  CHECK(Named(Build("Quyết định 150/2004 của UBND TP.")).empty());
  CHECK(Named(Build("Quyết định 26/2017 về cấp phép.")).empty());  // whose?
}

TEST_CASE("The issuer and the year of a short name may be written at two of its mentions", "[name_resolver]") {
  // Sample sentences, invented.
  CHECK(Named(Build("Quyết định 33/2014 quy định tách thửa. Quyết định 33 ngày 15-10-2014 của UBND TP có hiệu "
                    "lực. Quyết định 33 chưa rõ.")) ==
        std::vector<std::string>{"short 33/2014/QĐ-UBND 0.70 [Quyết định 33/2014]",
                                 "short 33/2014/QĐ-UBND 0.70 [Quyết định 33 ngày 15-10-2014 của UBND]",
                                 "short 33/2014/QĐ-UBND 0.70 [Quyết định 33]"});
  // Two years, or two issuers: which?
  CHECK(Named(Build("Quyết định 33/2014 và Quyết định 33/2016. Quyết định 33 của UBND tỉnh.")).empty());
  CHECK(Named(Build("Quyết định 33/2014. Quyết định 33 của UBND tỉnh, Quyết định 33 của Bộ Tài chính.")).empty());
  // Numbers listed after a name share its type and the issuer after them.
  CHECK(Named(Build("Quyết định 935, 936 của Ban Thường vụ Thành ủy. Quyết định 935 nêu rõ.")) ==
        std::vector<std::string>{"short 935-QĐ/TU 0.70 [Quyết định 935]",
                                 "short 936-QĐ/TU 0.70 [936 của Ban Thường vụ Thành ủy]",
                                 "short 935-QĐ/TU 0.70 [Quyết định 935]"});
}

TEST_CASE("A short name's citation carries the date and the issuer it writes", "[name_resolver]") {
  // Sample sentences, invented.
  const Built built = Build("theo Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị. Nghị quyết 35 của Chính phủ ngày 16/5/2016.");
  std::vector<std::string> cited;
  for (const schema::Mention& m : built.record.mentions) {
    if (!m.named_by.empty()) cited.push_back(m.canonical + " " + m.date + " " + m.issuer);
  }
  CHECK(cited == std::vector<std::string>{"50-CT/TW 2015-12-07 Bộ Chính trị", "35/NQ-CP 2016-05-16 Chính phủ"});
  // And its type's name: a Quy định numbered QĐ is told from a Quyết định by it.
  std::vector<std::string> type_words;
  for (const schema::Mention& m : Build("Quy định 47 của Ban Chấp hành Trung ương ngày 1/11/2011 và Quyết định 35 "
                                        "của Ban Thường vụ Tỉnh ủy.", "2016-01-01").record.mentions) {
    if (!m.named_by.empty()) type_words.push_back(m.canonical + " " + m.type_word);
  }
  CHECK(type_words == std::vector<std::string>{"47-QĐ/TW Quy định", "35-QĐ/TU Quyết định"});
  // A year alone is no date.
  for (const schema::Mention& m : Build("Nghị định 154 năm 2016 về phí.").record.mentions) CHECK(m.date.empty());
}

TEST_CASE("A short name takes the number its issuer gave it elsewhere in the document", "[name_resolver]") {
  const std::vector<std::string> expected = {"short 35/NQ-CP 0.75 [Nghị quyết 35]", "short 35/NQ-CP 0.80 [Nghị quyết 35 của Chính phủ]"};
  CHECK(Named(Build("Một năm Nghị quyết 35. Thực hiện Nghị quyết 35 của Chính phủ về doanh nghiệp.")) == expected);
  // Two issuers: which?
  CHECK(Named(Build("Chỉ thị 05 của Bộ Chính trị và Chỉ thị 05 của Tỉnh ủy. Chỉ thị 05 nói.")).size() == 2);
}

TEST_CASE("A short name takes no number its own issuer or year contradicts", "[name_resolver]") {
  // Sample sentences, invented. Another year: another decision 33, another resolution 20.
  CHECK(Named(Build("Quyết định 33/2014 của UBND tỉnh. Quyết định 33/2016 về cấp phép.")) ==
        std::vector<std::string>{"short 33/2014/QĐ-UBND 0.70 [Quyết định 33/2014 của UBND]"});
  CHECK(Named(Build("Nghị quyết 20/2016 của HĐND tỉnh. Nghị quyết 20 ngày 5/5/2018 về học phí.")) ==
        std::vector<std::string>{"short 20/2016/NQ-HĐND 0.70 [Nghị quyết 20/2016 của HĐND]"});
  CHECK(Named(Build("Quyết định 33/2016 về cấp phép. Quyết định 33/2014/QĐ-BTC.")).empty());
  // Another issuer: the National Assembly's resolution 35 is not the Government's.
  CHECK(Named(Build("Nghị quyết 35 của Chính phủ về doanh nghiệp. Nghị quyết 35 của Quốc hội về thuế.")) ==
        std::vector<std::string>{"short 35/NQ-CP 0.80 [Nghị quyết 35 của Chính phủ]"});
  CHECK(Named(Build("Chỉ thị 05 của Bộ Chính trị. Chỉ thị 05 của Bộ Tài chính.")) ==
        std::vector<std::string>{"short 05-CT/TW 0.80 [Chỉ thị 05 của Bộ Chính trị]"});
  CHECK(Named(Build("Quyết định 33/2014 của Thủ tướng. Quyết định 33 của UBND tỉnh.")) ==
        std::vector<std::string>{"short 33/2014/QĐ-TTg 0.80 [Quyết định 33/2014 của Thủ tướng]"});
  // The Prime Minister signs the Government's resolutions.
  CHECK(Named(Build("Nghị quyết 19 của Chính phủ. Thủ tướng vừa ký ban hành Nghị quyết 19/2017 về thuế.")) ==
        std::vector<std::string>{"short 19/NQ-CP 0.80 [Nghị quyết 19 của Chính phủ]", "short 19/NQ-CP 0.75 [Nghị quyết 19/2017]"});
  // Issuer and year merged from two mentions that cannot be one decision.
  CHECK(Named(Build("Quyết định 33/2014 về cấp phép. Quyết định 33 ngày 5/3/2017 của UBND tỉnh.")).empty());
  // The year of a mention the document's citation gives to another body.
  CHECK(Named(Build("Quyết định 33/2014. Quyết định 33 của UBND tỉnh. Quyết định 33/2014/QĐ-BTC.")) ==
        std::vector<std::string>{"short 33/2014/QĐ-BTC 0.85 [Quyết định 33/2014]"});
}

TEST_CASE("A short name whose number is written in full with it is not cited twice", "[name_resolver]") {
  // Sample sentences, invented: a blank where the hyphen goes.
  Built built = Build("Thực hiện Chỉ thị 05 CT/TW của Bộ Chính trị. Chỉ thị 05 đi vào cuộc sống.");
  CHECK(Named(built) == std::vector<std::string>{"short 05-CT/TW 0.95 [Chỉ thị 05]"});
  CHECK(built.record.mentions.size() == 2);  // the written number and the second name
  CHECK(Named(Build("theo Quyết định số 10/2016 QĐ-UBND của UBND tỉnh Lam Giang.")).empty());
}

TEST_CASE("Ambiguous short names stay unlinked", "[name_resolver]") {
  // Two numbers fit.
  CHECK(Named(Build("Chỉ thị 05-CT/TW và Chỉ thị 05-CT/TU đều nói. Chỉ thị 05 yêu cầu.")).empty());
  // No number, no issuer.
  CHECK(Named(Build("Nghị quyết số 35 được ban hành.")).empty());
  // Quy định of the Politburo: QĐ or QĐi? Cited in 2020 without its year, either.
  CHECK(Named(Build("Quy định 08 của Bộ Chính trị.", "2020-05-01")).empty());
  CHECK(Named(Build("Quy định 124 ngày 2/2/2018 của Bộ Chính trị.", "2020-05-01")).empty());
}

TEST_CASE("A Quy định's year, or the citing document's date, says whether it was numbered QĐ or QĐi", "[name_resolver]") {
  // Sample sentences, invented.
  CHECK(Named(Build("Quy định 105 của Bộ Chính trị về phân cấp.", "2017-03-01")) ==
        std::vector<std::string>{"short 105-QĐ/TW 0.80 [Quy định 105 của Bộ Chính trị]"});
  CHECK(Named(Build("Quy định số 102 ngày 15/11/2017 của Bộ Chính trị.", "2021-01-01")) ==
        std::vector<std::string>{"short 102-QĐ/TW 0.80 [Quy định số 102 ngày 15/11/2017 của Bộ Chính trị]"});
  CHECK(Named(Build("Quy định số 37 ngày 25/10/2021 của Bộ Chính trị.", "2021-12-01")) ==
        std::vector<std::string>{"short 37-QĐi/TW 0.80 [Quy định số 37 ngày 25/10/2021 của Bộ Chính trị]"});
  // Against a number the document cites: a year that says the other numbering rules it out.
  CHECK(Named(Build("Quy định 105-QĐ/TW về cán bộ. Quy định 105 năm 2019 của Bộ Chính trị.", "2021-12-01")) ==
        std::vector<std::string>{"short 105-QĐi/TW 0.80 [Quy định 105 năm 2019 của Bộ Chính trị]"});
}

TEST_CASE("A plenum name stands for what the table says", "[name_resolver]") {
  Built built = Build("Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII trong toàn Đảng bộ.");
  CHECK(Named(built) == std::vector<std::string>{"plenum 04-NQ/TW 0.85 [Nghị quyết Trung ương 4 khóa XII]"});
  CHECK(built.cites == std::set<std::string>{"04-NQ/TW"});
  REQUIRE(built.record.mentions.size() == 1);
  CHECK(built.record.mentions[0].date == "2016-10-30");  // the 2016 one, not 04-NQ/TW of 2006
  // The words near it choose another of the plenum's resolutions.
  CHECK(Named(Build("Nghị quyết Trung ương 4 khóa XII về đổi mới mô hình tăng trưởng.")) ==
        std::vector<std::string>{"plenum 05-NQ/TW 0.90 [Nghị quyết Trung ương 4 khóa XII]"});
  // Without a principal resolution, the name stands for all of them.
  CHECK(Build("Hội nghị Trung ương 6 khóa XII đã bế mạc.").cites == std::set<std::string>{"18-NQ/TW", "21-NQ/TW"});
  CHECK(Named(Build("Nghị quyết Trung ương 6 khóa XII về công tác dân số.")) ==
        std::vector<std::string>{"plenum 21-NQ/TW 0.90 [Nghị quyết Trung ương 6 khóa XII]"});
  // Without its term: the latest fourth plenum by the document's date.
  CHECK(Named(Build("Quán triệt NQTW4 đến chi bộ.", "2017-05-02")) ==
        std::vector<std::string>{"plenum 04-NQ/TW 0.72 [NQTW4]"});
  CHECK(Named(Build("Quán triệt NQTW4 đến chi bộ.", "")).empty());
  // The term the document gives the same plenum elsewhere.
  CHECK(Build("Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII bế mạc. Sau Hội nghị Trung ương 6, các cấp "
              "triển khai.", "").cites == std::set<std::string>{"18-NQ/TW", "21-NQ/TW"});
  CHECK(Build("Nghị quyết Đại hội XIII của Đảng đề ra.").cites == std::set<std::string>{"ĐH-XIII"});
  // Not in the table.
  CHECK(Named(Build("Nghị quyết Trung ương 9 khóa IX.")).empty());
}

TEST_CASE("A plenum name of two terms stands for both plenums' resolutions", "[name_resolver]") {
  Built built = Build("Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng, chỉnh đốn Đảng (Nghị quyết số "
                      "04-NQ/TW).");
  CHECK(built.cites == std::set<std::string>{"04-NQ/TW", "12-NQ/TW"});
  CHECK(Named(built) == std::vector<std::string>{"plenum 12-NQ/TW 0.90 [Nghị quyết Trung ương 4 (khóa XI, XII)]",
                                                 "plenum 04-NQ/TW 0.90 [Nghị quyết Trung ương 4 (khóa XI, XII)]"});
}

TEST_CASE("The subject words of the clause 'về …' after a name come first", "[name_resolver]") {
  // Sample sentence, invented: another plenum's subject later in the sentence does not count.
  CHECK(Named(Build("Hội nghị Trung ương 5 (khóa XII) về hoàn thiện thể chế kinh tế thị trường đã xác định vai "
                    "trò (cùng kinh tế tư nhân) của kinh tế tập thể.")) ==
        std::vector<std::string>{"plenum 11-NQ/TW 0.90 [Hội nghị Trung ương 5 (khóa XII)]"});
  // Without a clause, all the sentence's subject words count.
  CHECK(Build("Hội nghị Trung ương 5 (khóa XII) bàn thể chế kinh tế thị trường và kinh tế tư nhân.").cites ==
        std::set<std::string>{"10-NQ/TW", "11-NQ/TW"});
}

TEST_CASE("In a document without a date, subject words may pick the term", "[name_resolver]") {
  // Sample sentences, invented. Only the fourth plenum of term XI has these words.
  CHECK(Named(Build("Kiểm điểm theo Nghị quyết TW4 về một số vấn đề cấp bách về xây dựng Đảng hiện nay.", "")) ==
        std::vector<std::string>{"plenum 12-NQ/TW 0.77 [Nghị quyết TW4]"});
  CHECK(Build("Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng.", "").cites == std::set<std::string>{"04-NQ/TW"});
  // Words of two terms' plenums: the latest, as an older one is written with its term.
  CHECK(Build("Nghị quyết Trung ương 4 về xây dựng Đảng và chỉnh đốn Đảng.", "").cites ==
        std::set<std::string>{"04-NQ/TW"});
  CHECK(Build("Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng và chỉnh đốn Đảng.", "").cites ==
        std::set<std::string>{"12-NQ/TW"});
  // With a date, the date decides as before.
  CHECK(Build("Kiểm điểm theo Nghị quyết TW4 về xây dựng Đảng.", "2017-05-02").cites ==
        std::set<std::string>{"04-NQ/TW"});
}

TEST_CASE("A plenum name beside a number in one sentence takes that number", "[name_resolver]") {
  Built built = Build("Nghị quyết Trung ương 5 khóa XII (Nghị quyết số 10-NQ/TW) về kinh tế tư nhân. "
                      "Nghị quyết Trung ương 5 khóa XII là bước ngoặt.");
  CHECK(Named(built) == std::vector<std::string>{"plenum 10-NQ/TW 0.95 [Nghị quyết Trung ương 5 khóa XII]",
                                                 "plenum 10-NQ/TW 0.95 [Nghị quyết Trung ương 5 khóa XII]"});
  // Without a table too, and before the name.
  schema::DocumentRecord record;
  record.id = "x";
  record.kind = "article";
  record.text = "Nghị quyết 26-NQ/TW của Hội nghị Trung ương 7 khóa XII.";
  DocumentBuilder builder;
  builder.Build(&record, "/x.txt");
  REQUIRE(record.mentions.size() == 2);
  CHECK(record.mentions[1].canonical == "26-NQ/TW");
  CHECK(record.mentions[1].named_by == "plenum");
  // A sentence end between them breaks the pair.
  CHECK(Named(Build("Nghị quyết 11-NQ/TW. Hội nghị Trung ương 8 khóa XII.")).empty());
}

TEST_CASE("Resolution stays linear with many names and numbers", "[name_resolver]") {
  // Linear is told from quadratic by the ratio of two sizes' times, not by a wall-clock bound,
  // which a slow sanitizer build on a shared machine can break: sixteen times the text takes
  // about 16 times as long when linear and 256 times when quadratic.
  const auto seconds_for = [](int sentences, int runs) {
    std::string text;
    for (int i = 0; i < sentences; ++i) {
      text += "Chỉ thị 05-CT/TW và Chỉ thị 05, Nghị quyết Trung ương 4 khóa XII (05-NQ/TW). ";
    }
    double fastest = 1e9;
    for (int run = 0; run < runs; ++run) {
      const auto start = std::chrono::steady_clock::now();
      Built built = Build(text);
      CHECK(built.cites == std::set<std::string>{"05-CT/TW", "05-NQ/TW"});
      fastest = std::min(fastest, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return fastest;
  };
  const double small = seconds_for(500, 3);  // the fastest of three: a short time is easily disturbed
  const double large = seconds_for(8000, 1);
  CAPTURE(small, large);
  CHECK(large < 64 * small);
}

}  // namespace
}  // namespace vankien::indexer
