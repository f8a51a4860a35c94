#include "query/query_builder.h"

#include <algorithm>
#include <set>
#include <map>

#include "analysis/analyzer.h"
#include "analysis/document_name.h"
#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "analysis/token_filters.h"
#include "schema/fields.h"
#include "query/match_everything.h"

namespace vankien::query {
namespace {

namespace field = schema::field;
using Q = Xapian::Query;

// A query that matches like `q` but adds nothing to the score: filters. Filtering every document
// rather than scaling by 0: with Xapian 1.4.22 a lone term scaled by 0 that every document holds
// fails to read once a document was deleted (see CountingWeight in searcher.cc).
Q Unweighted(const Q& q) { return Q(Q::OP_FILTER, MatchEverything(), q); }

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

class Builder {
 public:
  Builder(const QueryContext& context, analysis::Analyzer* analyzer)
      : context_(context), analyzer_(*analyzer) {}

  BuiltQuery Build(const QueryNode& root) {
    expansions_left_ = kMaxAbbreviationsExpanded;
    result_.query = Node(root);
    if (result_.filtered) {
      std::unique_ptr<QueryNode> words = WithoutFilters(root);
      result_.unfiltered = words ? Node(*words) : MatchEverything();
    }
    broad_ = true;
    expansions_left_ = kMaxAbbreviationsExpanded;
    result_.broad = Node(root);
    // A word also written without diacritics in another part of the query may be marked in
    // any form.
    for (const std::string& word : any_form_) result_.highlight.forms.erase(word);
    return std::move(result_);
  }

 private:
  Q Node(const QueryNode& node) {
    switch (node.kind) {
      case NodeKind::kWords: return Words(node.text, /*phrase=*/false);
      case NodeKind::kPhrase: return Words(node.text, /*phrase=*/true);
      case NodeKind::kIdentifier: return Identifier(node.text);
      case NodeKind::kFilter: return Unweighted(FilterTerm(node));
      case NodeKind::kDateRange: return DateRange(node);
      case NodeKind::kGroup: return Group(node);
      case NodeKind::kAnd: {
        std::vector<Q> parts;
        for (const auto& child : node.children) parts.push_back(Operand(*child));
        return Q(Q::OP_AND, parts.begin(), parts.end());
      }
      case NodeKind::kOr: return Alternatives(node);
      case NodeKind::kAndNot: {
        Q kept = Operand(*node.children[0]);
        return Q(Q::OP_AND_NOT, kept, Excluded(*node.children[1]));
      }
      case NodeKind::kRequired: return Operand(*node.children[0]);
      case NodeKind::kExcluded: return Q(Q::OP_AND_NOT, MatchEverything(), Excluded(*node.children[0]));
      case NodeKind::kMatchAll: return MatchEverything();
      case NodeKind::kNear: return Near(node);
    }
    return Q();
  }

  // The alternatives of OR. When some write a number and others none ("05-CT/TW OR chi bộ"),
  // the others' matches are listed too (BuiltQuery::numbers_among_alternatives).
  Q Alternatives(const QueryNode& node) {
    std::vector<Q> parts;
    bool with_number = false, without_number = false;
    for (const auto& child : node.children) {
      const std::size_t numbers = numbers_written_;
      parts.push_back(Node(*child));
      (numbers_written_ > numbers ? with_number : without_number) = true;
    }
    if (with_number && without_number) result_.numbers_among_alternatives = true;
    return Q(Q::OP_OR, parts.begin(), parts.end());
  }

  // An operand of AND, NOT or +: "chi bộ AND đảng viên" means both, so where free words are
  // taken anywhere (the broad query) such an operand still needs all of its words.
  Q Operand(const QueryNode& node) {
    all_words_ = node.kind == NodeKind::kWords;
    Q q = Node(node);
    all_words_ = false;
    return q;
  }

  // An excluded part contributes no highlighting, no weight and no number to list first.
  Q Excluded(const QueryNode& node) {
    HighlightTerms kept = result_.highlight;
    std::set<std::vector<std::string>> exact_phrases = result_.exact_phrases;
    std::set<std::vector<std::string>> word_runs = result_.word_runs;
    std::vector<std::string> numbers = result_.identifiers;
    const bool ranked = result_.ranked, alternatives = result_.numbers_among_alternatives;
    const std::size_t written = numbers_written_;
    Q q = Operand(node);
    result_.highlight = std::move(kept);
    result_.exact_phrases = std::move(exact_phrases);
    result_.word_runs = std::move(word_runs);
    result_.identifiers = std::move(numbers);
    numbers_written_ = written;
    result_.ranked = ranked;
    result_.numbers_among_alternatives = alternatives;
    return q;
  }

  // Free words, and when they write a plenum or congress name ("nghị quyết trung ương 4 khóa
  // XII"), also the documents with or citing the numbers it stands for. Those add no weight: the
  // documents that match the words rank first, then the others that cite the resolution.
  Q Words(const std::string& text, bool phrase) {
    Q words = FreeWords(text, phrase);
    if (!context_.plenum_numbers || words.empty()) return words;
    std::vector<Q> numbers;
    for (const analysis::DocumentName& name : analysis::FindDocumentNames(text)) {
      if (name.kind == analysis::NameKind::kShort) continue;
      for (const std::string* term : {&name.term, &name.second_term}) {  // "khóa XI, XII": both
        if (term->empty()) continue;
        for (const std::string& number : context_.plenum_numbers(analysis::PlenumKey(*term, name.session))) {
          numbers.emplace_back(schema::Term(field::kIdentifier, number));
          numbers.emplace_back(schema::Term(field::kCites, number));
        }
      }
    }
    if (numbers.empty()) return words;
    return Q(Q::OP_OR, words, Unweighted(Q(Q::OP_OR, numbers.begin(), numbers.end())));
  }

  // The positional condition of a phrase of `tokens`: its words one after another within each
  // sentence of it (the index leaves a gap at sentence ends). Pairs already settle a run of two
  // words, so only runs of three or more need positions; an empty query when no run does.
  static Q Adjacent(const std::vector<analysis::Token>& tokens) {
    std::vector<Q> runs;
    for (const std::vector<std::string>& run : WordRuns(tokens)) runs.emplace_back(Q::OP_PHRASE, run.begin(), run.end(), run.size());
    return runs.empty() ? Q() : Q(Q::OP_AND, runs.begin(), runs.end());
  }

  // The folded words of `tokens` in runs within one sentence, those of three or more words.
  static std::vector<std::vector<std::string>> WordRuns(const std::vector<analysis::Token>& tokens) {
    std::vector<std::vector<std::string>> runs;
    std::vector<std::string> run;
    auto end_run = [&] {
      if (run.size() >= 3) runs.push_back(std::move(run));
      run.clear();
    };
    for (const analysis::Token& token : tokens) {
      if (token.gap == analysis::Gap::kSentence) end_run();
      run.push_back(token.folded);
    }
    end_run();
    return runs;
  }

  // Free words: a pair term for every two consecutive words (and, in the broad query, each
  // word's folded term), plus the exact terms of words typed with diacritics in short queries.
  // A phrase requires all its pairs and, when longer than two words, its words' positions.
  Q FreeWords(const std::string& text, bool phrase) {
    analyzer_.Analyze(text, &analysis_);
    const auto& tokens = analysis_.tokens;
    if (tokens.empty()) return Q();
    result_.ranked = true;
    const std::string exact_prefix(schema::GetField(field::kExact).prefix);
    const std::string pair_prefix(schema::GetField(field::kPair).prefix);
    std::vector<Q> words, exact, pairs;
    // Typed with diacritics: each word asks to be highlighted in the form written.
    const bool diacritics = std::any_of(tokens.begin(), tokens.end(), [](const analysis::Token& token) {
      return token.exact != token.folded;
    });
    // A quoted phrase is highlighted whole (HighlightTerms::phrases), its words never alone.
    const bool whole_phrase = phrase && tokens.size() > 1;
    // The abbreviation each token is part of, if any, among those that have other forms.
    std::vector<const AbbreviationSpan*> span_of(tokens.size(), nullptr);
    std::vector<AbbreviationSpan> spans;
    if (!phrase && context_.abbreviations != nullptr) spans = context_.abbreviations->Find(tokens);
    for (const AbbreviationSpan& span : spans) {
      if (span.others.empty() || expansions_left_ == 0) continue;
      --expansions_left_;
      for (std::size_t i = span.begin; i < span.end; ++i) span_of[i] = &span;
    }
    std::string phrase_words;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const analysis::Token& token = tokens[i];
      if (whole_phrase) {
        phrase_words.append(i == 0 ? "" : " ").append(token.folded);
      } else {
        result_.highlight.all_words.insert(token.folded);
      }
      if (token.kind == analysis::TokenKind::kWord) {
        if (diacritics) {
          result_.highlight.forms[token.folded].insert(token.exact);
        } else {
          any_form_.insert(token.folded);
        }
      }
      if (token.kind == analysis::TokenKind::kDate) {
        std::string day = token.exact;  // ISO: 2012-03-14
        day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
        result_.dates.insert(day);
      }
      if (tokens.size() == 1) result_.highlight.words.insert(token.folded);
      words.push_back(span_of[i] == nullptr ? Q(token.folded) : WordOrOtherForms(token.folded, *span_of[i]));
      if (token.exact != token.folded) exact.emplace_back(exact_prefix + token.exact);
      if (i > 0 && tokens[i].gap != analysis::Gap::kSentence) {
        const std::string pair = tokens[i - 1].folded + ' ' + token.folded;
        if (!whole_phrase) result_.highlight.pairs.insert(pair);
        pairs.push_back(span_of[i - 1] == nullptr && span_of[i] == nullptr
                            ? Q(pair_prefix + pair)
                            : PairOrOtherForms(tokens[i - 1].folded, span_of[i - 1], token.folded, span_of[i]));
      }
    }
    if (whole_phrase) result_.highlight.phrases.insert(phrase_words);
    if (whole_phrase && diacritics) {
      std::vector<std::string> exact_words;
      for (const analysis::Token& token : tokens) exact_words.push_back(token.exact);
      result_.exact_phrases.insert(std::move(exact_words));
    }
    Q exact_part(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, exact.begin(), exact.end()), kExactWeight);
    if (phrase && !pairs.empty()) {
      // Ranked by its pairs; the positions only filter (a phrase's weight would count its words
      // again).
      Q required(Q::OP_AND, pairs.begin(), pairs.end());
      if (Q adjacent = Adjacent(tokens); !adjacent.empty()) required = Q(Q::OP_FILTER, required, adjacent);
      return exact.empty() ? required : Q(Q::OP_AND_MAYBE, required, exact_part);
    }
    if (phrase && words.size() == 1) {
      return exact.empty() ? words[0] : Q(Q::OP_AND_MAYBE, words[0], exact_part);
    }
    std::vector<Q> parts;
    if (broad_ || pairs.empty()) parts.emplace_back(all_words_ ? Q::OP_AND : Q::OP_OR, words.begin(), words.end());
    if (!pairs.empty()) {
      parts.emplace_back(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, pairs.begin(), pairs.end()), kPairWeight);
    }
    Q matching(Q::OP_OR, parts.begin(), parts.end());
    for (std::vector<std::string>& run : WordRuns(tokens)) result_.word_runs.insert(std::move(run));
    // The exact forms rank what the folded terms match; they never match more ("chi bộ" must
    // find what "chi bo" finds, not every document with "Bộ").
    if (exact.empty() || tokens.size() > kMaxWordsForExact) return matching;
    return Q(Q::OP_AND_MAYBE, matching, exact_part);
  }

  // The index's term for the folded words `left` and `right` side by side.
  static Q PairTerm(const std::string& left, const std::string& right) {
    return Q(std::string(schema::GetField(field::kPair).prefix) + left + ' ' + right);
  }

  // The query for folded `words` standing one after another, which the results highlight: a
  // word, a pair term (the index's own pairs), or a phrase. A phrase is looked for only in the
  // documents holding its pairs: their posting lists are short where its words' are long, and
  // the phrase alone still counts its occurrences and estimates its frequency for the weights.
  Q Sequence(const std::vector<std::string>& words) {
    if (words.size() == 1) {
      result_.highlight.words.insert(words[0]);
      result_.highlight.all_words.insert(words[0]);
      return Q(words[0]);
    }
    std::vector<Q> pairs;
    for (std::size_t i = 1; i < words.size(); ++i) {
      result_.highlight.pairs.insert(words[i - 1] + ' ' + words[i]);
      pairs.push_back(PairTerm(words[i - 1], words[i]));
    }
    if (pairs.size() == 1) return pairs.front();
    return Q(Q::OP_FILTER, Q(Q::OP_PHRASE, words.begin(), words.end(), static_cast<Xapian::termcount>(words.size())),
             Q(Q::OP_AND, pairs.begin(), pairs.end()));
  }

  // A word of an abbreviation's form as typed, or the abbreviation written another way: a
  // document writing "Ủy ban nhân dân" has each word of "UBND" typed, as one of "UBND" has each
  // word of "Ủy ban nhân dân".
  Q WordOrOtherForms(const std::string& word, const AbbreviationSpan& span) {
    std::vector<Q> alternatives{Q(word)};
    for (const std::vector<std::string>& other : span.others) alternatives.push_back(Sequence(other));
    return EitherForm(alternatives);
  }

  // `alternatives` (the form typed first) weighed as one term, Xapian's synonym, so that a
  // document writing either form weighs alike; the form typed also weighs a little on its own
  // (kTypedFormWeight), which puts first, among documents otherwise alike, those that write
  // what was typed: a text is most often found by the words it writes (tools/eval_known_item.sh).
  static Q EitherForm(const std::vector<Q>& alternatives) {
    return Q(Q::OP_OR, Q(Q::OP_SYNONYM, alternatives.begin(), alternatives.end()),
             Q(Q::OP_SCALE_WEIGHT, alternatives.front(), kTypedFormWeight));
  }

  // The pair of `left` and `right` as typed, or with the abbreviation it lies in written another
  // way: inside one ("ban nhan" of "Ủy ban nhân dân") the whole other form, "ubnd"; across its
  // edge ("ubnd tinh" of "UBND tỉnh") each other form with the word beside it, "ủy ban nhân dân
  // tỉnh". A null span: that word is no abbreviation's.
  Q PairOrOtherForms(const std::string& left, const AbbreviationSpan* left_span, const std::string& right,
                     const AbbreviationSpan* right_span) {
    std::vector<Q> alternatives{PairTerm(left, right)};
    if (left_span == right_span) {
      for (const std::vector<std::string>& other : left_span->others) alternatives.push_back(Sequence(other));
      return EitherForm(alternatives);
    }
    // Each side as typed (first) or as another form of its abbreviation.
    auto forms = [](const std::string& word, const AbbreviationSpan* span) {
      std::vector<std::vector<std::string>> all{{word}};
      if (span != nullptr) all.insert(all.end(), span->others.begin(), span->others.end());
      return all;
    };
    const std::vector<std::vector<std::string>> lefts = forms(left, left_span), rights = forms(right, right_span);
    for (std::size_t l = 0; l < lefts.size(); ++l) {
      for (std::size_t r = l == 0 ? 1 : 0; r < rights.size(); ++r) {
        std::vector<std::string> words = lefts[l];
        words.insert(words.end(), rights[r].begin(), rights[r].end());
        alternatives.push_back(Sequence(words));
      }
    }
    return EitherForm(alternatives);
  }

  // Two sides, each a phrase, near each other: every word of both within a span of the two
  // sides' length plus `distance` words, in either order (Xapian's NEAR window), each side's words
  // one after another. Xapian cannot nest a phrase inside NEAR, so a side of several words is
  // required as a phrase of its own (Words) and its words within the span: a document whose
  // side stands whole at one place and scattered near the other side at another would match;
  // docs/query-language.md says so.
  Q Near(const QueryNode& node) {
    std::vector<std::string> words;
    std::vector<Q> sides;
    for (const auto& side : node.children) {
      sides.push_back(Words(side->text, /*phrase=*/true));
      if (sides.back().empty()) return Q();  // a side of punctuation alone: nothing to be near
      for (const analysis::Token& token : analysis_.tokens) words.push_back(token.folded);
    }
    const Q near(Q::OP_NEAR, words.begin(), words.end(), static_cast<Xapian::termcount>(words.size() + node.distance));
    return Q(Q::OP_FILTER, Q(Q::OP_AND, sides.begin(), sides.end()), near);
  }

  // A document number as free text matches the documents with that number and those citing it.
  Q Identifier(const std::string& canonical) {
    ++numbers_written_;
    // Once each: a query may write the same number twice, and its broad form builds it again.
    if (std::find(result_.identifiers.begin(), result_.identifiers.end(), canonical) == result_.identifiers.end()) {
      result_.identifiers.push_back(canonical);
    }
    result_.highlight.words.insert(analysis::FoldedForm(canonical));
    result_.highlight.all_words.insert(analysis::FoldedForm(canonical));
    std::vector<Q> terms;
    for (const std::string& spelling : analysis::TypedSpellings(canonical)) {
      result_.highlight.numbers.insert(spelling);
      terms.emplace_back(schema::Term(field::kIdentifier, spelling));
      terms.emplace_back(schema::Term(field::kCites, spelling));
    }
    return Unweighted(Q(Q::OP_OR, terms.begin(), terms.end()));
  }

  Q DateRange(const QueryNode& node) {
    result_.filtered = true;
    if (node.low.empty()) return Unweighted(Q(Q::OP_VALUE_LE, schema::slot::kDate, node.high));
    if (node.high.empty()) return Unweighted(Q(Q::OP_VALUE_GE, schema::slot::kDate, node.low));
    return Unweighted(Q(Q::OP_VALUE_RANGE, schema::slot::kDate, node.low, node.high));
  }

  // The boolean term a filter stands for.
  Q FilterTerm(const QueryNode& node) {
    result_.filtered = true;
    const std::string& value = node.text;
    const std::string& name = node.field;
    auto fail = [&](const std::string& what) -> Q { throw QueryError(what, node.position); };
    // "không có cơ quan ban hành "X" (hint)": one wording whoever reads it, where to look theirs.
    auto unknown = [&](const char* what, const std::string& hint) -> Q {
      return fail("không có " + std::string(what) + " \"" + value + "\"" + (hint.empty() ? "" : " (" + hint + ")"));
    };
    if (name == field::kBody) {
      const analysis::Code* body = analysis::FindIssuingBody(value);
      if (body == nullptr) body = analysis::FindIssuingBodyByName(value);
      if (const std::string_view organ = analysis::OrganNamed(value); body != nullptr && !organ.empty()) {
        // "Bộ Chính trị": the documents of TW that organ issued, not those of Ban Bí thư, and
        // those that name no issuer.
        return Q(Q::OP_AND, Q(schema::Term(name, body->code)),
                 Q(Q::OP_OR, Q(schema::Term(field::kOrgan, analysis::FoldedForm(organ))),
                   Q(schema::Term(field::kOrgan, schema::kUnknownOrgan))));
      }
      if (body != nullptr) return Q(schema::Term(name, body->code));
      std::string spelled = analysis::SpellTrungUongAsTW(value);
      if (!spelled.empty() && spelled == AsciiUpper(spelled) && spelled.find(' ') == std::string::npos &&
          context_.indexed && context_.indexed(schema::Term(name, spelled))) {
        return Q(schema::Term(name, spelled));  // a body code missing from the table
      }
      return unknown("cơ quan ban hành", context_.where_known.codes);
    }
    if (name == field::kType) {
      const analysis::Code* type = analysis::FindDocumentType(value);
      if (type == nullptr) type = analysis::FindDocumentTypeByName(value);
      if (type == nullptr) return unknown("loại văn bản", context_.where_known.codes);
      return Q(schema::Term(name, type->code));
    }
    if (name == field::kTopic) {
      std::optional<std::string> code = context_.topic_code ? context_.topic_code(value) : std::nullopt;
      if (!code) return unknown("chủ đề", context_.where_known.topics);
      return Q(schema::Term(name, *code));
    }
    if (name == field::kYear) {
      if (value.size() != 4 || value.find_first_not_of("0123456789") != std::string::npos) {
        return fail("năm là bốn chữ số, không phải \"" + value + "\"");
      }
      return Q(schema::Term(name, value));
    }
    if (name == field::kIdentifier || name == field::kCites || schema::IsRelationField(name)) {
      // A congress's resolution has a pseudo-number instead (docs/identifiers.md, "Names").
      if (std::string congress = analysis::ParseCongressNumber(value); !congress.empty()) {
        return Q(schema::Term(name, congress));
      }
      std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(value);
      if (!id) return fail("\"" + value + "\" không phải số hiệu văn bản (như 05-CT/TW)");
      std::vector<Q> terms;
      for (const std::string& spelling : analysis::TypedSpellings(id->canonical)) terms.emplace_back(schema::Term(name, spelling));
      return Q(Q::OP_OR, terms.begin(), terms.end());
    }
    if (name == field::kTerm) return Q(schema::Term(name, analysis::CanonicalTermOfOffice(value)));
    if (name == field::kSigner) return Q(schema::Term(name, analysis::FoldedWords(value)));
    if (name == field::kKind) {
      std::string folded = analysis::FoldedForm(value);
      if (folded == "document" || folded == "van ban" || folded == "vanban") return Q(schema::Term(name, "document"));
      if (folded == "article" || folded == "bai viet" || folded == "baiviet") return Q(schema::Term(name, "article"));
      return fail("kind là \"document\" (văn bản) hoặc \"article\" (bài viết), không phải \"" + value + "\"");
    }
    return Q(schema::Term(name, value));  // docid
  }

  // Items side by side: free items ranked together, +items required, -items excluded,
  // filters on one field OR'd and filters on different fields AND'd.
  Q Group(const QueryNode& node) {
    std::vector<Q> positive, required, excluded;
    std::map<std::string, std::vector<Q>> filters;
    for (const auto& child : node.children) {
      switch (child->kind) {
        case NodeKind::kFilter: filters[child->field].push_back(FilterTerm(*child)); break;
        case NodeKind::kDateRange: filters["date"].push_back(DateRange(*child)); break;
        case NodeKind::kRequired: required.push_back(Operand(*child->children[0])); break;
        case NodeKind::kExcluded: excluded.push_back(Excluded(*child->children[0])); break;
        default: positive.push_back(Node(*child)); break;
      }
    }
    Q base;
    if (!required.empty()) {
      base = Q(Q::OP_AND, required.begin(), required.end());
      if (!positive.empty()) base = Q(Q::OP_AND_MAYBE, base, Q(Q::OP_OR, positive.begin(), positive.end()));
    } else if (!positive.empty()) {
      base = Q(Q::OP_OR, positive.begin(), positive.end());
    } else {
      base = MatchEverything();
    }
    std::vector<Q> filter_parts;
    for (auto& [name, terms] : filters) filter_parts.emplace_back(Q::OP_OR, terms.begin(), terms.end());
    if (!filter_parts.empty()) {
      base = Q(Q::OP_FILTER, base, Q(Q::OP_AND, filter_parts.begin(), filter_parts.end()));
    }
    if (!excluded.empty()) base = Q(Q::OP_AND_NOT, base, Q(Q::OP_OR, excluded.begin(), excluded.end()));
    return base;
  }

  const QueryContext& context_;
  analysis::Analyzer& analyzer_;
  BuiltQuery result_;
  bool broad_ = false;      // building the broad query
  bool all_words_ = false;  // building an operand of AND, NOT or + (Operand)
  std::size_t numbers_written_ = 0;  // document numbers met so far, outside excluded parts
  std::size_t expansions_left_ = 0;  // abbreviations that may still be expanded in this pass
  std::set<std::string> any_form_;  // words written in a part without diacritics
  analysis::Analysis analysis_;
};

}  // namespace

BuiltQuery BuildQuery(const QueryNode& root, const QueryContext& context,
                      analysis::Analyzer* analyzer) {
  return Builder(context, analyzer).Build(root);
}

}  // namespace vankien::query
