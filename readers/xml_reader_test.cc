#include "readers/xml_reader.h"

#include <catch2/catch.hpp>

#include <string>

namespace vankien::readers {
namespace {

const char* kGood = R"(<?xml version="1.0" encoding="UTF-8"?>
<vankien>
  <!-- two documents -->
  <document id="duk-nq-01-2016" kind="document">
    <type>nq</type>
    <number>01-NQ/ĐUK</number>
    <issuer code="DUK">Ban Chấp hành Đảng bộ Khối</issuer>
    <date>2016-08-19</date>
    <term>XII</term>
    <title>  Nghị quyết về
       nâng cao chất lượng   sinh hoạt chi bộ </title>
    <subject>Về chi bộ</subject>
    <source>Văn phòng</source>
    <text>
      <p>Đoạn   thứ nhất.</p>
      <p>Đoạn thứ <b>hai</b> &amp; ba.</p>
    </text>
  </document>
  <document id="bao-1" kind="article">
    <title>Tin hội nghị</title>
    <text>Một đoạn duy nhất.</text>
  </document>
</vankien>)";

TEST_CASE("a good file gives every document and field") {
  ReadResult result = ReadXmlDocuments(kGood);
  REQUIRE_FALSE(result.error);
  REQUIRE(result.documents.size() == 2);
  const schema::DocumentRecord& d = result.documents[0];
  CHECK(d.id == "duk-nq-01-2016");
  CHECK(d.kind == "document");
  CHECK(d.type == "NQ");
  CHECK(d.number == "01-NQ/ĐUK");
  CHECK(d.body == "ĐUK");
  CHECK(d.issuer == "Ban Chấp hành Đảng bộ Khối");
  CHECK(d.date == "2016-08-19");
  CHECK(d.term == "XII");
  CHECK(d.title == "Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ");
  CHECK(d.subject == "Về chi bộ");
  CHECK(d.source == "Văn phòng");
  CHECK(d.text == "Đoạn thứ nhất.\n\nĐoạn thứ hai & ba.");
  CHECK(result.documents[1].text == "Một đoạn duy nhất.");
  CHECK(result.documents[1].kind == "article");
}

struct Malformed {
  const char* name;
  std::string xml;
  std::size_t line;
  std::string message_part;
};

TEST_CASE("each malformed file is refused with its line, column and reason") {
  const std::string head = "<?xml version=\"1.0\"?>\n<vankien>\n";
  const std::string good_doc = "<document id=\"a\" kind=\"article\"><title>T</title><text>x</text></document>\n";
  const Malformed cases[] = {
      {"not well-formed", head + "<document id=\"a\" kind=\"article\"><title>T</titl></document>", 3, "malformed XML"},
      {"unclosed root", head + good_doc, 3, "malformed XML"},
      {"empty file of XML", "", 1, "malformed XML"},
      {"wrong root", "<?xml version=\"1.0\"?>\n<taxonomy/>", 2, "not <vankien>"},
      {"no documents", head + "</vankien>", 2, "holds no <document>"},
      {"other element in root", head + "<doc/></vankien>", 3, "only <document>"},
      {"missing id", head + "<document kind=\"article\"><title>T</title><text>x</text></document></vankien>", 3, "no id"},
      {"bad id", head + "<document id=\"a b\" kind=\"article\"><title>T</title><text>x</text></document></vankien>", 3, "invalid document id"},
      {"bad kind", head + "<document id=\"a\" kind=\"memo\"><title>T</title><text>x</text></document></vankien>", 3, "kind must be"},
      {"unknown element", head + "<document id=\"a\" kind=\"article\">\n<titel>T</titel><title>T</title><text>x</text></document></vankien>", 4, "unknown element <titel>"},
      {"duplicate element", head + "<document id=\"a\" kind=\"article\"><title>T</title>\n<title>U</title><text>x</text></document></vankien>", 4, "appears twice"},
      {"no title", head + "<document id=\"a\" kind=\"article\"><text>x</text></document></vankien>", 3, "no <title>"},
      {"no text", head + "<document id=\"a\" kind=\"article\"><title>T</title></document></vankien>", 3, "no <text>"},
      {"document without type", head + "<document id=\"a\" kind=\"document\"><title>T</title><text>x</text></document></vankien>", 3, "needs a <type>"},
      {"unknown type", head + "<document id=\"a\" kind=\"document\"><type>XYZ</type><title>T</title><text>x</text></document></vankien>", 3, "unknown document type"},
      {"bad date", head + "<document id=\"a\" kind=\"article\"><title>T</title><date>19/8/2016</date><text>x</text></document></vankien>", 3, "not a real date"},
      {"impossible date", head + "<document id=\"a\" kind=\"article\"><title>T</title><date>2016-02-30</date><text>x</text></document></vankien>", 3, "not a real date"},
      {"element inside a field", head + "<document id=\"a\" kind=\"article\"><title>T<b>x</b></title><text>x</text></document></vankien>", 3, "unexpected element <b>"},
      {"other element in text", head + "<document id=\"a\" kind=\"article\"><title>T</title><text><div>x</div></text></document></vankien>", 3, "use <p>"},
      {"duplicate id", head + good_doc + good_doc + "</vankien>", 4, "appears twice in this file"},
      {"text outside fields", head + "<document id=\"a\" kind=\"article\">stray<title>T</title><text>x</text></document></vankien>", 3, "text directly inside"},
  };
  for (const Malformed& c : cases) {
    CAPTURE(c.name);
    ReadResult result = ReadXmlDocuments(c.xml);
    REQUIRE(result.error);
    CHECK(result.documents.empty());
    CHECK(result.error->line == c.line);
    CHECK(result.error->column >= 1);
    CHECK_THAT(result.error->message, Catch::Contains(c.message_part));
  }
}

TEST_CASE("the error names the file, line and column") {
  ReadResult result = ReadXmlDocuments("<vankien>\n  <document id=\"a\" kind=\"x\"/>\n</vankien>");
  REQUIRE(result.error);
  CHECK(result.error->Describe("corpus/a.xml") ==
        "corpus/a.xml:2:3: kind must be \"document\" or \"article\", not \"x\"");
}

TEST_CASE("invalid UTF-8 inside XML is replaced and counted") {
  std::string xml = "<vankien><document id=\"a\" kind=\"article\"><title>T\xFF</title><text>ok \xC3</text></document></vankien>";
  ReadResult result = ReadXmlDocuments(xml);
  REQUIRE_FALSE(result.error);
  CHECK(result.documents[0].invalid_utf8 == 2);
  CHECK(result.documents[0].title == "T\xEF\xBF\xBD");
}

TEST_CASE("document ids") {
  CHECK(IsValidDocumentId("tu-lg-nq-03-2012"));
  CHECK(IsValidDocumentId("a.b_c"));
  CHECK_FALSE(IsValidDocumentId(""));
  CHECK_FALSE(IsValidDocumentId("có-dấu"));
  CHECK_FALSE(IsValidDocumentId(std::string(121, 'a')));
}

}  // namespace
}  // namespace vankien::readers
