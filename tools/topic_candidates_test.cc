#include "tools/topic_candidates.h"

#include <catch2/catch.hpp>

namespace vankien::tools {
namespace {

// A training document whose body is this text, analysed as topic_labels.h does.
LabelledDocument Document(const std::string& text) {
  static analysis::Analyzer analyzer;
  analysis::Analysis analysis;
  LabelledDocument document;
  document.text_text = text;
  analyzer.Analyze(document.text_text, &analysis);
  document.text = analysis.tokens;
  return document;
}

std::vector<std::string> Folded(const std::vector<Candidate>& candidates) {
  std::vector<std::string> folded;
  for (const Candidate& c : candidates) folded.push_back(c.folded);
  return folded;
}

TEST_CASE("candidates are word pairs in enough documents, not names, not across punctuation") {
  std::vector<LabelledDocument> documents = {
      Document("Công tác dân vận ở Hà Nội, chi bộ họp."),
      Document("Làm tốt công tác dân vận tại Hà Nội."),
      Document("Cong tac dan van tai Ha Noi, chi bo hop."),
      Document("Tin thể thao."),
      Document("Tin văn hóa."),
  };
  std::vector<const LabelledDocument*> training;
  for (const auto& d : documents) training.push_back(&d);

  // "công tác", "tác dân", "dân vận" are in 3 of 5 documents: more than half.
  CHECK(FindCandidates(training, 3).empty());

  documents.push_back(Document("Một tin khác."));
  training.clear();
  for (const auto& d : documents) training.push_back(&d);
  std::vector<Candidate> candidates = FindCandidates(training, 3);
  // In 3 of 6 documents; "chi bộ" (one typed without diacritics) is in 2 only.
  CHECK(Folded(candidates) == std::vector<std::string>{"cong tac", "dan van", "tac dan"});
  // The commonest exact form is kept for writing the phrase.
  CHECK(candidates.front().exact == "công tác");
  // With 2 documents enough, "chi bộ" joins them, but neither the name "Hà Nội" nor "nội, chi"
  // (a comma between) does.
  CHECK(Folded(FindCandidates(training, 2)) ==
        std::vector<std::string>{"bo hop", "chi bo", "cong tac", "dan van", "tac dan", "tai ha", "van tai"});
}

TEST_CASE("offices, forms of address and \"tổ chức\" are never candidates") {
  CHECK(IsBarredPair("chu tich"));
  CHECK(IsBarredPair("bi thu"));
  CHECK(IsBarredPair("dong chi"));
  CHECK(IsBarredPair("to chuc"));
  CHECK_FALSE(IsBarredPair("chi bo"));
  CHECK_FALSE(IsBarredPair("chu tich nuoc"));  // pairs only

  std::vector<LabelledDocument> documents = {
      Document("đồng chí chủ tịch tổ chức họp chi bộ"), Document("đồng chí chủ tịch tổ chức họp chi bộ"),
      Document("Tin thể thao."), Document("Tin văn hóa."), Document("Một tin khác.")};
  std::vector<const LabelledDocument*> training;
  for (const auto& d : documents) training.push_back(&d);
  CHECK(Folded(FindCandidates(training, 2)) ==
        std::vector<std::string>{"chi bo", "chi chu", "chuc hop", "hop chi", "tich to"});
}

TEST_CASE("word candidates: single words in enough documents, not names' syllables, not offices' words") {
  CHECK(IsWordOfBarredPair("tich"));
  CHECK(IsWordOfBarredPair("thu"));
  CHECK(IsWordOfBarredPair("chuc"));
  CHECK_FALSE(IsWordOfBarredPair("bo cao"));
  CHECK_FALSE(IsWordOfBarredPair("dan"));
  std::vector<LabelledDocument> documents = {
      Document("Chủ tịch Hùng nói về đầu tư."), Document("Ông Hùng bàn đầu tư, bí thư nghe."),
      Document("Tin thể thao."), Document("Tin văn hóa."), Document("Một tin khác.")};
  std::vector<const LabelledDocument*> training;
  for (const auto& d : documents) training.push_back(&d);
  // "Hùng" is capitalised wherever it stands; "chủ", "tịch", "bí", "thư" are offices' words;
  // "tin" is in 3 of 5 documents, more than half.
  CHECK(Folded(FindWordCandidates(training, 2)) == std::vector<std::string>{"dau", "tu"});
  CHECK(FindWordCandidates(training, 2).front().exact == "đầu");
}

}  // namespace
}  // namespace vankien::tools
