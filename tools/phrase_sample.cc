// Draws quoted phrases at random from an index's stored texts and finds, by scanning every
// stored text, each document that holds each phrase: the gold answers tools/bench_phrases.sh
// scores phrase searches against (precision of the first hits, recall of every holder).
//
// A phrase is 3 to 6 consecutive words (letters only: no numbers, dates or document numbers)
// of one sentence of a document's text. A document holds it when its title, subject or text has
// the same words, folded, one after another within one sentence — the documented meaning of a
// quoted phrase (docs/query-language.md), computed here without the index's terms.
//
// usage: phrase_sample DB N SEED OUT_DIR [PATH_PART]
//   Draws from the documents whose source path contains PATH_PART (all when absent); scans all.
//   Writes OUT_DIR/queries.tsv ("qid<TAB>"phrase"" as typed with diacritics),
//   OUT_DIR/queries-plain.tsv (the same without diacritics), OUT_DIR/truth.tsv ("qid<TAB>docid").
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "query/phrase_match.h"
#include "schema/deleted_documents.h"
#include "schema/document_record.h"
#include "schema/fields.h"

namespace {

using vankien::analysis::Analysis;
using vankien::analysis::Analyzer;
using vankien::analysis::Gap;
using vankien::analysis::Token;
using vankien::analysis::TokenKind;

struct Phrase {
  std::vector<std::string> folded;
  std::string exact;  // the words as the text writes them (NFC, lower case), one space apart
};

// A phrase of `length` words at `start` of `tokens`, when they are words of one sentence.
std::optional<Phrase> PhraseOfWordsAt(const std::vector<Token>& tokens, std::size_t start, std::size_t length) {
  if (start + length > tokens.size()) return std::nullopt;
  Phrase phrase;
  for (std::size_t i = start; i < start + length; ++i) {
    if (tokens[i].kind != TokenKind::kWord || (i > start && tokens[i].gap == Gap::kSentence)) return std::nullopt;
    phrase.folded.push_back(tokens[i].folded);
    phrase.exact += (i > start ? " " : "") + tokens[i].exact;
  }
  return phrase;
}

// Adds to holders[p] the id of the document when `tokens` hold phrase p; `by_first_word` lists
// the phrases by their first folded word.
void FindPhrases(const std::vector<Token>& tokens, const std::vector<Phrase>& phrases,
                 const std::multimap<std::string, std::size_t>& by_first_word, const std::string& id,
                 std::vector<std::set<std::string>>* holders) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    auto [first, last] = by_first_word.equal_range(tokens[i].folded);
    for (auto it = first; it != last; ++it) {
      if (vankien::query::PhraseAt(tokens, i, phrases[it->second].folded, &Token::folded)) {
        (*holders)[it->second].insert(id);
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: phrase_sample DB N SEED OUT_DIR [PATH_PART]\n";
    return 2;
  }
  const Xapian::Database db(argv[1]);
  const std::size_t wanted = std::stoul(argv[2]);
  std::mt19937_64 random(std::stoull(argv[3]));
  const std::string out = argv[4];
  const std::string path_part = argc > 5 ? argv[5] : "";
  const vankien::schema::DeletedDocuments deleted = vankien::schema::DeletedDocuments::Read(db);

  std::vector<Xapian::docid> live, drawable;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    if (deleted.Contains(*it)) continue;
    live.push_back(*it);
    if (db.get_document(*it).get_value(vankien::schema::slot::kFile).find(path_part) != std::string::npos) {
      drawable.push_back(*it);
    }
  }
  if (drawable.empty()) {
    std::cerr << "phrase_sample: no document to draw from\n";
    return 2;
  }

  Analyzer analyzer;
  Analysis analysis;
  std::vector<Phrase> phrases;
  std::set<std::vector<std::string>> seen;
  // Bounded: an index of texts without phrases of words must not loop for ever.
  for (std::size_t attempt = 0; phrases.size() < wanted && attempt < wanted * 1000; ++attempt) {
    const Xapian::docid id = drawable[std::uniform_int_distribution<std::size_t>(0, drawable.size() - 1)(random)];
    analyzer.Analyze(vankien::schema::LoadRecord(db.get_document(id)).text, &analysis);
    if (analysis.tokens.empty()) continue;
    const std::size_t length = std::uniform_int_distribution<std::size_t>(3, 6)(random);
    const std::size_t start = std::uniform_int_distribution<std::size_t>(0, analysis.tokens.size() - 1)(random);
    std::optional<Phrase> phrase = PhraseOfWordsAt(analysis.tokens, start, length);
    if (phrase && seen.insert(phrase->folded).second) phrases.push_back(std::move(*phrase));
  }

  std::multimap<std::string, std::size_t> by_first_word;
  for (std::size_t p = 0; p < phrases.size(); ++p) by_first_word.emplace(phrases[p].folded.front(), p);
  std::vector<std::set<std::string>> holders(phrases.size());
  for (Xapian::docid id : live) {
    const vankien::schema::DocumentRecord record = vankien::schema::LoadRecord(db.get_document(id));
    for (auto part : {vankien::schema::Part::kTitle, vankien::schema::Part::kSubject, vankien::schema::Part::kText}) {
      analyzer.Analyze(record.PartText(part), &analysis);
      FindPhrases(analysis.tokens, phrases, by_first_word, record.id, &holders);
    }
  }

  std::ofstream queries(out + "/queries.tsv"), plain(out + "/queries-plain.tsv"), truth(out + "/truth.tsv");
  for (std::size_t p = 0; p < phrases.size(); ++p) {
    std::string folded;
    for (const std::string& word : phrases[p].folded) folded += (folded.empty() ? "" : " ") + word;
    queries << "p" << p << "\t\"" << phrases[p].exact << "\"\n";
    plain << "p" << p << "\t\"" << folded << "\"\n";
    for (const std::string& id : holders[p]) truth << "p" << p << "\t" << id << "\n";
  }
  std::cout << "phrases " << phrases.size() << " documents_scanned " << live.size() << "\n";
  return phrases.size() == wanted ? 0 : 1;
}
