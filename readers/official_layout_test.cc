#include "readers/official_layout.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "readers/text_cleanup.h"

// Every document here is a sample written for these tests: the organs, places, numbers and
// people are invented ("Tỉnh ủy Lam Giang" does not exist).
namespace vankien::readers {
namespace {

using analysis::IdentifierSystem;

std::string_view Slice(std::string_view text, analysis::TextSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

// The text the layout leaves as content: outside the header, signature and recipients, with
// whitespace collapsed.
std::string Content(std::string_view text, const OfficialLayout& layout) {
  std::string kept;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool layout_byte = [&] {
      for (analysis::TextSpan span : {layout.header, layout.signature, layout.recipients}) {
        if (i >= span.begin && i < span.end) return true;
      }
      return false;
    }();
    kept += layout_byte ? ' ' : text[i];
  }
  return CollapseWhitespace(kept);
}

// The Tỉnh ủy sample of the brief's layout, as extraction from a PDF keeps the columns apart
// with runs of spaces.
const char kProvinceSideBySide[] =
    "ĐẢNG BỘ TỈNH LAM GIANG                ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "TỈNH ỦY                               Lam Giang, ngày 3 tháng 4 năm 2019\n"
    "    *\n"
    "Số 12-CT/TU\n"
    "                          CHỈ THỊ\n"
    "         về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận\n"
    "\n"
    "Thời gian qua, công tác dân vận của tỉnh có nhiều chuyển biến.\n"
    "\n"
    "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau.\n"
    "\n"
    "                                        T/M BAN THƯỜNG VỤ\n"
    "Nơi nhận:                              BÍ THƯ\n"
    "- Các đồng chí Tỉnh ủy viên,           (đã ký)\n"
    "- Lưu Văn phòng Tỉnh ủy.            Nguyễn Văn A\n";

void CheckProvinceDirective(std::string_view text) {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->system == IdentifierSystem::kParty);
  CHECK(layout->number == "12-CT/TU");
  CHECK(layout->identifier == "12-CT/TU");
  CHECK(layout->type == "CT");
  CHECK(layout->type_word == "Chỉ thị");
  CHECK(layout->body == "TU");
  CHECK(layout->issuer == "Tỉnh ủy Lam Giang");
  CHECK(layout->parent == "Đảng bộ tỉnh Lam Giang");
  CHECK(layout->place == "Lam Giang");
  REQUIRE(layout->date);
  CHECK(layout->date->ToIso() == "2019-04-03");
  CHECK(layout->subject == "về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận");
  CHECK(layout->title == "Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận");
  CHECK(layout->signer_title == "T/M Ban Thường vụ — Bí thư");
  CHECK(layout->signer == "Nguyễn Văn A");
  CHECK(Content(text, *layout) ==
        "Thời gian qua, công tác dân vận của tỉnh có nhiều chuyển biến. "
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau.");
  CHECK(Slice(text, layout->recipients).find("Nơi nhận") == 0);
}

TEST_CASE("a Tỉnh ủy directive with its columns side by side") {
  CheckProvinceDirective(kProvinceSideBySide);
}

TEST_CASE("the same directive with the runs of spaces collapsed, as the .txt reader cleans it") {
  std::size_t invalid = 0;
  CheckProvinceDirective(CleanText(kProvinceSideBySide, &invalid));
}

TEST_CASE("the same directive with the left column first, then the right one") {
  CheckProvinceDirective(
      "ĐẢNG BỘ TỈNH LAM GIANG\n"
      "TỈNH ỦY\n"
      "*\n"
      "Số 12-CT/TU\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Lam Giang, ngày 3 tháng 4 năm 2019\n"
      "\n"
      "CHỈ THỊ\n"
      "về tăng cường sự lãnh đạo của Đảng\n"
      "đối với công tác dân vận\n"
      "\n"
      "Thời gian qua, công tác dân vận của tỉnh có nhiều chuyển biến.\n"
      "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau.\n"
      "T/M BAN THƯỜNG VỤ\n"
      "BÍ THƯ\n"
      "(đã ký)\n"
      "Nguyễn Văn A\n"
      "Nơi nhận:\n"
      "- Các đồng chí Tỉnh ủy viên,\n"
      "- Lưu Văn phòng Tỉnh ủy.\n");
}

TEST_CASE("the same directive with the columns interleaved line by line") {
  CheckProvinceDirective(
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "ĐẢNG BỘ TỈNH LAM GIANG\n"
      "Lam Giang, ngày 3 tháng 4 năm 2019\n"
      "TỈNH ỦY\n"
      "Số: 12-CT/TU\n"
      "CHỈ THỊ\n"
      "về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận\n"
      "Thời gian qua, công tác dân vận của tỉnh có nhiều chuyển biến.\n"
      "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau.\n"
      "Nơi nhận:\n"
      "T/M BAN THƯỜNG VỤ\n"
      "- Các đồng chí Tỉnh ủy viên,\n"
      "BÍ THƯ\n"
      "- Lưu Văn phòng Tỉnh ủy.\n"
      "(đã ký)\n"
      "Nguyễn Văn A\n");
}

TEST_CASE("a Politburo conclusion: the Central Committee's header, the organ that signs") {
  const std::string text =
      "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "          *\n"
      "Số 921-KL/TW                      Hà Nội, ngày 12 tháng 10 năm 2031\n"
      "\n"
      "KẾT LUẬN\n"
      "của Bộ Chính trị về công tác mẫu của các cấp ủy\n"
      "-----\n"
      "Bộ Chính trị kết luận như sau.\n"
      "\n"
      "T/M BỘ CHÍNH TRỊ\n"
      "(đã ký)\n"
      "Trần Văn Mẫu\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->identifier == "921-KL/TW");
  CHECK(layout->type == "KL");
  CHECK(layout->type_word == "Kết luận");
  CHECK(layout->body == "TW");
  CHECK(layout->issuer == "Bộ Chính trị");
  CHECK(layout->parent.empty());
  CHECK(layout->place == "Hà Nội");
  CHECK(layout->date->ToIso() == "2031-10-12");
  CHECK(layout->title == "Kết luận của Bộ Chính trị về công tác mẫu của các cấp ủy");
  CHECK(layout->signer_title == "T/M Bộ Chính trị");
  CHECK(layout->signer == "Trần Văn Mẫu");
  CHECK(layout->recipients.empty());
  CHECK(Content(text, *layout) == "Bộ Chính trị kết luận như sau.");
}

TEST_CASE("a Secretariat directive with TM. and a name printed in capitals") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 98-CT/TW\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 2 tháng 1 năm 2032\n\n"
      "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề công tác mẫu\n\nNội dung chỉ thị.\n\n"
      "TM. BAN BÍ THƯ\nLÊ THỊ MẪU\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "98-CT/TW");
  CHECK(layout->issuer == "Ban Bí thư");
  CHECK(layout->subject == "CỦA BAN BÍ THƯ về công tác mẫu");
  CHECK(layout->title == "Chỉ thị của Ban Bí thư về công tác mẫu");
  CHECK(layout->signer_title == "TM. Ban Bí thư");
  CHECK(layout->signer == "Lê Thị Mẫu");
}

TEST_CASE("a Huyện ủy plan signed by a deputy, the number spaced as typists space it") {
  const std::string text =
      "ĐẢNG BỘ TỈNH LAM GIANG     ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "HUYỆN ỦY ĐÔNG SƠN      Đông Sơn, ngày 15 tháng 6 năm 2030\n"
      "Số 45 - KH/HU\n"
      "KẾ HOẠCH\n"
      "thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy\n"
      "\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "Quán triệt sâu rộng.\n"
      "K/T BÍ THƯ\n"
      "PHÓ BÍ THƯ\n"
      "(Đã ký)\n"
      "Phạm Thị Mẫu\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->number == "45 - KH/HU");
  CHECK(layout->identifier == "45-KH/HU");
  CHECK(layout->type == "KH");
  CHECK(layout->issuer == "Huyện ủy Đông Sơn");
  CHECK(layout->parent == "Đảng bộ tỉnh Lam Giang");
  CHECK(layout->place == "Đông Sơn");
  CHECK(layout->date->ToIso() == "2030-06-15");
  CHECK(layout->title == "Kế hoạch thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy");
  CHECK(layout->signer_title == "K/T Bí thư — Phó Bí thư");
  CHECK(layout->signer == "Phạm Thị Mẫu");
  CHECK(Content(text, *layout) == "I. MỤC ĐÍCH, YÊU CẦU Quán triệt sâu rộng.");
}

TEST_CASE("a Đảng ủy Khối guide without the star, in mixed case, the type beside its subject") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "Đảng ủy Khối các cơ quan tỉnh   Đảng Cộng sản Việt Nam\n"
      "Số 03-HD/ĐUK   Lam Giang, ngày 20/5/2031\n"
      "HƯỚNG DẪN về sinh hoạt chi bộ mẫu\n"
      "Các chi bộ thực hiện như sau.\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "03-HD/ĐUK");
  CHECK(layout->type_word == "Hướng dẫn");
  CHECK(layout->issuer == "Đảng ủy Khối các cơ quan tỉnh");
  CHECK(layout->date->ToIso() == "2031-05-20");
  CHECK(layout->subject == "về sinh hoạt chi bộ mẫu");
  CHECK(layout->title == "Hướng dẫn về sinh hoạt chi bộ mẫu");
  CHECK(layout->signer.empty());
  CHECK(layout->signature.empty());
}

TEST_CASE("a Chi bộ resolution under a commune's Party organisation") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ THÔN ĐÔNG\n*\nSố 05-NQ/CB\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\nThôn Đông, ngày 10 tháng 1 năm 2031\n\n"
      "NGHỊ QUYẾT\nvề nhiệm vụ năm 2031\n\nChi bộ thống nhất.\n\n"
      "T/M CHI BỘ\nBÍ THƯ\nĐỗ Văn Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "05-NQ/CB");
  CHECK(layout->type == "NQ");
  CHECK(layout->issuer == "Chi bộ thôn Đông");
  CHECK(layout->parent == "Đảng bộ xã Hòa Bình");
  CHECK(layout->place == "Thôn Đông");
  CHECK(layout->title == "Nghị quyết về nhiệm vụ năm 2031");
  CHECK(layout->signer_title == "T/M Chi bộ — Bí thư");
  CHECK(layout->signer == "Đỗ Văn Mẫu");
}

TEST_CASE("a commune Đảng ủy report typed without diacritics") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "DANG BO HUYEN DONG SON\nDANG UY XA HOA BINH\n*\nSo: 20-BC/DU\n"
      "DANG CONG SAN VIET NAM\nHoa Binh, ngay 30 thang 11 nam 2030\n\n"
      "BAO CAO\nket qua cong tac mau nam 2030\n\nNam qua, Dang bo da lam tot.\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "20-BC/ĐU");
  CHECK(layout->type_word == "Báo cáo");
  CHECK(layout->body == "ĐU");
  // The known names are spelled properly, the rest is left without its marks.
  CHECK(layout->issuer == "Đảng ủy xa Hoa Binh");
  CHECK(layout->parent == "Đảng bộ huyen Dong Son");
  CHECK(layout->date->ToIso() == "2030-11-30");
  CHECK(layout->title == "Báo cáo ket qua cong tac mau nam 2030");
}

TEST_CASE("a Government decree in the State layout") {
  const std::string text =
      "CHÍNH PHỦ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "                          Độc lập - Tự do - Hạnh phúc\n"
      "-------                   ---------------\n"
      "Số: 47/2031/NĐ-CP         Hà Nội, ngày 05 tháng 3 năm 2031\n"
      "\n"
      "NGHỊ ĐỊNH\n"
      "Về quản lý hồ sơ mẫu\n"
      "_______\n"
      "Căn cứ Luật Tổ chức Chính phủ;\n"
      "Chính phủ ban hành Nghị định về quản lý hồ sơ mẫu.\n"
      "\n"
      "Nơi nhận:                           TM. CHÍNH PHỦ\n"
      "- Ban Bí thư Trung ương Đảng;      THỦ TƯỚNG\n"
      "- Lưu: VT, VP.                      (Đã ký)\n"
      "                                    Nguyễn Văn Mẫu\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->system == IdentifierSystem::kState);
  CHECK(layout->number == "47/2031/NĐ-CP");
  CHECK(layout->identifier == "47/2031/NĐ-CP");
  CHECK(layout->type == "NĐ");
  CHECK(layout->type_word == "Nghị định");
  CHECK(layout->body == "CP");
  CHECK(layout->issuer == "Chính phủ");
  CHECK(layout->place == "Hà Nội");
  CHECK(layout->date->ToIso() == "2031-03-05");
  CHECK(layout->subject == "Về quản lý hồ sơ mẫu");
  CHECK(layout->title == "Nghị định về quản lý hồ sơ mẫu");
  CHECK(layout->signer_title == "TM. Chính phủ — Thủ tướng");
  CHECK(layout->signer == "Nguyễn Văn Mẫu");
  CHECK(Content(text, *layout) ==
        "Căn cứ Luật Tổ chức Chính phủ; Chính phủ ban hành Nghị định về quản lý hồ sơ mẫu.");
}

TEST_CASE("a provincial People's Committee decision, its name on two lines") {
  const std::string text =
      "ỦY BAN NHÂN DÂN\nTỈNH LAM GIANG\n-------\nSố: 15/2031/QĐ-UBND\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Lam Giang, ngày 1 tháng 7 năm 2031\n\n"
      "QUYẾT ĐỊNH\nBan hành Quy chế mẫu về lưu trữ\n\n"
      "ỦY BAN NHÂN DÂN TỈNH LAM GIANG\n\nCăn cứ Luật mẫu;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Mẫu\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->system == IdentifierSystem::kState);
  CHECK(layout->identifier == "15/2031/QĐ-UBND");
  CHECK(layout->type == "QĐ");
  CHECK(layout->type_word == "Quyết định");
  CHECK(layout->body == "UBND");
  CHECK(layout->issuer == "Ủy ban nhân dân tỉnh Lam Giang");
  CHECK(layout->title == "Quyết định ban hành Quy chế mẫu về lưu trữ");
  CHECK(layout->signer_title == "TM. Ủy ban nhân dân — KT. Chủ tịch — Phó Chủ tịch");
  CHECK(layout->signer == "Trần Thị Mẫu");
  CHECK(Content(text, *layout) ==
        "ỦY BAN NHÂN DÂN TỈNH LAM GIANG Căn cứ Luật mẫu; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo.");
}

TEST_CASE("a notice with a confidentiality mark above the header") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "MẬT\nTHÀNH ỦY LAM GIANG\n*\nSố 7-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Lam Giang, ngày 8 tháng 8 năm 2030\nTHÔNG BÁO\nkết luận của Thường trực Thành ủy\nNội dung.\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "07-TB/TU");
  CHECK(layout->issuer == "Thành ủy Lam Giang");
  CHECK(layout->parent.empty());
  CHECK(layout->title == "Thông báo kết luận của Thường trực Thành ủy");
}

TEST_CASE("a saved web page: the page's title and date above a document's whole header") {
  const std::string text =
      "Thông báo kết luận của Ban Thường vụ về công tác mẫu năm 2031\n"
      "10:15, ngày 06-12-2031\n"
      "\n"
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\n"
      "ĐẢNG ỦY KHỐI\n"
      "*\n"
      "Số 31-TB/ĐUK\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Lam Giang, ngày 05 tháng 12 năm 2031\n"
      "\n"
      "THÔNG BÁO KẾT LUẬN\n"
      "của Ban Thường vụ Đảng ủy Khối về công tác mẫu năm 2031\n"
      "\n"
      "Ban Thường vụ kết luận như sau.\n"
      "\n"
      "T/M BAN THƯỜNG VỤ\n"
      "PHÓ BÍ THƯ\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(text);
  REQUIRE(layout);
  CHECK(layout->identifier == "31-TB/ĐUK");
  CHECK(layout->type_word == "Thông báo");
  CHECK(layout->issuer == "Đảng ủy Khối");
  CHECK(layout->parent == "Đảng bộ khối các cơ quan tỉnh");
  CHECK(layout->date->ToIso() == "2031-12-05");
  CHECK(layout->subject == "KẾT LUẬN của Ban Thường vụ Đảng ủy Khối về công tác mẫu năm 2031");
  CHECK(layout->title == "Thông báo kết luận của Ban Thường vụ Đảng ủy Khối về công tác mẫu năm 2031");
  CHECK(layout->signer_title == "T/M Ban Thường vụ — Phó Bí thư");
  CHECK(layout->signer.empty());
  CHECK(Slice(text, layout->header).find("ĐẢNG BỘ KHỐI") == 0);
  CHECK(Content(text, *layout) ==
        "Thông báo kết luận của Ban Thường vụ về công tác mẫu năm 2031 10:15, ngày 06-12-2031 "
        "Ban Thường vụ kết luận như sau.");
}

TEST_CASE("a ministry's circular signed by the minister in person") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "BỘ NỘI VỤ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "-------                    Độc lập - Tự do - Hạnh phúc\n"
      "Số: 09/2031/TT-BNV         Hà Nội, ngày 10 tháng 10 năm 2031\n\n"
      "THÔNG TƯ\nHướng dẫn mẫu về lưu trữ hồ sơ điện tử\n\n"
      "Căn cứ Nghị định mẫu;\nBộ trưởng ban hành Thông tư.\n\n"
      "Nơi nhận:                      BỘ TRƯỞNG\n"
      "- Như trên;\n"
      "- Lưu: VT.                     (Đã ký)\n\n"
      "                               Lê Văn Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->type == "TT");
  CHECK(layout->type_word == "Thông tư");
  CHECK(layout->issuer == "Bộ Nội vụ");  // the code table's spelling
  CHECK(layout->title == "Thông tư hướng dẫn mẫu về lưu trữ hồ sơ điện tử");
  CHECK(layout->signer_title == "Bộ trưởng");
  CHECK(layout->signer == "Lê Văn Mẫu");
}

TEST_CASE("an office alone in the body is no signature without a name") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "TỈNH ỦY LAM GIANG\n*\nSố 16-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTHÔNG BÁO\nphân công công tác\n\n"
      "BÍ THƯ\nphụ trách chung.\n");
  REQUIRE(layout);
  CHECK(layout->signature.empty());
  CHECK(layout->signer_title.empty());
}

TEST_CASE("a Huyện ủy letter: the V/v line stands for the type line") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "ĐẢNG BỘ TỈNH LAM GIANG             ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "HUYỆN ỦY ĐÔNG SƠN\n*\n"
      "Số 120-CV/HU                       Đông Sơn, ngày 9 tháng 9 năm 2031\n"
      "V/v triển khai công tác mẫu\n\n"
      "Kính gửi: Các chi, đảng bộ trực thuộc.\n\nThường trực Huyện ủy đề nghị.\n\n"
      "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nHà Thị Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->type == "CV");
  CHECK(layout->type_word == "Công văn");
  CHECK(layout->subject == "triển khai công tác mẫu");
  CHECK(layout->title == "Công văn về việc triển khai công tác mẫu");
  CHECK(layout->signer_title == "T/L Ban Thường vụ — Chánh Văn phòng");
  CHECK(layout->signer == "Hà Thị Mẫu");
}

TEST_CASE("a header typed in mixed case, its type line too") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "Đảng bộ tỉnh Lam Giang\nTỉnh ủy\n*\nSố 15-NQ/TU\nĐảng Cộng sản Việt Nam\n"
      "Lam Giang, ngày 1 tháng 2 năm 2032\n\nNghị quyết\nvề phát triển mẫu đến năm 2035\n\n"
      "Nội dung nghị quyết.\n\nT/M Tỉnh ủy\nBí thư\nNguyễn Thị Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->issuer == "Tỉnh ủy Lam Giang");
  CHECK(layout->parent == "Đảng bộ tỉnh Lam Giang");
  CHECK(layout->title == "Nghị quyết về phát triển mẫu đến năm 2035");
  CHECK(layout->signer_title == "T/M Tỉnh ủy — Bí thư");
  CHECK(layout->signer == "Nguyễn Thị Mẫu");
}

TEST_CASE("a Central Committee resolution: a subject over lines in capitals, a term's numeral") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 77-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Hà Nội, ngày 8 tháng 10 năm 2032\n\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ BẢY\n"
      "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\nvề công tác mẫu\n\nI. TÌNH HÌNH\nNội dung.\n\n"
      "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\nNguyễn Văn Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->issuer == "Ban Chấp hành Trung ương");
  CHECK(layout->title ==
        "Nghị quyết hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XIII về công tác mẫu");
  CHECK(layout->signer_title == "T/M Ban Chấp hành Trung ương — Tổng Bí thư");
  CHECK(layout->signer == "Nguyễn Văn Mẫu");
}

TEST_CASE("a Quận ủy directive with the star and the number on one line, spaces collapsed") {
  std::optional<OfficialLayout> layout = ReadOfficialLayout(
      "ĐẢNG BỘ THÀNH PHỐ LAM GIANG ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "QUẬN ỦY HÒA AN Hòa An, ngày 20 tháng 11 năm 2031\n"
      "* Số: 05 - CT/QU\nCHỈ THỊ\nvề công tác mẫu trong quận\nCác chi bộ thực hiện nghiêm.\n"
      "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrương Văn Mẫu\n");
  REQUIRE(layout);
  CHECK(layout->identifier == "05-CT/QU");
  CHECK(layout->issuer == "Quận ủy Hòa An");
  CHECK(layout->parent == "Đảng bộ thành phố Lam Giang");
  CHECK(layout->place == "Hòa An");
  CHECK(layout->title == "Chỉ thị về công tác mẫu trong quận");
  CHECK(layout->signer == "Trương Văn Mẫu");
}

// ---- What must not be read as a document ----

TEST_CASE("news articles that cite numbers and type words are not documents") {
  const std::vector<std::string> articles = {
      // A citation in running text.
      "Quán triệt Nghị quyết số 21-NQ/TW đến từng chi bộ\n"
      "Thứ Ba, 04/08/2031, 11:41 [GMT+7]\n"
      "(BLG) - Sáng 3/8, Tỉnh ủy Lam Giang quán triệt Nghị quyết số 21-NQ/TW.\n",
      // "Số …" at the start of a line that goes on as a sentence.
      "Một nghị quyết hợp lòng dân\n"
      "Số 21-NQ/TW ra đời đã đáp ứng mong mỏi của đảng viên.\n"
      "CHỈ THỊ\n",
      // A document's header quoted inside an article, below its title and lead.
      "Tỉnh ủy Lam Giang ban hành chỉ thị mới về công tác dân vận\n"
      "09:35, ngày 08-02-2031\n"
      "Ngày 7/2, Tỉnh ủy ban hành văn bản sau:\n"
      "Số 12-CT/TU\n"
      "CHỈ THỊ\n"
      "về tăng cường công tác dân vận\n",
      // The site's banner is the national line; no number.
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "BÁO ĐIỆN TỬ MẪU\n"
      "KẾ HOẠCH\n"
      "Triển khai kế hoạch năm 2031 tại các chi bộ\n",
      // A number line and a dating line, but no type line: a letter, a list, anything.
      "Số 12-CT/TU\nLam Giang, ngày 3 tháng 4 năm 2031\nĐoạn văn không có dòng loại văn bản.\n",
      // A magazine's issue number on a line of its own, then a headline in capitals.
      "TẠP CHÍ XÂY DỰNG MẪU\nSố 5\nTHÔNG BÁO\nTuyển chọn bài viết về công tác mẫu\n",
      // A number line far below the top of a long article.
      std::string(30, '\n') + "Đoạn một của bài viết về nghị quyết mới của Đảng.\n" +
          "Đoạn hai của bài viết, tiếp tục phân tích nội dung nghị quyết.\n"
          "Đoạn ba, nói thêm về việc triển khai tại cơ sở và kết quả bước đầu.\n"
          "Số 21-NQ/TW\nNGHỊ QUYẾT\nvề công tác mẫu\n",
  };
  for (const std::string& article : articles) {
    INFO(article);
    CHECK_FALSE(ReadOfficialLayout(article));
  }
}

TEST_CASE("every prefix and every one-byte damage of a document reads safely") {
  const std::string text = kProvinceSideBySide;
  auto check_spans = [](std::string_view input) {
    std::optional<OfficialLayout> layout = ReadOfficialLayout(input);
    if (!layout) return;
    for (analysis::TextSpan span : {layout->header, layout->signature, layout->recipients}) {
      CHECK(span.begin <= span.end);
      CHECK(span.end <= input.size());
    }
  };
  std::size_t read = 0;
  for (std::size_t length = 0; length <= text.size(); ++length) {
    check_spans(std::string_view(text).substr(0, length));
    read += ReadOfficialLayout(std::string_view(text).substr(0, length)).has_value();
  }
  CHECK(read > 0);  // the prefixes that hold the subject read as the document
  for (std::size_t at = 0; at < text.size(); ++at) {
    for (char byte : {'\n', ' ', '\xC3', '\0'}) {
      std::string damaged = text;
      damaged[at] = byte;
      check_spans(damaged);
    }
  }
}

TEST_CASE("empty, hostile and huge inputs give no layout and no crash") {
  CHECK_FALSE(ReadOfficialLayout(""));
  CHECK_FALSE(ReadOfficialLayout("\n\n\n"));
  CHECK_FALSE(ReadOfficialLayout(std::string(1 << 20, 'x')));
  CHECK_FALSE(ReadOfficialLayout(std::string(1 << 24, '\n')));  // lines are not kept: no memory
  CHECK_FALSE(ReadOfficialLayout("Số \xff\xfe-CT/TU\nCHỈ THỊ\n"));
  // A header followed by a huge body: the layout is read, the body is not split into words.
  std::string big = "TỈNH ỦY LAM GIANG\n*\nSố 12-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCHỈ THỊ\nvề công tác mẫu\n\n";
  for (int i = 0; i < 100000; ++i) big += "Đoạn thân bài số " + std::to_string(i) + ".\n";
  std::optional<OfficialLayout> layout = ReadOfficialLayout(big);
  REQUIRE(layout);
  CHECK(layout->identifier == "12-CT/TU");
  CHECK(layout->signature.empty());
}

}  // namespace
}  // namespace vankien::readers
