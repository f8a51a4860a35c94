#include "query/query_parser.h"

#include <catch2/catch.hpp>

namespace vankien::query {
namespace {

std::string Parse(const char* query) { return ParseQuery(query)->ToString(); }

TEST_CASE("free words, phrases and operators") {
  const std::pair<const char*, const char*> cases[] = {
      {"nang cao chat luong chi bo", "WORDS\"nang cao chat luong chi bo\""},
      {"\"chi bộ\" đảng viên", "GROUP(PHRASE\"chi bộ\",WORDS\"đảng viên\")"},
      {"chi bo OR dang vien", "OR(WORDS\"chi bo\",WORDS\"dang vien\")"},
      {"chi bo AND dang vien", "AND(WORDS\"chi bo\",WORDS\"dang vien\")"},
      {"a OR b AND c", "OR(WORDS\"a\",AND(WORDS\"b\",WORDS\"c\"))"},
      {"chi bo NOT thon", "ANDNOT(WORDS\"chi bo\",WORDS\"thon\")"},
      {"chi bo AND NOT thon", "ANDNOT(WORDS\"chi bo\",WORDS\"thon\")"},
      {"NOT thon", "ANDNOT(ALL,WORDS\"thon\")"},
      {"chi bo -thon +dang", "GROUP(WORDS\"chi bo\",EXCLUDED(WORDS\"thon\"),REQUIRED(WORDS\"dang\"))"},
      {"(a OR b) c", "GROUP(OR(WORDS\"a\",WORDS\"b\"),WORDS\"c\")"},
      {"-thon", "GROUP(EXCLUDED(WORDS\"thon\"))"},
      {"chi bộ – đảng viên", "WORDS\"chi bộ – đảng viên\""},
      {"and or not", "WORDS\"and or not\""},
  };
  for (const auto& [query, expected] : cases) {
    CAPTURE(query);
    CHECK(Parse(query) == expected);
  }
}

TEST_CASE("NEAR/n joins the run of words or the phrase on either side") {
  CHECK(ParseQuery("kiểm tra NEAR/5 giám sát")->ToString() == "NEAR/5(WORDS\"kiểm tra\",WORDS\"giám sát\")");
  CHECK(ParseQuery("kiểm tra NEAR giám sát")->ToString() == "NEAR/10(WORDS\"kiểm tra\",WORDS\"giám sát\")");
  CHECK(ParseQuery("\"kiểm tra\" NEAR/0 \"giám sát\" body:TU")->ToString() ==
        "GROUP(NEAR/0(PHRASE\"kiểm tra\",PHRASE\"giám sát\"),FILTER(body=TU))");
  // Parentheses around the NEAR keep other words out of its sides.
  CHECK(ParseQuery("công tác (kiểm tra NEAR/3 giám sát) -thôn")->ToString() ==
        "GROUP(WORDS\"công tác\",NEAR/3(WORDS\"kiểm tra\",WORDS\"giám sát\"),EXCLUDED(WORDS\"thôn\"))");
  CHECK(ParseQuery("a NEAR/2 b OR c")->ToString() == "OR(NEAR/2(WORDS\"a\",WORDS\"b\"),WORDS\"c\")");
  // "near" in lower case is a word, as "and" is.
  CHECK(ParseQuery("a near b")->ToString() == "WORDS\"a near b\"");
  CHECK(WithoutFilters(*ParseQuery("a NEAR/2 b body:TU"))->ToString() == "NEAR/2(WORDS\"a\",WORDS\"b\")");
}

TEST_CASE("the quotation marks of Vietnamese text make phrases too") {
  const std::pair<const char*, const char*> cases[] = {
      {"“sinh hoạt chi bộ”", "PHRASE\"sinh hoạt chi bộ\""},
      {"„chi bộ“ đảng viên", "GROUP(PHRASE\"chi bộ\",WORDS\"đảng viên\")"},
      {"«chi bộ» -“thôn”", "GROUP(PHRASE\"chi bộ\",EXCLUDED(PHRASE\"thôn\"))"},
      {"đảng viên“chi bộ”", "GROUP(WORDS\"đảng viên\",PHRASE\"chi bộ\")"},
      {"coquan:“Bộ Chính trị”", "FILTER(body=Bộ Chính trị)"},
      {"“05-CT/TW”", "ID\"05-CT/TW\""},
  };
  for (const auto& [query, expected] : cases) {
    CAPTURE(query);
    CHECK(Parse(query) == expected);
  }
  CHECK_THROWS_WITH(ParseQuery("“chi bộ"), Catch::Contains("chưa được đóng"));
}

std::string Unfiltered(const char* query) {
  std::unique_ptr<QueryNode> words = WithoutFilters(*ParseQuery(query));
  return words ? words->ToString() : "nothing";
}

TEST_CASE("a query without its filters keeps what each operator means for the words") {
  const std::pair<const char*, const char*> cases[] = {
      {"chi bo body:HU", "WORDS\"chi bo\""},
      {"chi bo -body:HU", "WORDS\"chi bo\""},
      {"chi bo +type:CT", "WORDS\"chi bo\""},
      {"chi bo OR body:HU", "WORDS\"chi bo\""},
      {"chi bo NOT body:HU", "WORDS\"chi bo\""},
      {"body:HU NOT thon", "ANDNOT(ALL,WORDS\"thon\")"},
      {"(chi bo AND type:CT) -thon date:2016", "GROUP(WORDS\"chi bo\",EXCLUDED(WORDS\"thon\"))"},
      {"chi bo -thon", "GROUP(WORDS\"chi bo\",EXCLUDED(WORDS\"thon\"))"},
      {"body:HU type:CT", "nothing"},
  };
  for (const auto& [query, expected] : cases) {
    CAPTURE(query);
    CHECK(Unfiltered(query) == expected);
  }
}

TEST_CASE("filters added to a query apply to all of it") {
  CHECK(WithFilters(ParseQuery("a OR b"), ParseQuery("body:HU type:CT"))->ToString() ==
        "GROUP(OR(WORDS\"a\",WORDS\"b\"),FILTER(body=HU),FILTER(type=CT))");
  CHECK(WithFilters(ParseQuery("a"), ParseQuery("date:2016"))->ToString() == "GROUP(WORDS\"a\",DATE(20160101..20161231))");
}

TEST_CASE("filters outside parentheses narrow the whole query, inside, their part") {
  const std::pair<const char*, const char*> cases[] = {
      {"kiem tra OR giam sat body:TU", "GROUP(OR(WORDS\"kiem tra\",WORDS\"giam sat\"),FILTER(body=TU))"},
      {"body:TU kiem tra OR giam sat", "GROUP(OR(WORDS\"kiem tra\",WORDS\"giam sat\"),FILTER(body=TU))"},
      {"(kiem tra body:TU) OR giam sat", "OR(GROUP(WORDS\"kiem tra\",FILTER(body=TU)),WORDS\"giam sat\")"},
      {"chi bo OR body:HU", "OR(WORDS\"chi bo\",FILTER(body=HU))"},
      {"chi bo -body:HU", "GROUP(WORDS\"chi bo\",EXCLUDED(FILTER(body=HU)))"},
      {"a AND b year:2016 date:..2020", "GROUP(AND(WORDS\"a\",WORDS\"b\"),FILTER(year=2016),DATE(..20201231))"},
      // Filters among the words as well: each stays where it is written.
      {"chi bo body:HU OR dang vien body:TW",
       "OR(GROUP(WORDS\"chi bo\",FILTER(body=HU)),GROUP(WORDS\"dang vien\",FILTER(body=TW)))"},
      {"kiem tra OR body:TU giam sat", "OR(WORDS\"kiem tra\",GROUP(FILTER(body=TU),WORDS\"giam sat\"))"},
  };
  for (const auto& [query, expected] : cases) {
    CAPTURE(query);
    CHECK(Parse(query) == expected);
  }
}

TEST_CASE("filters in English and Vietnamese") {
  const std::pair<const char*, const char*> cases[] = {
      {"body:ĐUK", "FILTER(body=ĐUK)"},
      {"coquan:\"Bộ Chính trị\" chi bo", "GROUP(WORDS\"chi bo\",FILTER(body=Bộ Chính trị))"},
      {"type:NQ loai:\"chỉ thị\"", "GROUP(FILTER(type=NQ),FILTER(type=chỉ thị))"},
      {"topic:chi-bo chude:dan-van", "GROUP(FILTER(topic=chi-bo),FILTER(topic=dan-van))"},
      {"year:2016", "FILTER(year=2016)"},
      {"date:2016..2017", "DATE(20160101..20171231)"},
      {"date:19/8/2016..31/12/2017", "DATE(20160819..20171231)"},
      {"date:..2015", "DATE(..20151231)"},
      {"id:05-CT/TW", "FILTER(id=05-CT/TW)"},
      {"cites:05 - CT/TƯ", "FILTER(cites=05-CT/TW)"},
      {"guides:05-CT/TW huongdan:05-CT/TW", "GROUP(FILTER(guides=05-CT/TW),FILTER(guides=05-CT/TW))"},
      {"based_on:126-QĐ/TW", "FILTER(based_on=126-QĐ/TW)"},
      {"cancu:126-QĐ/TW soket:03-NQ/TU", "GROUP(FILTER(based_on=126-QĐ/TW),FILTER(reviews=03-NQ/TU))"},
      {"term:XII", "FILTER(term=XII)"},
      {"10:30 sáng", "WORDS\"10:30 sáng\""},
      {"lưu ý: họp", "WORDS\"lưu ý: họp\""},
  };
  for (const auto& [query, expected] : cases) {
    CAPTURE(query);
    CHECK(Parse(query) == expected);
  }
}

TEST_CASE("document numbers anywhere, written any way") {
  CHECK(Parse("05-CT/TW") == "ID\"05-CT/TW\"");
  CHECK(Parse("số05-CT/TW") == "ID\"05-CT/TW\"");  // "số" is part of how the number is written
  CHECK(Parse("Số 05-CT/TW") == "ID\"05-CT/TW\"");
  CHECK(Parse("chỉ thị so 05-CT/TW") == "GROUP(WORDS\"chỉ thị\",ID\"05-CT/TW\")");
  CHECK(Parse("số đảng viên") == "WORDS\"số đảng viên\"");
  CHECK(Parse("Số: 30/2020/NĐ-CP") == "ID\"30/2020/NĐ-CP\"");
  CHECK(Parse("so\xcc\x82\xcc\x81 05-CT/TW") == "ID\"05-CT/TW\"");  // decomposed
  CHECK(Parse("sổ 05-CT/TW") == "GROUP(WORDS\"sổ\",ID\"05-CT/TW\")");  // another word
  CHECK(Parse("chi bộ -số 05-CT/TW") == "GROUP(WORDS\"chi bộ\",EXCLUDED(WORDS\"số\"),ID\"05-CT/TW\")");
  CHECK(Parse("05 – CT/TƯ") == "ID\"05-CT/TW\"");
  CHECK(Parse("chi bộ 37-QD/TW") == "GROUP(WORDS\"chi bộ\",ID\"37-QĐ/TW\")");
  CHECK(Parse("30/2020/NĐ-CP") == "ID\"30/2020/NĐ-CP\"");
  // In quotes, alone, it is still the number; beside words, a phrase.
  CHECK(Parse("\"05-CT/TW\"") == "ID\"05-CT/TW\"");
  CHECK(Parse("\" 05 – CT/TƯ \"") == "ID\"05-CT/TW\"");
  CHECK(Parse("\"chỉ thị 05-CT/TW\"") == "PHRASE\"chỉ thị 05-CT/TW\"");
}

TEST_CASE("malformed queries say what is wrong and where") {
  struct Case {
    const char* query;
    const char* message;
    std::size_t position;
  };
  const Case cases[] = {
      {"", "câu tìm kiếm trống", 0},
      {"   ", "câu tìm kiếm trống", 0},
      {"(chi bo", "dấu mở ngoặc này chưa được đóng", 0},
      {"chi bo)", "không có dấu mở ngoặc", 6},
      {"\"chi bo", "dấu ngoặc kép này chưa được đóng", 0},
      {"chi bo AND", "sau AND cần có điều cần tìm", 7},
      {"OR chi", "trước OR cần có điều cần tìm", 0},
      {"chi OR", "sau OR cần có điều cần tìm", 4},
      {"chi NOT", "sau NOT cần có điều cần loại trừ", 4},
      {"xyz:abc", "không có bộ lọc xyz:", 0},
      {"body:", "cần có giá trị", 0},
      {"body: TW", "cần có giá trị", 0},
      {"date:2017..2016", "kết thúc trước khi bắt đầu", 5},
      {"date:hom-qua", "không phải ngày", 5},
      {"()", "cặp ngoặc này trống", 0},
      {"chi \"\"", "cụm từ trong ngoặc kép này trống", 4},
      {"chi b\xff", "không phải văn bản UTF-8 hợp lệ", 5},
      {"chi \xe1\xbb", "không phải văn bản UTF-8 hợp lệ", 4},  // a truncated character
      {"NEAR/5 giám sát", "trước NEAR/5 cần có từ", 0},
      {"kiểm tra NEAR/5", "sau NEAR/5 cần có từ", 11},
      {"kiểm tra NEAR/5 OR giám sát", "sau NEAR/5 cần có từ", 11},
      {"kiểm tra NEAR/x giám sát", "NEAR/n cần n là số từ 0 đến 100", 11},
      {"kiểm tra NEAR/ giám sát", "NEAR/n cần n là số", 11},
      {"kiểm tra NEAR/101 giám sát", "NEAR/n cần n là số", 11},
      {"kiểm tra NEAR/99999999999999999999 giám sát", "NEAR/n cần n là số", 11},
      {"body:TU NEAR/3 giám sát", "trước NEAR/3 cần có từ", 8},
      {"a NEAR b NEAR c", "mỗi NEAR nối hai cụm từ", 9},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    try {
      ParseQuery(c.query);
      FAIL("no error");
    } catch (const QueryError& e) {
      CHECK_THAT(e.what(), Catch::Contains(c.message));
      CHECK(e.position() == c.position);
    }
  }
}

TEST_CASE("bounds on size and nesting") {
  CHECK_THROWS_AS(ParseQuery(std::string(kMaxQueryBytes + 1, 'a')), QueryError);
  std::string deep(kMaxQueryDepth + 2, '(');
  deep += "a" + std::string(kMaxQueryDepth + 2, ')');
  CHECK_THROWS_AS(ParseQuery(deep), QueryError);
}

TEST_CASE("the error message shows whole, valid characters") {
  // The bound falls inside "ộ" (3 bytes): the context starts at the next whole character.
  std::string long_query = std::string(kMaxQueryBytes - 1, 'a') + "ộ chi bộ";
  try {
    ParseQuery(long_query);
    FAIL("no error");
  } catch (const QueryError& e) {
    CHECK_THAT(e.Describe(long_query), Catch::EndsWith("« chi bộ»)"));
  }
  try {
    ParseQuery("chi b\xff\xfe");
    FAIL("no error");
  } catch (const QueryError& e) {
    CHECK(e.Describe("chi b\xff\xfe") == "câu tìm kiếm không phải văn bản UTF-8 hợp lệ (ở ký tự thứ 6: «\uFFFD\uFFFD»)");
  }
}

TEST_CASE("the error message points into the query") {
  try {
    ParseQuery("chi bộ AND");
  } catch (const QueryError& e) {
    CHECK(e.Describe("chi bộ AND") ==
          "sau AND cần có điều cần tìm (ở ký tự thứ 8: «AND»)");
  }
}

}  // namespace
}  // namespace vankien::query
