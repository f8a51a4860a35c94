#include "analysis/document_name.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <string>

namespace vankien::analysis {
namespace {

// The names found in text, one per line: "short CT 05 TW", "plenum XII/4", "congress XIII/0",
// each followed by the text the span covers.
std::string Describe(std::string_view text) {
  std::string out;
  for (const DocumentName& name : FindDocumentNames(text)) {
    if (!out.empty()) out += " ; ";
    if (name.kind == NameKind::kShort) {
      out += "short " + name.type + " " + name.number + (name.issuer_body.empty() ? "" : " " + name.issuer_body);
    } else {
      out += (name.kind == NameKind::kPlenum ? "plenum " : "congress ") + PlenumKey(name.term, name.session);
      if (!name.second_term.empty()) out += "+" + name.second_term;
    }
    out += " [" + std::string(text.substr(name.span.begin, name.span.end - name.span.begin)) + "]";
  }
  return out;
}

TEST_CASE("Short names: a type word and a bare number", "[document_name]") {
  CHECK(Describe("thực hiện Chỉ thị 05 của Bộ Chính trị về") == "short CT 05 TW [Chỉ thị 05 của Bộ Chính trị]");
  CHECK(Describe("theo Nghị quyết số 35, các cấp") == "short NQ 35 [Nghị quyết số 35]");
  CHECK(Describe("Quy định 102 về xử lý kỷ luật") == "short QĐi 102 [Quy định 102]");
  CHECK(Describe("Chỉ thị số 5 của Ban Bí thư.") == "short CT 05 TW [Chỉ thị số 5 của Ban Bí thư]");
  CHECK(Describe("Kết luận 01, Chỉ thị 005") == "short KL 01 [Kết luận 01] ; short CT 05 [Chỉ thị 005]");
  CHECK(Describe("chỉ thị số 17 của Tỉnh ủy Lam Giang") == "short CT 17 TU [chỉ thị số 17 của Tỉnh ủy]");
  CHECK(Describe("Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị") ==
        "short CT 50 TW [Chỉ thị số 50 ngày 7/12/2015 của Bộ Chính trị]");
  CHECK(Describe("quyết định số 49 (ngày 1/9/2011) của Thủ tướng nêu") ==
        "short QĐ 49 TTg [quyết định số 49 (ngày 1/9/2011) của Thủ tướng]");
  CHECK(FindDocumentNames("Nghị định 154 năm 2016 về phí").at(0).year == "2016");
  CHECK(FindDocumentNames("Nghị định 154 năm nay").at(0).year == "");
  // Word-segmented text joins a name's syllables with "_".
  CHECK(Describe("theo Thông_tư 16 thay_thế") == "short TT 16 [Thông_tư 16]");
  CHECK(Describe("Chỉ_thị số 10 của Thủ_tướng về") == "short CT 10 TTg [Chỉ_thị số 10 của Thủ_tướng]");
  CHECK(Describe("tại Hội_nghị Trung_ương 8 khoá XII") == "plenum XII/8 [Hội_nghị Trung_ương 8 khoá XII]");
}

// Sample sentences, invented.
TEST_CASE("Short names: a year in a partial number, 'nghị định' in lower case, an issuer before", "[document_name]") {
  CHECK(Describe("Nghị định 82/2011 của Chính phủ") == "short NĐ 82 CP [Nghị định 82/2011 của Chính phủ]");
  CHECK(FindDocumentNames("theo Nghị định 15/2016 sửa đổi").at(0).year == "2016");
  CHECK(Describe("theo Nghị định 15/2016 sửa đổi") == "short NĐ 15 [Nghị định 15/2016]");
  CHECK(Describe("sửa nghị định 38 của Chính phủ") == "short NĐ 38 CP [nghị định 38 của Chính phủ]");
  CHECK(Describe("Bộ Chính trị đã ban hành Nghị quyết 08 về du lịch") == "short NQ 08 TW [Nghị quyết 08]");
  CHECK(Describe("Thủ tướng Nguyễn Văn Mẫu vừa ký Chỉ thị 24 để") == "short CT 24 TTg [Chỉ thị 24]");
  CHECK(Describe("Thủ tướng Chính phủ đã ký ban hành Chỉ thị số 9.") == "short CT 09 TTg [Chỉ thị số 9]");
  CHECK(Describe("Thủ tướng đã ký tại chỗ Chỉ thị số 20 nhằm") == "short CT 20 TTg [Chỉ thị số 20]");
  CHECK(Describe("Thủ tướng đã ký tại chỗ nhiều văn bản, Chỉ thị số 20") == "short CT 20 [Chỉ thị số 20]");
  CHECK(Describe("Tỉnh ủy Lam Giang cũng đã ban hành Chỉ thị 17") == "short CT 17 TU [Chỉ thị 17]");
  // The issuer after the name wins; none when the verb is not next to the name or a clause ends.
  CHECK(Describe("Bộ Chính trị ban hành Chỉ thị 05 của Ban Bí thư") == "short CT 05 TW [Chỉ thị 05 của Ban Bí thư]");
  CHECK(Describe("Bộ Chính trị đã ban hành nhiều văn bản như Chỉ thị 05") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("Ý kiến của Bộ Chính trị, đã ký Chỉ thị 05") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("ông Nguyễn Văn Mẫu đã ký Chỉ thị 05") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("sau khi quyết định 3 việc") == "");  // still a verb in lower case
  // In lower case without "số", a date or an issuer after the number makes it a name.
  CHECK(Describe("thực hiện chỉ thị 05 của Bộ Chính trị về") == "short CT 05 TW [chỉ thị 05 của Bộ Chính trị]");
  CHECK(Describe("viện dẫn quyết định 49 (ngày 1/9/2011) của Thủ tướng nêu") ==
        "short QĐ 49 TTg [quyết định 49 (ngày 1/9/2011) của Thủ tướng]");
  CHECK(FindDocumentNames("theo quy định 1161 (ngày 11/10/2015), suất").at(0).year == "2015");
  CHECK(Describe("họ quyết định 3 việc của Hội") == "");  // the issuer is not after the number
  CHECK(Describe("sẽ quyết định 2 năm nữa") == "");
  CHECK(Describe("Ban quyết định 10 năm 2020 là năm") == "");  // a count, then a year
  CHECK(Describe("Thủ tướng chỉ thị 3 ngày 1/9/2020 phải xong") == "");
  CHECK(Describe("theo quyết định 49/2011 về") == "short QĐ 49 [quyết định 49/2011]");
  // A date after the issuer dates the name.
  CHECK(FindDocumentNames("Nghị định số 19 của Chính phủ ban hành ngày 22-3-2016 về").at(0).year == "2016");
  CHECK(FindDocumentNames("Nghị định số 19 của Chính phủ ngày 22/3/2016").at(0).year == "2016");
  CHECK(FindDocumentNames("Nghị định số 19 của Chính phủ về kinh doanh khí năm 2016").at(0).year == "");
}

// Sample sentences, invented.
TEST_CASE("Short names: numbers listed after one, and issuers by code or by place", "[document_name]") {
  CHECK(Describe("triển khai Quyết định 935, 936 của Ban Thường vụ Thành ủy về") ==
        "short QĐ 935 TU [Quyết định 935] ; short QĐ 936 TU [936 của Ban Thường vụ Thành ủy]");
  CHECK(Describe("(Chỉ thị số 12, 23 và 29).") ==
        "short CT 12 [Chỉ thị số 12] ; short CT 23 [23] ; short CT 29 [29]");
  CHECK(Describe("Nghị định 15/2016, 16/2016 của Chính phủ") ==
        "short NĐ 15 CP [Nghị định 15/2016] ; short NĐ 16 CP [16/2016 của Chính phủ]");
  CHECK(FindDocumentNames("Nghị định 15/2016, 16/2016 của Chính phủ").at(1).year == "2016");
  // A list is read only where it ends the clause or an issuer follows it.
  CHECK(Describe("sơ kết Chỉ thị 05, 10 năm qua") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("các Quyết định 935, 936 có ý nghĩa") == "short QĐ 935 [Quyết định 935]");
  CHECK(Describe("Chỉ thị 05, 2016 là năm") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("Chỉ thị 05, 06-CT/TW của Bộ Chính trị") == "short CT 05 [Chỉ thị 05]");  // 06-CT/TW is a number
  CHECK(Describe("Quyết định 12, 1.000 đồng.") == "short QĐ 12 [Quyết định 12]");
  CHECK(Describe("Quyết định 33 ngày 15-10-2014 của UBND TP có") ==
        "short QĐ 33 UBND [Quyết định 33 ngày 15-10-2014 của UBND]");
  CHECK(Describe("Quyết định 26 của TP.HCM") == "short QĐ 26 UBND [Quyết định 26 của TP]");
  CHECK(Describe("Chỉ thị 15 của tỉnh Lam Giang") == "short CT 15 UBND [Chỉ thị 15 của tỉnh]");
  CHECK(Describe("Nghị quyết 26 của tỉnh") == "short NQ 26 [Nghị quyết 26]");  // the council's, or the Party's?
  CHECK(Describe("Chỉ thị 15 của tỉnh ủy") == "short CT 15 TU [Chỉ thị 15 của tỉnh ủy]");
  // The province's Youth Union, association, military command: not its People's Committee.
  CHECK(Describe("Quyết định 20/2016 của Tỉnh đoàn Lam Giang") == "short QĐ 20 [Quyết định 20/2016]");
  CHECK(Describe("Quyết định 20 của Tỉnh hội Nông dân") == "short QĐ 20 [Quyết định 20]");
  CHECK(Describe("Chỉ thị 03 của Tỉnh đội về huấn luyện") == "short CT 03 [Chỉ thị 03]");
  // The central committees of the Youth Union and of associations are not the Party's.
  CHECK(Describe("Chỉ thị 05 của Trung ương Đoàn về") == "short CT 05 [Chỉ thị 05]");
  CHECK(Describe("Quyết định 20 của TW Đoàn") == "short QĐ 20 [Quyết định 20]");
  CHECK(Describe("Nghị quyết 09 của TƯ Hội Nông dân") == "short NQ 09 [Nghị quyết 09]");
  CHECK(Describe("Nghị quyết 09 của Trung ương Đảng") == "short NQ 09 TW [Nghị quyết 09 của Trung ương Đảng]");
  CHECK(Describe("Ban Thường vụ Trung ương Đoàn đã ban hành Chỉ thị 05, 06.") ==
        "short CT 05 [Chỉ thị 05] ; short CT 06 [06]");
  // Words that fold to the same letters as "tỉnh", "thành phố".
  CHECK(Describe("Chỉ thị 05/2016 của tình hình mới") == "short CT 05 [Chỉ thị 05/2016]");
  CHECK(Describe("Quyết định 20/2016 của tinh thần đoàn kết") == "short QĐ 20 [Quyết định 20/2016]");
  CHECK(Describe("Quyết định 20/2016 của thanh phó") == "short QĐ 20 [Quyết định 20/2016]");
  CHECK(Describe("Quyết định 20/2016 của Thành Phố Lam Giang") == "short QĐ 20 UBND [Quyết định 20/2016 của Thành Phố]");
  CHECK(Describe("Quyết định 26 của Ubnd tỉnh") == "short QĐ 26 [Quyết định 26]");  // a code in capitals only
  CHECK(FindDocumentNames("Quyết định 33/2014 về").at(0).year_in_number);
  CHECK_FALSE(FindDocumentNames("Quyết định 33 năm 2014 về").at(0).year_in_number);
}

TEST_CASE("Not short names: full numbers, verbs, decimals", "[document_name]") {
  CHECK(Describe("Chỉ thị 05-CT/TW ngày 15-5-2016") == "");
  CHECK(Describe("Chỉ thị số 05 – CT/TW") == "");
  CHECK(Describe("Nghị định 82/2011/NĐ-CP của Chính phủ") == "");
  CHECK(Describe("Nghị định 82/2011-NĐ") == "");
  CHECK(Describe("Nghị định 82/1800") == "");  // not a year
  CHECK(Describe("Bộ Chính trị quyết định 3 việc") == "");  // a verb in lower case
  CHECK(Describe("Quyết định 1.000 đồng") == "");
  CHECK(Describe("Nghị quyết 05a") == "");
  CHECK(Describe("Nghị quyết 0") == "");
  CHECK(Describe("Chỉ thị 12345") == "");
}

TEST_CASE("Plenum names in their many shapes", "[document_name]") {
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XII về") == "plenum XII/4 [Nghị quyết Trung ương 4 khóa XII]");
  CHECK(Describe("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII") ==
        "plenum XII/4 [Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII]");
  CHECK(Describe("tại Hội nghị Trung ương 4 (khóa XII) vừa qua") == "plenum XII/4 [Hội nghị Trung ương 4 (khóa XII)]");
  CHECK(Describe("quán triệt NQTW4 và") == "plenum /4 [NQTW4]");
  CHECK(Describe("Nghị quyết TƯ 4 khóa XII") == "plenum XII/4 [Nghị quyết TƯ 4 khóa XII]");
  CHECK(Describe("nghi quyet trung uong 4 khoa xii") == "plenum XII/4 [nghi quyet trung uong 4 khoa xii]");
  CHECK(Describe("Hội nghị Trung ương lần thứ mười một khóa X") ==
        "plenum X/11 [Hội nghị Trung ương lần thứ mười một khóa X]");
  CHECK(Describe("Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 6, khóa XII") ==
        "plenum XII/6 [Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 6, khóa XII]");
  CHECK(Describe("Nghị quyết Trung ương 7") == "plenum /7 [Nghị quyết Trung ương 7]");
  CHECK(Describe("Hội nghị lần thứ 5, Ban chấp hành trung ương Đảng, khóa XII") ==
        "plenum XII/5 [Hội nghị lần thứ 5, Ban chấp hành trung ương Đảng, khóa XII]");
}

// Sample sentences, invented.
TEST_CASE("Plenum names: the central committee joined to its ordinal, and two terms", "[document_name]") {
  CHECK(Describe("theo tinh thần Nghị quyết TW4: xây dựng Đảng") == "plenum /4 [Nghị quyết TW4]");
  CHECK(Describe("Hội nghị TƯ5 khóa XII") == "plenum XII/5 [Hội nghị TƯ5 khóa XII]");
  CHECK(Describe("Nghị quyết T.Ư 6 khóa XII") == "plenum XII/6 [Nghị quyết T.Ư 6 khóa XII]");
  CHECK(Describe("NQT.Ư4 và") == "plenum /4 [NQT.Ư4]");
  CHECK(Describe("Nghị quyết Trung ương 4 (Khóa XI, XII) về") == "plenum XI/4+XII [Nghị quyết Trung ương 4 (Khóa XI, XII)]");
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XI, khóa XII và") ==
        "plenum XI/4+XII [Nghị quyết Trung ương 4 khóa XI, khóa XII]");
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XI và XII") == "plenum XI/4+XII [Nghị quyết Trung ương 4 khóa XI và XII]");
  // Not a second term: not the next one, a number, a lower-case word.
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XI, XIII") == "plenum XI/4 [Nghị quyết Trung ương 4 khóa XI]");
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XI, 12 tỉnh") == "plenum XI/4 [Nghị quyết Trung ương 4 khóa XI]");
  CHECK(Describe("Nghị quyết Trung ương 4 khóa XI, xii") == "plenum XI/4 [Nghị quyết Trung ương 4 khóa XI]");
}

TEST_CASE("Not plenum names", "[document_name]") {
  CHECK(Describe("Hội nghị TWA 4") == "");
  CHECK(Describe("Nghị quyết TW45") == "");
  CHECK(Describe("Nghị quyết từ 5 năm trước") == "");  // "từ", not "TƯ"
  CHECK(Describe("Hội nghị Trung ương năm 2017") == "");  // the year, not the fifth
  CHECK(Describe("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5") == "");
  CHECK(Describe("văn bản 05-NQ/TW") == "");
}

TEST_CASE("Congress names", "[document_name]") {
  CHECK(Describe("Nghị quyết Đại hội XIII của Đảng") == "congress XIII/0 [Nghị quyết Đại hội XIII của Đảng]");
  CHECK(Describe("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đề ra") ==
        "congress XIII/0 [Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng]");
  CHECK(Describe("Nghị quyết Đại hội Đảng lần thứ mười hai") == "congress XII/0 [Nghị quyết Đại hội Đảng lần thứ mười hai]");
  CHECK(Describe("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV") == "");
  CHECK(Describe("Nghị quyết Đại hội XV của Đảng bộ tỉnh") == "");
  CHECK(Describe("Nghị quyết Đại hội Đoàn") == "");
  // Sample sentences, invented: the congress of another body, named after the ordinal.
  CHECK(Describe("Nghị quyết Đại hội XI Đảng bộ tỉnh Lam Giang") == "");
  CHECK(Describe("Nghị quyết Đại hội XII Công đoàn Việt Nam") == "");
  CHECK(Describe("Nghị quyết Đại hội X của Hội Nông dân") == "");
  CHECK(Describe("Nghị quyết Đại hội X Đảng Cộng sản Việt Nam") == "congress X/0 [Nghị quyết Đại hội X]");
  CHECK(Describe("Nghị quyết Đại hội XII, các nghị quyết") == "congress XII/0 [Nghị quyết Đại hội XII]");
}

TEST_CASE("Roman numerals and keys", "[document_name]") {
  CHECK(RomanNumeral(4) == "IV");
  CHECK(RomanNumeral(13) == "XIII");
  CHECK(RomanNumeral(39) == "XXXIX");
  CHECK(RomanNumeral(0) == "");
  CHECK(RomanNumeral(40) == "");
  CHECK(PlenumKey("XII", 4) == "XII/4");
  CHECK(CongressNumber("XIII") == "ĐH-XIII");
  CHECK(ParseCongressNumber("ĐH-XIII") == "ĐH-XIII");
  CHECK(ParseCongressNumber("dh-xiii") == "ĐH-XIII");
  CHECK(ParseCongressNumber("ĐH-") == "");
  CHECK(ParseCongressNumber("ĐH-XIIII") == "");
  CHECK(ParseCongressNumber("05-NQ/TW") == "");
}

TEST_CASE("Hostile input: invalid UTF-8 and long runs stay linear", "[document_name]") {
  CHECK(Describe("Chỉ thị \xff\xfe 05") == "");
  CHECK_NOTHROW(FindDocumentNames("Nghị quyết Trung ương \xe1\xbb"));
  // Hostile texts of n units each, read in CPU seconds: names signed after an issuer (a look back
  // over the whole text before each name would be quadratic), long words before "ký", a plenum's
  // words repeated without a number, blanks inside a name, one endless word.
  const auto seconds = [](int n) {
    std::string signed_names, long_words, repeated;
    for (int i = 0; i < n; ++i) {
      signed_names += "Bộ Chính trị đã ban hành Chỉ thị 05 ";
      long_words += std::string(30, 'a') + "  ký Chỉ thị 05 ";
    }
    for (int i = 0; i < 40 * n; ++i) repeated += "Nghị quyết Hội nghị lần thứ ";
    const std::string blanks = "Chỉ thị " + std::string(400 * static_cast<std::size_t>(n), ' ') + "05";
    const std::clock_t start = std::clock();
    CHECK(FindDocumentNames(signed_names).size() == static_cast<std::size_t>(n));
    CHECK(FindDocumentNames(long_words).size() == static_cast<std::size_t>(n));
    CHECK(FindDocumentNames(repeated).empty());
    CHECK(FindDocumentNames(blanks).size() == 1);
    CHECK(FindDocumentNames(std::string(600 * static_cast<std::size_t>(n), 'N')).empty());
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  };
  // Linear is told from quadratic by the ratio of two sizes' times, not by a time budget, which a
  // busy machine or the sanitizers' slowdown may exceed: four times the input, about four times
  // the time; quadratic would take sixteen times. The smaller size's fastest of two runs.
  const double small = std::min(seconds(1000), seconds(1000));
  const double large = seconds(4000);
  CHECK(large < 10 * small + 0.01);
}

}  // namespace
}  // namespace vankien::analysis
