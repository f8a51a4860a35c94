#include "analysis/identifier_extractor.h"

#include "tests/big_input.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace vankien::analysis {
namespace {

// "\n" and "\t" in the table stand for a line break and a tab.
std::string Unescape(std::string_view field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size() && (field[i + 1] == 'n' || field[i + 1] == 't')) {
      out.push_back(field[i + 1] == 'n' ? '\n' : '\t');
      ++i;
    } else {
      out.push_back(field[i]);
    }
  }
  return out;
}

std::string Describe(const std::vector<IdentifierMention>& mentions) {
  std::string out;
  for (const IdentifierMention& m : mentions) {
    if (!out.empty()) out += " ; ";
    out += m.canonical;
    if (m.date) out += "@" + m.date->ToIso();
  }
  return out;
}

// The one identifier in text, which must parse back as itself (the identifiers fuzz target's
// check): returns it, after checking its canonical form where one is given.
IdentifierMention ReadsAndParsesBack(const char* text, std::string_view canonical = {}) {
  CAPTURE(text);
  const std::vector<IdentifierMention> found = ExtractIdentifiers(text);
  REQUIRE(found.size() == 1);
  if (!canonical.empty()) CHECK(found[0].canonical == canonical);
  const std::optional<IdentifierMention> again = ParseIdentifier(found[0].canonical);
  REQUIRE(again);
  CHECK(again->canonical == found[0].canonical);
  return found[0];
}

TEST_CASE("the identifier table: input, expected canonical forms and dates") {
  std::ifstream in(VANKIEN_SOURCE_DIR "/analysis/testdata/identifier_cases.tsv");
  REQUIRE(in);
  std::string line;
  std::getline(in, line);  // header
  int cases = 0;
  while (std::getline(in, line)) {
    std::size_t first_tab = line.find('\t');
    std::size_t second_tab = line.find('\t', first_tab + 1);
    REQUIRE(second_tab != std::string::npos);
    std::string input = Unescape(line.substr(0, first_tab));
    std::string expected = line.substr(first_tab + 1, second_tab - first_tab - 1);
    std::string note = line.substr(second_tab + 1);
    CAPTURE(input, note);
    CHECK(Describe(ExtractIdentifiers(input)) == expected);
    ++cases;
  }
  CHECK(cases >= 150);
}

TEST_CASE("what a mention says about itself") {
  std::string text =
      "Thực hiện Quy định số 08-QĐi/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương về "
      "“trách nhiệm nêu gương của cán bộ, đảng viên”, chi bộ đã …";
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
  REQUIRE(mentions.size() == 1);
  const IdentifierMention& m = mentions[0];
  CHECK(m.canonical == "08-QĐi/TW");
  CHECK(m.system == IdentifierSystem::kParty);
  CHECK(m.number == "08");
  CHECK(m.type == "QĐi");
  CHECK(m.body == "TW");
  CHECK(m.type_word == "Quy định");
  CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == "08-QĐi/TW");
  REQUIRE(m.date);
  CHECK(m.date->ToIso() == "2017-10-25");
  CHECK(text.substr(m.date_span.begin, m.date_span.end - m.date_span.begin) == "25-10-2017");
  CHECK(m.issuer == "Ban Chấp hành Trung ương");
  CHECK(m.subject == "trách nhiệm nêu gương của cán bộ, đảng viên");
  CHECK(text.substr(m.subject_span.begin, m.subject_span.end - m.subject_span.begin) == m.subject);
  CHECK_FALSE(m.header);
}

TEST_CASE("an issuer stops before a place, a subject runs across a dash between years") {
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(
      "Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh trên địa bàn huyện. "
      "Kế hoạch số 15-KH/HU về phát triển nông nghiệp giai đoạn 2012 – 2015, huyện đã làm.");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].issuer == "Ban Chấp hành Đảng bộ tỉnh");
  CHECK(mentions[1].subject == "phát triển nông nghiệp giai đoạn 2012 – 2015");
}

TEST_CASE("a subject ends where another document's citation begins, not at a number it names") {
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(
      "Căn cứ Thông tư 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính về thuế thu nhập doanh nghiệp và Công văn "
      "2512/TCT-CS của Tổng cục Thuế. Quyết định số 12/QĐ-UBND về thu phí và văn bản số 45/UBND-KT. "
      "Kết luận số 11-KL/TW về việc tiếp tục thực hiện Chỉ thị số 08-CT/TW. "
      "Quyết định số 13/QĐ-UBND về tổ chức và hoạt động của Sở Nội vụ. "
      "Nghị quyết số 14/NQ-HĐND về tình hình kinh tế năm 2020 và Kế hoạch 5 năm 2021-2025 của tỉnh.");
  REQUIRE(mentions.size() == 8);
  CHECK(mentions[0].subject == "thuế thu nhập doanh nghiệp");
  CHECK(mentions[2].subject == "thu phí");
  CHECK(mentions[4].subject.starts_with("việc tiếp tục thực hiện Chỉ thị số 08"));
  CHECK(mentions[6].subject == "tổ chức và hoạt động của Sở Nội vụ");
  CHECK(mentions[7].subject.ends_with("và Kế hoạch 5 năm 2021-2025 của tỉnh"));
}

TEST_CASE("an issuer's words that fold to a stop word's letters are read with their marks") {
  // Sample sentences, invented.
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(
      "Theo văn bản số 834/SGTVT của Sở Giao thông vận tải, các tuyến phố được phân luồng. "
      "Công văn số 12/QLD-CL của Cục Quản lý dược về thuốc. "
      "Quyết định số 35/QĐ-UBND của UBND tỉnh tại hội nghị. "
      "Quyet dinh so 36/QD-UBND cua UBND tinh tai hoi nghi.");
  REQUIRE(mentions.size() == 4);
  CHECK(mentions[0].issuer == "Sở Giao thông vận tải");
  CHECK(mentions[1].issuer == "Cục Quản lý dược");
  CHECK(mentions[2].issuer == "UBND tỉnh");
  CHECK(mentions[3].issuer == "UBND tinh");
}

TEST_CASE("a committee's name is read whole though ban also starts ban hành and của ends a name") {
  // Sample sentences, invented.
  std::vector<IdentifierMention> mentions = ExtractIdentifiers(
      "Quyết định số 12/QĐ-UBND ngày 1/1/2017 của Ủy ban nhân dân tỉnh Lam Giang về việc A. "
      "Báo cáo số 658/BC-UBTP14 của Uỷ ban Tư pháp. "
      "Nghị quyết số 1210/2016/UBTVQH13 của Ủy ban Thường vụ Quốc hội. "
      "Chỉ thị số 05-CT/TU của Tỉnh ủy ban hành năm 2016. "
      "Báo cáo thẩm tra số 659/BC-UBTP14 ngày 6/6/2017 của Ủy ban Tư pháp của Quốc hội. "
      "Kế hoạch số 12-KH/TU của Tỉnh ủy của tỉnh Lam Giang. "
      "Quyết định số 13/QĐ-BCĐ của Ban Chỉ đạo của Nguyễn Văn An ký ngày 5/5/2017. "
      "Quyết định số 14/QĐ-UBND ngày 1/1/2017 của Ủy ban nhân dân tỉnh sửa đổi Quyết định số 5/QĐ-UBND.");
  REQUIRE(mentions.size() == 9);
  CHECK(mentions[0].issuer == "Ủy ban nhân dân tỉnh Lam Giang");
  CHECK(mentions[1].issuer == "Uỷ ban Tư pháp");
  CHECK(mentions[2].issuer == "Ủy ban Thường vụ Quốc hội");
  CHECK(mentions[3].issuer == "Tỉnh ủy");
  // An organ named within another's name; "của" before a lower-case word ends it.
  CHECK(mentions[4].issuer == "Ủy ban Tư pháp của Quốc hội");
  CHECK(mentions[5].issuer == "Tỉnh ủy");
  // Word-segmented text: "_" joins a name's syllables.
  const std::vector<IdentifierMention> segmented =
      ExtractIdentifiers("Quyết_định số 15 / QĐ - UBND của Uỷ_ban nhân_dân tỉnh Lam_Giang về việc_làm .");
  REQUIRE(segmented.size() == 1);
  CHECK(segmented[0].issuer == "Uỷ_ban nhân_dân tỉnh Lam_Giang");
  CHECK(segmented[0].subject == "việc_làm");
  // Not into a person's name, nor into what the issuer does next (the review's cases).
  CHECK(mentions[6].issuer == "Ban Chỉ đạo");
  CHECK(mentions[7].issuer == "Ủy ban nhân dân tỉnh");
}

TEST_CASE("an issuer written with the lookalike Ð is read whole") {
  std::vector<IdentifierMention> mentions =
      ExtractIdentifiers("Nghị quyết số 02-NQ/ĐUK của Ban Chấp hành Ðảng bộ Khối. Chỉ thị 03-CT/ĐUK của Ðảng ủy Khối.");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].issuer == "Ban Chấp hành Ðảng bộ Khối");
  CHECK(mentions[1].issuer == "Ðảng ủy Khối");
}

TEST_CASE("an unquoted subject goes on through a list, not into the next clause") {
  auto subject = [](const std::string& text) {
    std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
    REQUIRE(mentions.size() == 1);
    return mentions[0].subject;
  };
  CHECK(subject("Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, "
                "Ban Thường vụ xây dựng kế hoạch.") ==
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
  CHECK(subject("Chỉ thị số 05-CT/TW về học tập và làm theo Bác, chi bộ đã họp.") == "học tập và làm theo Bác");
  CHECK(subject("Nghị quyết 04-NQ/TW về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn suy thoái.") ==
        "tăng cường xây dựng, chỉnh đốn Đảng");
  CHECK(subject("Kế hoạch 12-KH/TU về công tác cán bộ, gắn với thực hiện nhiệm vụ chính trị của các cơ quan Trung ương.") ==
        "công tác cán bộ");
}

TEST_CASE("a document's own number in its header") {
  std::vector<IdentifierMention> mentions =
      ExtractIdentifiers("ĐẢNG ỦY KHỐI\nSố 12-TB/ĐUK\nHà Nội, ngày 3 tháng 4 năm 2019\n"
                         "Căn cứ Số liệu 13-TB/ĐUK");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].header);
  CHECK_FALSE(mentions[1].header);
  // Beside the place and date, as a flattened header prints it.
  CHECK(ExtractIdentifiers("TỈNH ỦY\nSố: 12-CT/TU     Lam Giang, ngày 3 tháng 4 năm 2019").at(0).header);
  // A sentence going on after the number cites it.
  CHECK_FALSE(ExtractIdentifiers("Tin tức\nSố 21-NQ/TW ra đời đã tạo chuyển biến.").at(0).header);
}

TEST_CASE("Quyết định and Quy định are told apart by the word before") {
  auto first = [](const char* text) { return ExtractIdentifiers(text).at(0); };
  CHECK(first("Quyết định số 1049-QĐ/ĐUK").type_word == "Quyết định");
  CHECK(first("quy định 30-QĐ/TW").type_word == "Quy định");
  CHECK(first("theo văn bản 30-QĐ/TW").type_word.empty());
}

TEST_CASE("State numbers give their type and body") {
  IdentifierMention m = ExtractIdentifiers("Nghị định 90/2020/ND-CP").at(0);
  CHECK(m.canonical == "90/2020/NĐ-CP");
  CHECK(m.system == IdentifierSystem::kState);
  CHECK(m.type == "NĐ");
  CHECK(m.body == "CP");
  CHECK(m.year == "2020");
}

TEST_CASE("messy numbers give their system, type and body") {
  auto only = [](const char* text) {
    std::vector<IdentifierMention> mentions = ExtractIdentifiers(text);
    REQUIRE(mentions.size() == 1);
    return mentions[0];
  };
  IdentifierMention party = only("Quyết định số 312 / QĐNS / TW");
  CHECK(party.system == IdentifierSystem::kParty);
  CHECK(party.type == "QĐNS");
  CHECK(party.body == "TW");
  IdentifierMention state = only("Nghị quyết 35 - NQ / CP");
  CHECK(state.system == IdentifierSystem::kState);
  CHECK(state.type == "NQ");
  CHECK(state.body == "CP");
  IdentifierMention law = only("Luật 17/2008/QH 12");
  CHECK(law.canonical == "17/2008/QH12");
  CHECK(law.type == "L");
  CHECK(law.body == "QH");
  CHECK(law.year == "2008");
  // The term after a dot: "QH.11"; a dot ending the sentence before a number is no term.
  CHECK(only("Nghị quyết số 22/2003/QH.11 ngày 26/11/2003").canonical == "22/2003/QH11");
  CHECK(only("Theo Luật 17/2008/QH12. 12 tỉnh đã làm.").canonical == "17/2008/QH12");
  IdentifierMention lettered = only("Nghị quyết 30a/2008/NQ-CP");
  CHECK(lettered.number == "30a");
  CHECK(lettered.type == "NQ");
  IdentifierMention decree = only("Nghị định 36-CP");
  CHECK(decree.system == IdentifierSystem::kState);
  CHECK(decree.body == "CP");
  CHECK(decree.type.empty());
  IdentifierMention edict = only("Sắc lệnh số 15/SL");
  CHECK(edict.type == "SL");
  CHECK(edict.body.empty());
  CHECK(edict.type_word == "Sắc lệnh");
  IdentifierMention swapped = only("Thông báo 512 - TU / TB");
  CHECK(swapped.canonical == "512-TB/TU");
  CHECK(swapped.type == "TB");
  CHECK(swapped.body == "TU");
}

TEST_CASE("an identifier typed alone, as in a query") {
  REQUIRE(ParseIdentifier("  số 05 – CT/TƯ "));
  CHECK(ParseIdentifier("số 05 – CT/TƯ")->canonical == "05-CT/TW");
  CHECK(ParseIdentifier("37-QD/TW")->canonical == "37-QĐ/TW");
  CHECK_FALSE(ParseIdentifier("Chỉ thị 05-CT/TW"));
  CHECK_FALSE(ParseIdentifier("05-CT/TW và 06-CT/TW"));
  CHECK_FALSE(ParseIdentifier("chi bo"));
}

TEST_CASE("extraction is linear on adversarial input") {
  // Each of these would make a backtracking regex explode; here each takes a few milliseconds.
  for (const std::string unit : {"1-", "05 - CT / ", "số", "1/1/", "12-NQ/", "1 - ", "0-A/",
                                 "ngày 19/8/2016 của ", "/2016/",
                                 "1-BNV/", "Sắc lệnh số 1/", "1a/", "1/2016- ", "1 CT/", "QH 1", "A - 1 - ",
                                 "số 1 QĐ-"}) {
    std::string text;
    while (text.size() < testing::BigInputBytes(4u * 1024 * 1024)) text += unit;
    CAPTURE(unit);
    CHECK(ExtractIdentifiers(text).size() <= text.size());
  }
  // Blanks at the start of the text are not read again for each number after them.
  for (const std::string unit : {"1-A ", "12-TB-BC ", "12/CV/VPF/2011, "}) {
    std::string text(testing::BigInputBytes(1024 * 1024), ' ');
    while (text.size() < testing::BigInputBytes(2u * 1024 * 1024)) text += unit;
    CAPTURE(unit);
    CHECK(ExtractIdentifiers(text).size() <= text.size());
  }
}

}  // namespace
TEST_CASE("an old number of a type alone parses back as itself, as the index keys it") {
  // Text reads "03-TT" only after a type's name ("Thông tri số 03-TT"); alone it is looked up.
  for (const char* canonical : {"03-TT", "58-SL", "15/SL", "04/TT", "03/NĐ-76", "00/QDI"}) {
    CAPTURE(canonical);
    const std::optional<IdentifierMention> parsed = ParseIdentifier(canonical);
    REQUIRE(parsed);
    CHECK(parsed->canonical == canonical);
    CHECK(parsed->span.begin == 0);
    CHECK(parsed->span.end == std::string_view(canonical).size());
  }
  CHECK_FALSE(ParseIdentifier("03-xyz"));
  CHECK_FALSE(ParseIdentifier("03/X"));
  CHECK_FALSE(ParseIdentifier("03/X.Y"));
  CHECK_FALSE(ParseIdentifier("03/"));
  // A type whose code is spelled in mixed case ("TTr": Tờ trình) reads back however the text
  // wrote it, in capitals or as spelled (found by the identifiers fuzz target in CI).
  for (const char* text : {"Kế hoạch số 15-TTR", "Kế hoạch số 15/TTR", "Tờ trình số 15 - TTR", "Tờ trình số 15-TTr"}) {
    CAPTURE(text);
    const std::vector<IdentifierMention> typed = ExtractIdentifiers(text);
    REQUIRE(typed.size() == 1);
    CHECK(typed[0].canonical.find("TTr") != std::string::npos);
    const std::optional<IdentifierMention> again = ParseIdentifier(typed[0].canonical);
    REQUIRE(again);
    CHECK(again->canonical == typed[0].canonical);
  }
  CHECK(ExtractIdentifiers("Tờ trình số 15-ttr").empty());
  // A body in mixed case is read alone ("36-Cp"), not with departments after it, which in
  // capitals would be another number's Party punctuation ("12-CP/QH" is 12/CP-QH).
  CHECK(ExtractIdentifiers("số 12-Cp/QH").empty());
  const std::vector<IdentifierMention> found = ExtractIdentifiers("Thông tri số 03-TT\"\"/TW bàn về bầu cử.");
  REQUIRE(found.size() == 1);
  CHECK(ParseIdentifier(found[0].canonical)->canonical == found[0].canonical);
}

TEST_CASE("a State number written with Party punctuation reads back as the State form is read") {
  // The type segment of a State body's number is spelled as the State form reads it back, even
  // when it names no State type (found by the identifiers fuzz target in CI).
  // Its type, body and system read back too; a type of the Party's only keeps the Party form.
  for (const char* text : {"Công văn số 241-DD/BTC", "số 35 - NQ / CP", "Số 12-CV/BTC", "Quy định số 08-QĐi/BYT",
                           "Văn bản số 02-bS/BTC", "số 02-Bs/BTC", "0-CPPP90/HDND-ND", "số 12-CP/QH",
                           "Căn cứ Quy định 12 - QDI/BCA của Bộ", "số 01 - QH/BTC", "số 12 - QĐNS/BCA"}) {
    const IdentifierMention read = ReadsAndParsesBack(text);
    const IdentifierMention again = *ParseIdentifier(read.canonical);
    CHECK(again.type == read.type);
    CHECK(again.body == read.body);
    CHECK(again.system == read.system);
  }
  CHECK(ReadsAndParsesBack("Căn cứ Quy định 12 - QDI/BCA của Bộ").canonical == "12-QĐi/BCA");
  CHECK(ReadsAndParsesBack("Văn bản số 02-bS/BTC").canonical == "02-BS/BTC");
}

TEST_CASE("a number of a body no table knows is read after its type's name") {
  // Old and local bodies are many ("Sắc lệnh số 16-NV" of a ministry of the interior, "Công văn
  // số 173/BTTM" of a general staff); cited by their type's name, their code is believed.
  const std::vector<std::pair<const char*, const char*>> cited = {
      {"Sắc lệnh số 16-NV thành lập tỉnh", "16-NV"},
      {"Công văn số 173/BTTM, tổ chức", "173/BTTM"},
      {"theo công văn số: 038/KCT, ngày 13", "38/KCT"},
      {"Quyết định số 903/QP thành lập", "903/QP"},
      {"Công_văn số 123 / SYT về", "123/SYT"},
      {"Quyết định 214/BTM giao", "214/BTM"},
      {"Ngô Đình Diệm ký Sắc lệnh 143/VN để", "143/VN"},
      // "văn bản số" cites a number as a type's name does.
      {"Sở vừa có văn bản số 834/SGTVT gửi", "834/SGTVT"},
      {"Văn_bản số 626 / SKHĐT khẳng_định", "626/SKHĐT"},
  };
  for (const auto& [text, canonical] : cited) {
    const IdentifierMention found = ReadsAndParsesBack(text, canonical);
    CHECK(found.body == std::string(canonical).substr(std::string(canonical).find_first_of("-/") + 1));
  }
  // Without the type's name, or not in capitals, or a code too short, too long or with more
  // after it, or a known type glued to a known body (a hyphen left out), it is no number.
  for (const char* text : {"đoạn 16-NV thành", "số 16-NV", "Công văn số 12/abc",
                           "Công văn số 12/X về", "Công văn số 12/ABCDEFGHI về",
                           "Sắc lệnh số 16 - NV thành", "Kế hoạch số 15-QDI về", "văn bản 834/SGTVT gửi",
                           "bản số 834/SGTVT gửi", "văn bản số 834/sgtvt gửi", "văn bản số 216/SGD & ĐT - VP"}) {
    CAPTURE(text);
    CHECK(ExtractIdentifiers(text).empty());
  }
  // The Council of Ministers (1981–1992) is a body the table knows: no type's name is needed.
  const std::vector<IdentifierMention> council = ExtractIdentifiers("theo 388-HĐBT và 81/HĐBT");
  REQUIRE(council.size() == 2);
  CHECK(council[0].canonical == "388-HĐBT");
  CHECK(council[1].canonical == "81/HĐBT");
}

TEST_CASE("a State type and body written together or a blank apart are read as one symbol") {
  // The hyphen left out ("NĐCP"), or a blank for it where nothing goes on; a code a table knows
  // whole is not split ("TTCP" is the Government Inspectorate).
  const std::vector<std::pair<const char*, const char*>> cited = {
      {"Nghị định 185/NĐCP quy định", "185/NĐ-CP"},
      {"theo Nghị định số 121/2003/NĐCP của Chính phủ", "121/2003/NĐ-CP"},
      {"Quyết định 201/QĐTTg ngày 12/1", "201/QĐ-TTg"},
      {"Thông tư liên tịch số 06/2013/TTLTBCA-BQP-BTC", "06/2013/TTLT-BCA-BQP-BTC"},
      {"Nghị định số 30/2020/NĐ CP ngày", "30/2020/NĐ-CP"},
      {"theo 15/2016/TT BTC, các", "15/2016/TT-BTC"},
      {"Nghị định 30/2020/NĐ CP-ngày 5/3/2020", "30/2020/NĐ-CP"},  // a lower-case word glued on
      {"Điều 12 NĐ 112/2007 NĐCP ngày 26.6.2007", "112/2007/NĐ-CP"},  // and the slash left out
      {"văn bản số 76/TTCP-C.I ngày", "76/TTCP-C.I"},
  };
  for (const auto& [text, canonical] : cited) ReadsAndParsesBack(text, canonical);
  // Not a State type and body: no split, no blank read as a dash.
  for (const char* text : {"số 12/ABCD gửi", "số 30/2020/NĐ cp ngày", "số 30/2020/NĐ CP-BTP ngày", "số 30/2020/NĐ CP - 2 ngày"}) {
    CAPTURE(text);
    for (const IdentifierMention& m : ExtractIdentifiers(text)) CHECK(m.canonical.find("-CP") == std::string::npos);
  }
}

TEST_CASE("numbers of two readings parse back as themselves") {
  // QH is Quy hoạch's code and the National Assembly's; QĐI is Quy định's in capitals.
  ReadsAndParsesBack("Kế hoạch số 184/QH-76 của", "184/QH-76");
  ReadsAndParsesBack("Quy định số 1/QĐI-TW về", "01-QĐi/TW");
}

TEST_CASE("a cited number of an unusual shape is read whole, as written") {
  // Shapes no table rule reads, after the type's name or "số": a year after the symbol, a code
  // with its number, old numbers all in hyphens or with departments after an unknown body, a dot
  // for the dash. Blanks are dropped, dashes written "-", codes spelled as the table spells them.
  const std::vector<std::pair<const char*, const char*>> cited = {
      {"Theo Nghị định 92/CP/2015 về an ninh", "92/CP/2015"},
      {"bằng 2 công văn số 26/CV/VPF/2012 và", "26/CV/VPF/2012"},
      {"Quyết định số 73/QĐ-BCĐ389/TP ngày 5/5", "73/QĐ-BCĐ389/TP"},
      {"theo Quyết định số 103-NQ-TVQH của Ủy ban", "103-NQ-TVQH"},
      {"Nghị định số 709-BNV-HC ngày 21", "709-BNV-HC"},
      {"nghị định số 357-ĐUHC/NC/NĐ ngày 5", "357-ĐUHC/NC/NĐ"},
      {"theo quyết định số 3109/QĐ.UB-KH vào", "3109/QĐ.UB-KH"},
      {"ra Quyết định số: 14 – VH – QD thành lập", "14-VH-QĐ"},
      {"Công văn số 12/VPF-CV-2012.", "12/VPF-CV-2012"},
      // A slash after a year next to the number, as the State shape writes it.
      {"Theo Thông tư 02/2017 - BYT, nhiều", "02/2017/BYT"},
      {"Nghị quyết số 19- 2017/NQ-CP ngày", "19-2017/NQ-CP"},
  };
  for (const auto& [text, canonical] : cited) ReadsAndParsesBack(text, canonical);
  // The second of a list is cited by the first: after "và" or a comma, a number with a symbol.
  CHECK(Describe(ExtractIdentifiers("bằng 2 công văn 26/CV/VPF/2012 và 29/CV/VPF/2012.")) ==
        "26/CV/VPF/2012 ; 29/CV/VPF/2012");
  CHECK(Describe(ExtractIdentifiers("công văn 26/CV/VPF/2012, 29/CV/VPF/2012 và 30/CV/VPF/2012")) ==
        "26/CV/VPF/2012 ; 29/CV/VPF/2012 ; 30/CV/VPF/2012");
  CHECK(Describe(ExtractIdentifiers("tổ 12 và 29/CV/VPF/2012")).empty());
  const IdentifierMention decree = ReadsAndParsesBack("Nghị định 92/CP/2015 về");
  CHECK(decree.system == IdentifierSystem::kState);
  CHECK(decree.body == "CP");
  CHECK(decree.year == "2015");
  CHECK(decree.number == "92");
  // The codes' spelling and the mention's type and body: the first code's type, the first body
  // among the first two codes; a department keeps its D as in the State shape.
  const IdentifierMention dotted = ReadsAndParsesBack("theo quyết định số 3109/QĐ.UBND-KH vào");
  CHECK(dotted.type == "QĐ");
  CHECK(dotted.body == "UBND");
  ReadsAndParsesBack("Công văn số 59/BVUB-DD-2019 của bệnh viện", "59/BVUB-DD-2019");
  ReadsAndParsesBack("Đề án số 5 - 2015/ĐA-T.Ư về", "05-2015/ĐA-TW");
  ReadsAndParsesBack("Quy định số 12-QĐI-ĐU-2019 về", "12-QĐi-ĐU-2019");
  // A body after a type is no department: its D is read as Đ; a code kept with its D is no body.
  const IdentifierMention plan = ReadsAndParsesBack("Kế hoạch số 12-KH-DU-2019 về", "12-KH-ĐU-2019");
  CHECK(plan.body == "ĐU");
  CHECK(plan.system == IdentifierSystem::kParty);
  ReadsAndParsesBack("Quyết định số 12/QĐ-DD-2019 về", "12/QĐ-ĐĐ-2019");
  const IdentifierMention letter = ReadsAndParsesBack("Công văn số 59/BVUB-DD/2019 của", "59/BVUB-DD/2019");
  CHECK(letter.body.empty());
  CHECK(letter.system == IdentifierSystem::kState);
  // A code both a type and a body (QH) is the type first; the body is the next code.
  const IdentifierMention planning = ReadsAndParsesBack("Quy hoạch số 12-QH-TU-2019 về", "12-QH-TU-2019");
  CHECK(planning.type == "QH");
  CHECK(planning.body == "TU");
  // A Party body in dotted initials.
  ReadsAndParsesBack("Đề án số 5 - 2015/ĐA-T.W về", "05-2015/ĐA-TW");
  ReadsAndParsesBack("Đề án số 5 - 2015/ĐA-H.U về", "05-2015/ĐA-HU");
  // A form a regular rule reads once written canonically is that rule's: it reads back as itself.
  ReadsAndParsesBack("Chỉ thị số 05/2012 - CT/TU về", "05/2012/CT-TU");
  ReadsAndParsesBack("Nghị quyết số 19 - 2017/NQ/CP về", "19-2017/NQ-CP");
  ReadsAndParsesBack("Công văn số 12/2019 - UBND/VP về", "12/2019/UBND-VP");
  // Not cited; no code a table knows; a part not written as a code; two years; digits that are no
  // year; more glued on after it; more parts than six: nothing is read. Nor after a noun and
  // "số" that names no document, nor listed after a plate.
  for (const char* text : {"tờ bản đồ số 12-TB-2015 của xã", "nhà số 12-TT-HN ở", "biển số 14-HD-2019 của xe",
                           "Mẫu số 01/TB-ĐKT-2019 ban hành", "xe 29A-123.45, 12-TB-BC và", "Trạm BTS số 15-TB-HU đặt",
                           "tờ bản đồ số 12-TB-2015; 13-TB-2016 của", "Mẫu số 01/TB, 02/TB-ĐKT-2019 về",
                           "thửa đất số 12/A, 14-HD-2019 ở"}) {
    CAPTURE(text);
    CHECK(ExtractIdentifiers(text).empty());
  }
  for (const char* text : {"đoạn 92/CP/2015 thành", "Công văn số 13/HATA/2015 về", "Công văn số 13/ABC-XYZ/2015 về",
                           "Quyết định số 12/Qđ-Ub/2015 về", "Công văn số 12/CV/2011/2012 về",
                           "Nghị định số 252/NB-51 của", "Quyết định số 12/QĐ-UB/123 về", "Công văn số 12/CV/2011a về",
                           "Công văn số 12/CV/AB/CD/EF/GH/IJ/KL về"}) {
    CAPTURE(text);
    CHECK(ExtractIdentifiers(text).empty());
  }
}

TEST_CASE("a blank for the hyphen of an old number, after its type's name") {
  // "Nghị định số 26 CP ngày 9/7/1960": a code of the Government's old numbers (CP, TTg, HĐBT),
  // or a body no table knows after Sắc lệnh or Nghị định, written as a code and ending the number.
  const std::vector<std::pair<const char*, const char*>> cited = {
      {"Nghị định số 26 CP  ngày 9/7/1960", "26-CP"},
      {"Quyết định số 145 CP ngày 18/8/1969", "145-CP"},
      {"Quyết định 12 TTg, về", "12-TTg"},
      {"Nghị định số 30 HĐBT.", "30-HĐBT"},
      {"ban hành sắc lệnh số 174 NV, trong đó", "174-NV"},
  };
  for (const auto& [text, canonical] : cited) ReadsAndParsesBack(text, canonical);
  // Without the type's name, not written as a code, going on after the code, two blanks, or a
  // type's code rather than a body's: no number.
  for (const char* text : {"có 26 CP ngày", "Nghị định số 26 cp ngày", "Nghị định số 12 CP/HĐ về",
                           "Quyết định số 1234 UBND tỉnh phê duyệt", "Công văn số 5 SYT gửi",
                           "Nghị định số 5 CP - 2 về", "Nghị định số 5 CP 2 về", "Nghị định số 26  CP ngày",
                           "Nghị định số 5 NĐ ngày"}) {
    CAPTURE(text);
    CHECK(ExtractIdentifiers(text).empty());
  }
}

TEST_CASE("a number typed to be looked up also stands for its spellings with D read as Đ") {
  using Spellings = std::vector<std::string>;
  CHECK(TypedSpellings("32/HD-EPC") == Spellings{"32/HD-EPC", "32/HĐ-EPC"});
  CHECK(TypedSpellings("05-CT/TW") == Spellings{"05-CT/TW"});
  CHECK(TypedSpellings("37-QĐ/TW") == Spellings{"37-QĐ/TW"});  // read as Đ already
  // Each spelling is the canonical form it parses to, once; a D may be read as Đ alone or with
  // the others; past three D, only all of them are.
  for (const char* typed : {"32/HD-EPC", "15/HD-DHQG", "7/KH-BDH-DDBQ", "120/CV-DDDD"}) {
    const Spellings spellings = TypedSpellings(ParseIdentifier(typed)->canonical);
    CAPTURE(typed, spellings);
    CHECK(spellings.front() == ParseIdentifier(typed)->canonical);
    CHECK(std::set<std::string>(spellings.begin(), spellings.end()).size() == spellings.size());
    for (const std::string& spelling : spellings) {
      REQUIRE(ParseIdentifier(spelling));
      CHECK(ParseIdentifier(spelling)->canonical == spelling);
    }
  }
  CHECK(TypedSpellings("15/HD-DHQG").size() == 4);
  CHECK(TypedSpellings("120/CV-DDDD").size() == 2);
  // An old number of one code is found with either punctuation, as each is kept as written.
  CHECK(TypedSpellings("36-CP") == Spellings{"36-CP", "36/CP"});
  CHECK(TypedSpellings("36/CP") == Spellings{"36/CP", "36-CP"});
  CHECK(TypedSpellings("15/SL") == Spellings{"15/SL", "15-SL"});
  CHECK(TypedSpellings("1234/BTC") == Spellings{"1234/BTC", "1234-BTC"});
  // A State number joined to its year by a hyphen or a slash.
  CHECK(TypedSpellings("19-2018/NQ-CP") == Spellings{"19-2018/NQ-CP", "19/2018/NQ-CP"});
  CHECK(TypedSpellings("43/2014/NĐ-CP") == Spellings{"43/2014/NĐ-CP", "43-2014/NĐ-CP"});
}

}  // namespace vankien::analysis
