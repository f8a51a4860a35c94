#include "indexer/registry.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "indexer/indexer.h"
#include "schema/fields.h"

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

// Records as the indexer stores them, with the relations the classifier (not in this test)
// would give: only the registry's reading of them is under test. Samples with invented places.
struct RecordIndex {
  Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};

  void Add(const schema::DocumentRecord& record) {
    Xapian::Document document;
    schema::StoreRecord(record, &document);
    for (const schema::Mention& m : record.mentions) {
      document.add_boolean_term(schema::Term(m.own ? schema::field::kIdentifier : schema::field::kCites, m.canonical));
    }
    db.add_document(document);
  }

  std::vector<schema::DirectiveRecord> Entry(const std::string& number) {
    return ComputeRegistryEntry(db, schema::DeletedDocuments(), number);
  }
};

schema::DocumentRecord Document(const std::string& id, const std::string& number, const std::string& type,
                                const std::string& body, const std::string& issuer, const std::string& date,
                                const std::string& text) {
  schema::DocumentRecord r;
  r.id = id;
  r.kind = "document";
  r.type = type;
  r.number = r.identifier = number;
  r.body = body;
  r.issuer = issuer;
  r.date = date;
  r.title = "Mẫu " + id;
  r.text = text;
  if (!number.empty()) {
    schema::Mention own;
    own.canonical = number;
    own.own = true;
    own.part = schema::Part::kTitle;
    r.mentions.push_back(own);
  }
  return r;
}

// A mention of `number` in r's text at the first `written`, by the sentence around it.
schema::Mention Cites(const schema::DocumentRecord& r, const std::string& number, const std::string& written,
                      const std::string& relation, const std::string& date = "") {
  schema::Mention m;
  m.canonical = number;
  m.date = date;
  m.begin = static_cast<uint32_t>(r.text.find(written));
  m.end = m.begin + static_cast<uint32_t>(written.size());
  m.relation = relation;
  if (!relation.empty()) {
    const std::size_t dot = r.text.rfind(". ", m.begin);
    m.evidence_begin = static_cast<uint32_t>(dot == std::string::npos ? 0 : dot + 2);
    m.evidence_end = static_cast<uint32_t>(std::min(r.text.size(), r.text.find('.', m.end) + 1));
  }
  return m;
}

TEST_CASE("a citation carries the strongest relation its document states, with the sentence") {
  RecordIndex index;
  index.Add(Document("lg-ct-05", "05-CT/TU", "CT", "TU", "Tỉnh ủy Lam Giang", "2016-03-01", "Về học tập."));
  schema::DocumentRecord plan = Document(
      "dk-kh-12", "12-KH/HU", "KH", "HU", "Huyện ủy Đông Khê", "2016-04-01",
      "Căn cứ Chỉ thị 05-CT/TU của Tỉnh ủy. Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện Chỉ thị "
      "05-CT/TU như sau. Chỉ thị 05-CT/TU được phổ biến.");
  plan.mentions.push_back(Cites(plan, "05-CT/TU", "05-CT/TU", "based_on"));
  schema::Mention implements = Cites(plan, "05-CT/TU", "05-CT/TU như sau", "implements");
  implements.end = implements.begin + 8;
  plan.mentions.push_back(implements);
  schema::Mention plain = plan.mentions.back();
  plain.begin = static_cast<uint32_t>(plan.text.rfind("05-CT/TU"));
  plain.end = plain.begin + 8;
  plain.relation.clear();
  plain.evidence_begin = plain.evidence_end = 0;
  plan.mentions.push_back(plain);
  index.Add(plan);
  schema::DocumentRecord by_name = Document("xa-kh-03", "03-KH/ĐU", "KH", "ĐU", "Đảng ủy xã Tân Lập", "2016-05-01",
                                            "Thực hiện Chỉ thị 05 của Tỉnh ủy.");
  schema::Mention named = Cites(by_name, "05-CT/TU", "Chỉ thị 05", "implements");
  named.named_by = "short";
  named.confidence = 0.8;
  by_name.mentions.push_back(named);
  index.Add(by_name);

  std::vector<schema::DirectiveRecord> records = index.Entry("05-CT/TU");
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].citations.size() == 2);
  const schema::Citation& by_name_citation = records[0].citations[0];
  CHECK(by_name_citation.document == "xa-kh-03");
  CHECK(by_name_citation.level == "co_so");
  CHECK(by_name_citation.citing_number == "03-KH/ĐU");
  CHECK(by_name_citation.named_by == "short");
  CHECK(by_name_citation.confidence == Approx(0.8));
  const schema::Citation& c = records[0].citations[1];
  CHECK(c.document == "dk-kh-12");
  CHECK(c.kind == "document");
  CHECK(c.citing_type == "KH");
  CHECK(c.level == "huyen");
  CHECK(c.relation == "implements");  // stronger than based_on, and than the plain mention
  CHECK(c.evidence == "Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện Chỉ thị 05-CT/TU như sau.");
  CHECK(plan.text.substr(c.evidence_begin, c.evidence_end - c.evidence_begin) == c.evidence);
  CHECK(c.named_by.empty());
}

TEST_CASE("a replacement attaches to the record of the number it names, and long evidence is cut") {
  RecordIndex index;
  index.Add(Document("lg-qd-47-2011", "47-QĐ/TU", "QĐ", "TU", "Tỉnh ủy Lam Giang", "2011-05-10", "Quy định cũ."));
  index.Add(Document("lg-qd-47-2016", "47-QĐ/TU", "QĐ", "TU", "Tỉnh ủy Lam Giang", "2016-09-01", "Quy định mới."));
  std::string long_sentence = "Quy định này thay thế Quyết định số 47-QĐ/TU ngày 10-5-2011";
  while (long_sentence.size() < 600) long_sentence += " và các văn bản hướng dẫn có liên quan";
  long_sentence += ".";
  schema::DocumentRecord replacing =
      Document("lg-qd-90", "90-QĐ/TU", "QĐ", "TU", "Tỉnh ủy Lam Giang", "2020-01-15", "Mở đầu. " + long_sentence);
  replacing.mentions.push_back(Cites(replacing, "47-QĐ/TU", "47-QĐ/TU", "replaces", "2011-05-10"));
  index.Add(replacing);
  std::vector<schema::DirectiveRecord> records = index.Entry("47-QĐ/TU");
  REQUIRE(records.size() == 2);
  CHECK(records[1].citations.empty());  // the 2016 document of the number is not the one replaced
  REQUIRE(records[0].citations.size() == 1);
  const schema::Citation& c = records[0].citations[0];
  CHECK(c.relation == "replaces");
  CHECK(c.evidence.size() <= schema::kMaxEvidenceBytes + std::string("…").size());
  CHECK(c.evidence.rfind("Quy định này thay thế", 0) == 0);
  REQUIRE(c.evidence.ends_with("…"));
  const std::string kept = c.evidence.substr(0, c.evidence.size() - std::string("…").size());
  CHECK(long_sentence.rfind(kept, 0) == 0);
  CHECK(long_sentence[kept.size()] == ' ');  // cut at a word
  CHECK(c.evidence_end - c.evidence_begin == long_sentence.size());
}

TEST_CASE("evidence offsets past the stored text are clamped, not trusted") {
  RecordIndex index;
  schema::DocumentRecord citing = Document("hostile", "", "", "", "", "2020-01-01", "Thay thế 05-CT/TU.");
  schema::Mention m = Cites(citing, "05-CT/TU", "05-CT/TU", "replaces");
  m.evidence_begin = 5;
  m.evidence_end = 4000000000u;
  citing.mentions.push_back(m);
  index.Add(citing);
  const schema::Citation c = index.Entry("05-CT/TU").at(0).citations.at(0);  // a copy: Entry returns a temporary
  CHECK(c.evidence == citing.text.substr(5));
}

}  // namespace
}  // namespace vankien::indexer
