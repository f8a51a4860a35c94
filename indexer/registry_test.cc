#include "indexer/registry.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "indexer/indexer.h"

namespace vankien::indexer {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  Corpus() {
    root = fs::temp_directory_path() / ("vankien-registry-test-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "docs");
  }
  ~Corpus() { fs::remove_all(root); }

  void Add(const std::string& file, const std::string& id, const std::string& kind,
           const std::string& number, const std::string& date, const std::string& text) {
    std::string xml = "<vankien><document id=\"" + id + "\" kind=\"" + kind + "\">";
    if (kind == "document") xml += "<type>NQ</type>";
    if (!number.empty()) xml += "<number>" + number + "</number>";
    if (!date.empty()) xml += "<date>" + date + "</date>";
    xml += "<title>Văn bản " + id + "</title><text>" + text + "</text></document></vankien>";
    std::ofstream(root / "docs" / file) << xml;
  }

  void Index() {
    IndexOptions options;
    options.db = root / "db";
    options.paths = {root / "docs"};
    options.batch_documents = 1;
    Reporter reporter(Verbosity::kQuiet, false);
    UpdateIndex(options, &reporter);
  }

  std::vector<schema::DirectiveRecord> Entry(const std::string& number) {
    return schema::ReadRegistryEntry(Xapian::Database((root / "db").string()), number);
  }

  fs::path root;
};

TEST_CASE("a reused number is two records, each with its own citations") {
  Corpus c;
  c.Add("a.xml", "nq-2012", "document", "01-NQ/ĐUK", "2012-01-10", "Về chi bộ.");
  c.Add("b.xml", "nq-2016", "document", "01-NQ/ĐUK", "2016-08-19", "Về đảng viên.");
  c.Add("c.xml", "tin-2013", "article", "", "2013-05-01",
        "Thực hiện Nghị quyết số 01-NQ/ĐUK, ngày 10-1-2012 của Ban Chấp hành Đảng bộ Khối.");
  c.Add("d.xml", "tin-2017", "article", "", "2017-03-01",
        "Quán triệt Nghị quyết 01 – NQ/ĐUK ngày 19/8/2016 về “Nâng cao chất lượng đảng viên”.");
  c.Add("e.xml", "tin-2014", "article", "", "2014-02-01", "Sơ kết Nghị quyết 01-NQ/DUK trong năm.");
  c.Add("f.xml", "tin-2019", "article", "", "2019-02-01",
        "Nhắc lại Nghị quyết 01-NQ/ĐUK. Nghị quyết 01-NQ/ĐUK vẫn còn hiệu lực.");
  c.Index();
  std::vector<schema::DirectiveRecord> records = c.Entry("01-NQ/ĐUK");
  REQUIRE(records.size() == 2);
  const schema::DirectiveRecord& first = records[0];
  CHECK(first.date == "2012-01-10");
  CHECK(first.documents == std::vector<std::string>{"nq-2012"});
  CHECK(first.type_name == "Nghị quyết");
  CHECK(first.body == "ĐUK");
  REQUIRE(first.citations.size() == 2);
  CHECK(first.citations[0].document == "tin-2014");  // newest first
  CHECK(first.citations[0].attachment == schema::Attachment::kBefore);
  CHECK(first.citations[1].document == "tin-2013");
  CHECK(first.citations[1].attachment == schema::Attachment::kDate);
  CHECK(first.citations[1].issuer == "Ban Chấp hành Đảng bộ Khối");

  const schema::DirectiveRecord& second = records[1];
  CHECK(second.date == "2016-08-19");
  CHECK(second.documents == std::vector<std::string>{"nq-2016"});
  REQUIRE(second.citations.size() == 2);
  CHECK(second.citations[0].document == "tin-2019");
  CHECK(second.citations[0].attachment == schema::Attachment::kAmbiguous);  // after both
  CHECK(second.citations[1].document == "tin-2017");
  CHECK(second.citations[1].subject == "Nâng cao chất lượng đảng viên");
}

TEST_CASE("a document citing the earlier document of its own number is among that one's citers") {
  Corpus c;
  c.Add("a.xml", "nq-2012", "document", "01-NQ/ĐUK", "2012-01-10", "Về chi bộ.");
  c.Add("b.xml", "nq-2016", "document", "01-NQ/ĐUK", "2016-08-19",
        "Nghị quyết này thay thế Nghị quyết số 01-NQ/ĐUK, ngày 10-1-2012.");
  c.Index();
  std::vector<schema::DirectiveRecord> records = c.Entry("01-NQ/ĐUK");
  REQUIRE(records.size() == 2);
  REQUIRE(records[0].citations.size() == 1);
  CHECK(records[0].citations[0].document == "nq-2016");
  CHECK(records[1].documents == std::vector<std::string>{"nq-2016"});
  CHECK(records[1].citations.empty());
}

TEST_CASE("the subject of a number known from citations is the fullest they agree on") {
  Corpus c;
  c.Add("a.xml", "tin-a", "article", "", "2018-01-01",
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
        "Ban Thường vụ đã họp.");
  c.Add("b.xml", "tin-b", "article", "", "2018-02-01",
        "Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, chi bộ đã họp.");
  c.Add("c.xml", "tin-c", "article", "", "2018-03-01",
        "Chỉ thị số 05-CT/TW về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.");
  c.Add("d.xml", "tin-d", "article", "", "2018-04-01", "Chỉ thị số 05-CT/TW về một việc khác.");
  // A subject that only begins with another, past no comma, is another subject.
  c.Add("e.xml", "tin-e", "article", "", "2018-05-01", "Kết luận số 10-KL/TU về công tác cán bộ.");
  c.Add("f.xml", "tin-f", "article", "", "2018-05-02", "Kết luận số 10-KL/TU về công tác cán bộ.");
  c.Add("g.xml", "tin-g", "article", "", "2018-05-03", "Kết luận số 10-KL/TU về công tác cán bộ nữ ở cơ sở.");
  // Given once each: a dated citation's subject wins over an undated one that runs on.
  c.Add("h.xml", "tin-h", "article", "", "2021-01-01",
        "Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.");
  c.Add("i.xml", "tin-i", "article", "", "2021-02-01",
        "Theo Nghị định 30/2020/NĐ-CP về công tác văn thư phải thu hồi bản gốc.");
  c.Index();
  CHECK(c.Entry("05-CT/TW").at(0).subject == "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
  CHECK(c.Entry("10-KL/TU").at(0).subject == "công tác cán bộ");
  CHECK(c.Entry("30/2020/NĐ-CP").at(0).subject == "công tác văn thư");
}

TEST_CASE("a number known only from citations, and the registry follows removals") {
  Corpus c;
  c.Add("a.xml", "tin-a", "article", "", "2018-01-01", "Theo Chỉ thị số 05-CT/TW của Bộ Chính trị.");
  c.Add("b.xml", "tin-b", "article", "", "2019-01-01",
        "Theo Quy định 08-QĐi/TW, ngày 25/10/2017 và Quyết định 1049-QĐ/ĐUK.");
  c.Index();
  std::vector<schema::DirectiveRecord> records = c.Entry("05-CT/TW");
  REQUIRE(records.size() == 1);
  CHECK(records[0].documents.empty());
  CHECK(records[0].issuer == "Bộ Chính trị");
  CHECK(records[0].type_name == "Chỉ thị");
  CHECK(records[0].citations.at(0).attachment == schema::Attachment::kOnly);
  CHECK(c.Entry("08-QĐi/TW").at(0).date == "2017-10-25");
  CHECK(c.Entry("1049-QĐ/ĐUK").at(0).type_name == "Quyết định");

  fs::remove(c.root / "docs" / "a.xml");
  c.Index();
  CHECK(c.Entry("05-CT/TW").empty());
  CHECK(c.Entry("08-QĐi/TW").size() == 1);
}

}  // namespace
}  // namespace vankien::indexer
