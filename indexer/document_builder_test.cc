#include "indexer/document_builder.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <vector>

#include "schema/fields.h"

namespace vankien::indexer {
namespace {

std::set<std::string> Terms(const Xapian::Document& document) {
  std::set<std::string> terms;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

// A document record with the fields every test needs; each sets what it is about.
schema::DocumentRecord Resolution(std::string text) {
  schema::DocumentRecord record;
  record.id = "a";
  record.kind = "document";
  record.type = "NQ";
  record.title = "Nghị quyết";
  record.text = std::move(text);
  return record;
}

TEST_CASE("a document's terms, values and stored record") {
  schema::DocumentRecord record;
  record.id = "tu-nq-03-2017";
  record.kind = "document";
  record.number = "03-NQ/TU";
  record.date = "2017-09-22";
  record.term = "2015-2020";
  record.title = "Nghị quyết về cán bộ";
  record.text = "Thực hiện Chỉ thị số05-CT/TƯ, ngày 15-5-2016 của Bộ Chính trị. Hoá chi bộ.";
  DocumentBuilder builder;
  Xapian::Document document = builder.Build(&record, "/data/tu.xml");
  std::set<std::string> terms = Terms(document);

  CHECK(record.identifier == "03-NQ/TU");
  CHECK(record.type == "NQ");
  CHECK(record.body == "TU");
  CHECK(terms.count("nghi"));
  CHECK(terms.count("Enghị"));
  CHECK(terms.count("Wnghi quyet"));
  CHECK(terms.count("Ehóa"));          // "Hoá" in the text, tone placement canonical
  CHECK(terms.count("Whoa chi"));
  CHECK_FALSE(terms.count("Wtw hoa"));   // no pair across a sentence end
  CHECK(terms.count("05-ct/tw"));
  CHECK(terms.count("Qtu-nq-03-2017"));
  CHECK(terms.count("C05-CT/TW"));
  CHECK(terms.count("I03-NQ/TU"));
  CHECK(terms.count("TNQ"));
  CHECK(terms.count("OTU"));
  CHECK(terms.count("Y2017"));
  CHECK(terms.count("R2015-2020"));
  CHECK(terms.count("Kdocument"));
  CHECK(terms.count("F/data/tu.xml"));
  CHECK(document.get_value(schema::slot::kDate) == "20170922");

  REQUIRE(record.mentions.size() == 1);
  CHECK(record.mentions[0].canonical == "05-CT/TW");
  CHECK(record.mentions[0].date == "2016-05-15");
  CHECK(record.mentions[0].issuer == "Bộ Chính trị");
  CHECK_FALSE(record.mentions[0].own);
  CHECK(schema::LoadRecord(document) == record);
}

TEST_CASE("title words weigh more than text words") {
  schema::DocumentRecord record;
  record.id = "a";
  record.kind = "article";
  record.title = "dân vận";
  record.text = "dân vận";
  DocumentBuilder builder;
  Xapian::Document document = builder.Build(&record, "f");
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    if (*it == "van") CHECK(it.get_wdf() == kTitleWeight + kTextWeight);
  }
}

TEST_CASE("folded words carry positions, with a gap at every sentence end and part") {
  schema::DocumentRecord record = Resolution("Điện Biên, Hòa Bình. Diễn biến");
  record.title = "Lam Giang";
  DocumentBuilder builder;
  Xapian::Document document = builder.Build(&record, "f");
  auto positions = [&](const std::string& term) {
    Xapian::TermIterator it = document.termlist_begin();
    it.skip_to(term);
    if (it == document.termlist_end() || *it != term) return std::vector<Xapian::termpos>{};
    return std::vector<Xapian::termpos>(it.positionlist_begin(), it.positionlist_end());
  };
  const Xapian::termpos g = kSentenceGap;
  CHECK(positions("lam") == std::vector<Xapian::termpos>{g});
  CHECK(positions("giang") == std::vector<Xapian::termpos>{g + 1});
  // The text starts a sentence; a comma is no gap, a full stop is.
  CHECK(positions("dien") == std::vector<Xapian::termpos>{2 * g + 1, 3 * g + 4});
  CHECK(positions("bien") == std::vector<Xapian::termpos>{2 * g + 2, 3 * g + 5});
  CHECK(positions("hoa") == std::vector<Xapian::termpos>{2 * g + 3});
  CHECK(positions("binh") == std::vector<Xapian::termpos>{2 * g + 4});
  // Exact forms and pairs carry none: only phrases read positions, of folded words.
  CHECK(positions("Eđiện").empty());
  CHECK(positions("Wdien bien").empty());
  // The next document starts again from the beginning.
  document = builder.Build(&record, "f");
  CHECK(positions("lam") == std::vector<Xapian::termpos>{g});
}

TEST_CASE("the document's own number in its text is not a citation") {
  schema::DocumentRecord record = Resolution("Nghị quyết 01-NQ/ĐUK có hiệu lực. Bãi bỏ 02-NQ/ĐUK.");
  record.number = "01-NQ/ĐUK";
  DocumentBuilder builder;
  std::set<std::string> terms = Terms(builder.Build(&record, "f"));
  CHECK_FALSE(terms.count("C01-NQ/ĐUK"));
  CHECK(terms.count("C02-NQ/ĐUK"));
  CHECK(terms.count("I01-NQ/ĐUK"));
}

TEST_CASE("the document's own number with another date is a citation of its predecessor") {
  schema::DocumentRecord record = Resolution(
      "Thay thế Nghị quyết số 01-NQ/ĐUK ngày 08-12-2011. Nghị quyết 01-NQ/ĐUK ngày 19-8-2016 có hiệu lực.");
  record.number = "01-NQ/ĐUK";
  record.date = "2016-08-19";
  DocumentBuilder builder;
  std::set<std::string> terms = Terms(builder.Build(&record, "f"));
  CHECK(terms.count("C01-NQ/ĐUK"));
  CHECK(terms.count("I01-NQ/ĐUK"));
  REQUIRE(record.mentions.size() == 2);
  CHECK_FALSE(record.mentions[0].own);  // 2011: the predecessor
  CHECK(record.mentions[1].own);        // its own date
}

TEST_CASE("typed citations: the relation, its sentence and its source are stored, and searchable") {
  schema::DocumentRecord record = Resolution(
      "Căn cứ Quy định số 126-QĐ/TW;\nNghị quyết 01-NQ/ĐUK thay thế Nghị quyết số 02-NQ/ĐUK. "
      "Kế hoạch số 12-KH/ĐUK thực hiện Chỉ thị số 05-CT/TW. Chỉ thị số 07-CT/TW nêu rõ.");
  record.number = "01-NQ/ĐUK";
  DocumentBuilder builder;
  std::set<std::string> terms = Terms(builder.Build(&record, "f"));
  REQUIRE(record.mentions.size() == 6);
  const schema::Mention& based = record.mentions[0];
  CHECK(based.relation == "based_on");
  CHECK(based.by.empty());
  CHECK(record.text.substr(based.evidence_begin, based.evidence_end - based.evidence_begin) ==
        "Căn cứ Quy định số 126-QĐ/TW");
  CHECK(record.mentions[1].relation.empty());  // its own number
  CHECK(record.mentions[2].relation == "replaces");
  CHECK(record.mentions[2].by.empty());  // named by its own number: the document itself
  CHECK(record.mentions[4].relation == "implements");
  CHECK(record.mentions[4].by == "12-KH/ĐUK");
  CHECK(record.mentions[5].relation.empty());
  CHECK(record.mentions[5].evidence_end == 0);
  CHECK(terms.count("Lbased_on:126-QĐ/TW"));
  CHECK(terms.count("Lreplaces:02-NQ/ĐUK"));
  CHECK(terms.count("Limplements:05-CT/TW"));
  CHECK_FALSE(terms.count("Limplements:07-CT/TW"));
  CHECK(terms.count("C07-CT/TW"));

  // An article reports only what a number it names does.
  record.kind = "article";
  record.number.clear();
  record.identifier.clear();
  terms = Terms(builder.Build(&record, "f"));
  CHECK_FALSE(terms.count("Lbased_on:126-QĐ/TW"));
  CHECK(terms.count("Lreplaces:02-NQ/ĐUK"));
  CHECK(record.mentions[2].by == "01-NQ/ĐUK");
  CHECK(terms.count("Limplements:05-CT/TW"));

  // A plan schedules reviews; a report states them.
  record.kind = "document";
  record.text = "Cuối năm 2015 tổng kết việc thực hiện Nghị quyết số 03-NQ/TU trên địa bàn huyện.";
  record.type = "KH";
  CHECK_FALSE(Terms(builder.Build(&record, "f")).count("Lreviews:03-NQ/TU"));
  record.type = "BC";
  CHECK(Terms(builder.Build(&record, "f")).count("Lreviews:03-NQ/TU"));
  record.kind = "article";
  record.type = "NQ";

  // A number is never its own source.
  record.text = "Theo Nghị định số 163/2006/NĐ-CP (và các văn bản sửa đổi, bổ sung Nghị định số 163/2006/NĐ-CP).";
  terms = Terms(builder.Build(&record, "f"));
  CHECK_FALSE(terms.count("Lamends:163/2006/NĐ-CP"));
}

TEST_CASE("typed citations by name: a name's sentence gives it its relation as a number's would") {
  // Sample sentences, invented.
  schema::DocumentRecord record = Resolution(
      "Hướng dẫn này hướng dẫn thực hiện Quyết định 935 của Ban Thường vụ Thành ủy. Kế hoạch số "
      "12-KH/ĐUK thực hiện Chỉ thị số 05 của Bộ Chính trị. Chỉ thị 17 của Tỉnh ủy nêu rõ.");
  record.type = "HD";
  DocumentBuilder builder;
  const std::set<std::string> terms = Terms(builder.Build(&record, "f"));
  std::vector<const schema::Mention*> named;
  for (const schema::Mention& m : record.mentions) {
    if (!m.named_by.empty()) named.push_back(&m);
  }
  REQUIRE(named.size() == 3);
  CHECK(named[0]->canonical == "935-QĐ/TU");
  CHECK(named[0]->relation == "guides");
  CHECK(named[0]->by.empty());  // the document itself
  CHECK(record.text.substr(named[0]->evidence_begin, named[0]->evidence_end - named[0]->evidence_begin) ==
        "Hướng dẫn này hướng dẫn thực hiện Quyết định 935 của Ban Thường vụ Thành ủy");
  CHECK(named[1]->canonical == "05-CT/TW");
  CHECK(named[1]->relation == "implements");
  CHECK(named[1]->by == "12-KH/ĐUK");
  CHECK(named[2]->relation.empty());
  CHECK(terms.count("Lguides:935-QĐ/TU"));
  // In an article, "Chỉ thị 05 và Chương trình hành động … thực hiện Nghị quyết 18" does not say
  // the directive implements the resolution: the programme does.
  schema::DocumentRecord article = Resolution("Chỉ thị số 05 của Bộ Chính trị và Chương trình hành động của Mặt "
                                              "trận thực hiện Nghị quyết 18 của Bộ Chính trị được triển khai.");
  article.kind = "article";
  builder.Build(&article, "g");
  for (const schema::Mention& m : article.mentions) {
    CAPTURE(m.canonical);
    CHECK(m.relation.empty());
  }
  CHECK(terms.count("Limplements:05-CT/TW"));
  // The written number keeps its own reading.
  const auto plan = std::find_if(record.mentions.begin(), record.mentions.end(),
                                 [](const schema::Mention& m) { return m.canonical == "12-KH/ĐUK"; });
  REQUIRE(plan != record.mentions.end());
  CHECK(plan->relation.empty());
}

TEST_CASE("a short name resolved surely is a source, of written numbers and of names") {
  // Sample sentences, invented.
  schema::DocumentRecord article = Resolution(
      "Chính phủ ban hành Nghị định số 49/2017/NĐ-CP. Nghị định 49/2017 sửa đổi Nghị định số 25/2011/NĐ-CP. "
      "Nghị định số 49/2017 cũng sửa đổi Nghị định số 25/2011 về viễn thông.");
  article.kind = "article";
  DocumentBuilder builder;
  const std::set<std::string> terms = Terms(builder.Build(&article, "f"));
  std::vector<const schema::Mention*> amended;
  for (const schema::Mention& m : article.mentions) {
    if (m.canonical == "25/2011/NĐ-CP") amended.push_back(&m);
  }
  REQUIRE(amended.size() == 2);
  CHECK(amended[0]->named_by.empty());  // written in full
  CHECK(amended[0]->relation == "amends");
  CHECK(amended[0]->by == "49/2017/NĐ-CP");
  CHECK(amended[1]->named_by == "short");
  CHECK(amended[1]->relation == "amends");
  CHECK(amended[1]->by == "49/2017/NĐ-CP");
  CHECK(terms.count("Lamends:25/2011/NĐ-CP"));
  // A name tells when it was issued as its number does: no relation to a later document.
  article.text = "Bộ Tài chính ban hành Thông tư 151/2014/TT-BTC. Thông tư 151 hướng dẫn thực hiện Nghị định số "
                 "91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ.";
  builder.Build(&article, "f");
  for (const schema::Mention& m : article.mentions) {
    CAPTURE(m.canonical);
    if (m.canonical == "91/2014/NĐ-CP") CHECK(m.by == "151/2014/TT-BTC");
    if (m.canonical == "12/2015/NĐ-CP") CHECK(m.relation.empty());
  }
  // A name resolved by its issuer (0.8) is a source; the same name without it (0.75) is not.
  article.text = "Chỉ thị 20 của Thủ tướng thay thế Chỉ thị số 15/CT-TTg.";
  builder.Build(&article, "f");
  REQUIRE(article.mentions.size() == 2);
  CHECK(article.mentions[0].canonical == "15/CT-TTg");
  CHECK(article.mentions[0].by == "20/CT-TTg");
  article.text = "Chỉ thị 20 của Thủ tướng được ký. Chỉ thị 20 thay thế Chỉ thị số 15/CT-TTg.";
  builder.Build(&article, "f");
  REQUIRE(article.mentions.size() == 3);
  CHECK(article.mentions[0].canonical == "15/CT-TTg");
  CHECK(article.mentions[0].relation.empty());
}

TEST_CASE("the organs an issuer names are terms, in one spelling, a body's document naming none is marked") {
  DocumentBuilder builder;
  schema::DocumentRecord record = Resolution("Nội dung.");
  record.body = "TW";
  record.issuer = "Bộ Chính trị, Ban Bí thư";
  std::set<std::string> terms = Terms(builder.Build(&record, "f"));
  CHECK(terms.count("Abo chinh tri"));
  CHECK(terms.count("Aban bi thu"));
  CHECK_FALSE(terms.count("A?"));
  record.issuer = "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG";
  terms = Terms(builder.Build(&record, "f"));
  CHECK(terms.count("Aban chap hanh trung uong"));
  record.issuer = "";
  terms = Terms(builder.Build(&record, "f"));
  CHECK(terms.count("A?"));
  record.body = "";
  terms = Terms(builder.Build(&record, "f"));
  CHECK_FALSE(terms.count("A?"));
}

TEST_CASE("a term of office is indexed in the form queries use, and shown as written") {
  DocumentBuilder builder;
  schema::DocumentRecord record = Resolution("Nội dung.");
  record.term = "Khóa XII";
  CHECK(Terms(builder.Build(&record, "f")).count("RXII"));
  CHECK(record.term == "Khóa XII");
  record.term = "nhiệm kỳ 2020 – 2025";
  CHECK(Terms(builder.Build(&record, "f")).count("R2020-2025"));
}

}  // namespace
}  // namespace vankien::indexer
