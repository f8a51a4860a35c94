#include "indexer/document_builder.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "analysis/citation_relation.h"
#include "analysis/date.h"
#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "analysis/token_filters.h"
#include "indexer/name_resolver.h"
#include "schema/facets.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace {

namespace field = schema::field;

// Terms longer than this are dropped (Xapian's limit is 245 bytes; nobody searches for them).
constexpr std::size_t kMaxTermBytes = 120;

void AddTerm(Xapian::Document* document, const std::string& term, Xapian::termcount weight) {
  if (!term.empty() && term.size() <= kMaxTermBytes) document->add_term(term, weight);
}

void AddPositionedTerm(Xapian::Document* document, const std::string& term, Xapian::termpos position,
                       Xapian::termcount weight) {
  if (!term.empty() && term.size() <= kMaxTermBytes) document->add_posting(term, position, weight);
}

schema::Mention ToMention(const analysis::IdentifierMention& m, schema::Part part) {
  schema::Mention mention;
  mention.canonical = m.canonical;
  mention.party = m.system == analysis::IdentifierSystem::kParty;
  mention.type = m.type;
  mention.body = m.body;
  mention.type_word = m.type_word;
  if (m.date) mention.date = m.date->ToIso();
  mention.issuer = m.issuer;
  mention.subject = m.subject;
  mention.part = part;
  mention.begin = static_cast<uint32_t>(m.span.begin);
  mention.end = static_cast<uint32_t>(m.span.end);
  return mention;
}

// Fills the relation, evidence and source of `mentions`, those of one part read into `analysis`
// (in the same order): an official document relates to what its sentences say it does; an
// article only reports relations between the numbers it names (analysis/citation_relation.h).
void ReadRelations(std::string_view text, const analysis::Analysis& analysis, const std::string& kind,
                   schema::Mention* mentions) {
  const analysis::Voice voice = kind == "document" ? analysis::Voice::kDocument : analysis::Voice::kArticle;
  const std::vector<analysis::CitationRelation> relations = analysis::FindCitationRelations(text, analysis, voice);
  for (std::size_t i = 0; i < relations.size(); ++i) {
    const analysis::CitationRelation& r = relations[i];
    if (r.relation == analysis::Relation::kNone) continue;
    mentions[i].relation = analysis::RelationName(r.relation);
    mentions[i].evidence_begin = static_cast<uint32_t>(r.evidence.begin);
    mentions[i].evidence_end = static_cast<uint32_t>(r.evidence.end);
    if (r.source != analysis::kTheText) mentions[i].by = analysis.identifiers[r.source].canonical;
  }
}

// A short name resolved this surely may be the source of a relation: "Thông tư 16 thay thế cho
// Thông tư số 05/2013/TT-BTC" after the article cited 16/2018/TT-BTC in full.
constexpr double kLeastSourceConfidence = 0.8;

// Fills the relation, evidence and source of the named mentions of one part (`named`, in text
// order; a plenum's set shares one name's span) as ReadRelations does for written numbers: each
// name stands in its sentence as one citation, its words replaced by it ("Hướng dẫn này hướng
// dẫn thực hiện Quyết định 935 của Ban Thường vụ Thành ủy"). The source of a name's relation
// must be the text, a written number or a short name resolved surely (kLeastSourceConfidence):
// a plenum's name is often no subject but an event ("Hội nghị Trung ương 5 thảo luận Đề án tổng
// kết …"), and a name of less confidence may be another document. The part's written numbers
// (`written`, its mentions as ReadRelations filled them) keep what it gave them, but where such
// a short name is their source: a number cited in full once is then often named short
// ("Nghị định số 49/2017 sửa đổi, bổ sung Điều 15 của Nghị định số 25/2011/NĐ-CP").
void ReadNamedRelations(std::string_view text, const analysis::Analysis& analysis, const std::string& kind,
                        const std::vector<schema::Mention*>& named, schema::Mention* written) {
  if (named.empty()) return;
  analysis::Analysis with_names;
  std::vector<std::size_t> slot_of(named.size());  // each named mention's entry in with_names.identifiers
  std::vector<std::size_t> written_index;          // by entry of with_names.identifiers: the
                                                   // written number's index, or kNamed
  constexpr std::size_t kNamed = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> names;                  // the first mention of each distinct span
  for (std::size_t i = 0; i < named.size(); ++i) {
    if (names.empty() || named[i]->begin != named[names.back()]->begin) names.push_back(i);
  }
  std::size_t next_name = 0;
  const auto add_names_before = [&](std::size_t pos) {
    for (; next_name < names.size() && named[names[next_name]]->begin < pos; ++next_name) {
      const schema::Mention& m = *named[names[next_name]];
      analysis::IdentifierMention stand_in;
      stand_in.span = {m.begin, m.end};
      stand_in.canonical = m.canonical;
      stand_in.type = m.type;
      // What tells when it was issued (analysis::FindCitationRelations compares them).
      if (const std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(m.canonical)) {
        stand_in.year = id->year;
      }
      stand_in.date = analysis::ParseIsoDate(m.date);
      const std::size_t last = next_name + 1 < names.size() ? names[next_name + 1] : named.size();
      for (std::size_t i = names[next_name]; i < last; ++i) slot_of[i] = with_names.identifiers.size();
      with_names.identifiers.push_back(std::move(stand_in));
      written_index.push_back(kNamed);
    }
  };
  for (std::size_t i = 0; i < analysis.identifiers.size(); ++i) {
    add_names_before(analysis.identifiers[i].span.begin);
    with_names.identifiers.push_back(analysis.identifiers[i]);
    written_index.push_back(i);
  }
  add_names_before(text.size() + 1);
  // The tokens, a name's words replaced by one identifier token over the whole name.
  std::size_t in_name = 0;
  bool stood_in = false;
  for (const analysis::Token& token : analysis.tokens) {
    while (in_name < names.size() && named[names[in_name]]->end <= token.span.begin) {
      ++in_name;
      stood_in = false;
    }
    if (in_name < names.size() && named[names[in_name]]->begin <= token.span.begin) {
      if (!stood_in) {
        analysis::Token name = token;
        name.span = {named[names[in_name]]->begin, named[names[in_name]]->end};
        name.kind = analysis::TokenKind::kIdentifier;
        with_names.tokens.push_back(std::move(name));
        stood_in = true;
      }
      continue;
    }
    with_names.tokens.push_back(token);
  }
  const analysis::Voice voice = kind == "document" ? analysis::Voice::kDocument : analysis::Voice::kArticle;
  const std::vector<analysis::CitationRelation> relations = analysis::FindCitationRelations(text, with_names, voice);
  const auto set_relation = [&](const analysis::CitationRelation& r, schema::Mention* mention) {
    mention->relation = analysis::RelationName(r.relation);
    mention->evidence_begin = static_cast<uint32_t>(r.evidence.begin);
    mention->evidence_end = static_cast<uint32_t>(r.evidence.end);
    mention->by = r.source == analysis::kTheText ? "" : with_names.identifiers[r.source].canonical;
  };
  // The named mention standing at an entry of with_names.identifiers (the first of a set).
  std::vector<const schema::Mention*> name_at(with_names.identifiers.size(), nullptr);
  for (std::size_t i = named.size(); i-- > 0;) name_at[slot_of[i]] = named[i];
  const auto surely_named = [&](std::size_t entry) {
    const schema::Mention* name = name_at[entry];
    return name != nullptr && name->named_by == "short" && name->confidence >= kLeastSourceConfidence;
  };
  for (std::size_t i = 0; i < named.size(); ++i) {
    const analysis::CitationRelation& r = relations[slot_of[i]];
    if (r.relation == analysis::Relation::kNone) continue;
    if (r.source != analysis::kTheText && written_index[r.source] == kNamed && !surely_named(r.source)) continue;
    set_relation(r, named[i]);
  }
  for (std::size_t entry = 0; entry < relations.size(); ++entry) {
    const analysis::CitationRelation& r = relations[entry];
    if (written_index[entry] == kNamed || r.relation == analysis::Relation::kNone || r.source == analysis::kTheText) {
      continue;
    }
    if (surely_named(r.source)) set_relation(r, &written[written_index[entry]]);
  }
}

// A relation from the document's own number is the document's own; one to its own number, or
// from a number to itself ("Nghị định 163 (và các văn bản sửa đổi Nghị định số 163)"), is
// none, and so is a review a plan states of itself (below). Every relation left is a term (relation:number), whoever its source:
// `guides:05-CT/TW` finds the guides of 05-CT/TW and the articles reporting them.
void AddRelationTerms(schema::DocumentRecord* record, Xapian::Document* document) {
  for (schema::Mention& mention : record->mentions) {
    if (mention.own || mention.by == mention.canonical) mention.relation.clear();
    // A plan reviews nothing itself: its "tổng kết … việc thực hiện Nghị quyết 03" schedules a
    // review ("Cuối năm 2015 tổng kết …").
    if (mention.relation == "reviews" && mention.by.empty() && record->kind == "document" && record->type == "KH") {
      mention.relation.clear();
    }
    if (mention.relation.empty()) {
      mention.evidence_begin = mention.evidence_end = 0;
      mention.by.clear();
      continue;
    }
    if (!record->identifier.empty() && mention.by == record->identifier) mention.by.clear();
    document->add_boolean_term(schema::Term(mention.relation, mention.canonical));
  }
}

}  // namespace

void DocumentBuilder::IndexPart(schema::Part part, Xapian::termcount weight,
                                schema::DocumentRecord* record, Xapian::Document* document,
                                analysis::Analysis* analysis) {
  analyzer_.Analyze(record->PartText(part), analysis);
  const std::string exact_prefix(schema::GetField(field::kExact).prefix);
  const std::string pair_prefix(schema::GetField(field::kPair).prefix);
  const analysis::Token* previous = nullptr;
  for (const analysis::Token& token : analysis->tokens) {
    // Folded words carry positions, for quoted phrases and NEAR (docs/query-language.md); a
    // sentence end — and a part's start, the first token's gap — leaves a gap, so a phrase
    // never spans two sentences or parts, as pairs never do.
    next_position_ += token.gap == analysis::Gap::kSentence ? kSentenceGap : 1;
    AddPositionedTerm(document, token.folded, next_position_, weight);
    if (token.exact != token.folded) AddTerm(document, exact_prefix + token.exact, weight);
    // Word pairs stop at sentence ends: no query copies a phrase across them.
    if (previous != nullptr && token.gap != analysis::Gap::kSentence) {
      AddTerm(document, pair_prefix + previous->folded + ' ' + token.folded, weight);
    }
    previous = &token;
  }
  const std::size_t first = record->mentions.size();
  for (const analysis::IdentifierMention& m : analysis->identifiers) {
    record->mentions.push_back(ToMention(m, part));
  }
  ReadRelations(record->PartText(part), *analysis, record->kind, record->mentions.data() + first);
}

// A name standing for a number ("Chỉ thị 05", "Nghị quyết Trung ương 4 khóa XII") is a
// citation of it: the document gets its cites term as if it wrote the number.
void DocumentBuilder::AddNamedMentions(schema::DocumentRecord* record) const {
  std::vector<schema::Mention> named = ResolveNames(*record, plenums_);
  for (const auto& [part, analysis] : {std::pair{schema::Part::kTitle, &title_}, std::pair{schema::Part::kSubject, &subject_},
                                       std::pair{schema::Part::kText, &text_}}) {
    std::vector<schema::Mention*> in_part;
    for (schema::Mention& m : named) {
      if (m.part == part) in_part.push_back(&m);
    }
    // The part's written numbers: IndexPart added them in order, one part after another.
    const schema::Part this_part = part;  // a copy: clang captures no structured binding
    const auto written = std::find_if(record->mentions.begin(), record->mentions.end(),
                                      [this_part](const schema::Mention& m) { return m.part == this_part; });
    ReadNamedRelations(record->PartText(part), *analysis, record->kind, in_part,
                       record->mentions.data() + (written - record->mentions.begin()));
  }
  record->mentions.insert(record->mentions.end(), std::make_move_iterator(named.begin()),
                          std::make_move_iterator(named.end()));
}

Xapian::Document DocumentBuilder::Build(schema::DocumentRecord* record,
                                        const std::string& file_key) {
  Xapian::Document document;
  record->mentions.clear();
  next_position_ = 0;

  // The own number as written on the document (XML <number>) or found in its header (.txt).
  if (!record->number.empty() && record->identifier.empty()) {
    if (auto own = analysis::ParseIdentifier(record->number)) {
      record->identifier = own->canonical;
      if (record->type.empty()) record->type = own->type;
      if (record->body.empty()) record->body = own->body;
    }
  }

  IndexPart(schema::Part::kTitle, kTitleWeight, record, &document, &title_);
  IndexPart(schema::Part::kSubject, kSubjectWeight, record, &document, &subject_);
  IndexPart(schema::Part::kText, kTextWeight, record, &document, &text_);
  AddNamedMentions(record);
  if (topics_ != nullptr) record->topics = topics_->Classify(title_.tokens, subject_.tokens, text_.tokens);

  std::set<std::string> cited;
  for (schema::Mention& mention : record->mentions) {
    // The own number with another date is a citation all the same: Party numbers restart every
    // term, so "01-NQ/ĐUK ngày 08-12-2011" in the resolution 01-NQ/ĐUK of 2016 is its predecessor.
    const bool other_date = !mention.date.empty() && !record->date.empty() && mention.date != record->date;
    mention.own = !record->identifier.empty() && mention.canonical == record->identifier && !other_date;
    if (!mention.own) cited.insert(mention.canonical);
  }
  for (const std::string& id : cited) document.add_boolean_term(schema::Term(field::kCites, id));
  AddRelationTerms(record, &document);
  if (!record->identifier.empty()) {
    document.add_boolean_term(schema::Term(field::kIdentifier, record->identifier));
  }

  document.add_boolean_term(schema::Term(field::kDocId, record->id));
  document.add_boolean_term(schema::BoundedTerm(field::kFile, file_key));
  document.add_value(schema::slot::kFile, file_key);
  document.add_boolean_term(schema::Term(field::kKind, record->kind));
  schema::FacetValues facets;
  facets[4] = {record->kind};
  if (!record->type.empty()) {
    document.add_boolean_term(schema::Term(field::kType, record->type));
    facets[1] = {record->type};
  }
  if (!record->body.empty()) {
    document.add_boolean_term(schema::Term(field::kBody, record->body));
    facets[0] = {record->body};
  }
  if (record->issuer.empty() && !record->body.empty()) {
    document.add_boolean_term(schema::Term(field::kOrgan, schema::kUnknownOrgan));
  }
  for (std::string_view organ : analysis::OrgansIn(record->issuer)) {
    document.add_boolean_term(schema::Term(field::kOrgan, analysis::FoldedForm(organ)));
  }
  if (const std::string signer = analysis::FoldedWords(record->signer); !signer.empty()) {
    document.add_boolean_term(schema::Term(field::kSigner, signer));
  }
  if (!record->term.empty()) {
    document.add_boolean_term(schema::Term(field::kTerm, analysis::CanonicalTermOfOffice(record->term)));
  }
  if (record->date.size() == 10) {
    std::string year = record->date.substr(0, 4);
    document.add_boolean_term(schema::Term(field::kYear, year));
    facets[2] = {year};
    document.add_value(schema::slot::kDate, year + record->date.substr(5, 2) + record->date.substr(8, 2));
  }
  const std::string date = document.get_value(schema::slot::kDate);
  document.add_value(schema::slot::kOldestFirst, date.empty() ? std::string(schema::slot::kUndatedLast) : date);
  for (const schema::TopicScore& topic : record->topics) {
    document.add_boolean_term(schema::Term(field::kTopic, topic.code));
    facets[3].push_back(topic.code);
  }
  document.add_value(schema::slot::kFacets, schema::EncodeFacetValues(facets));
  schema::StoreRecord(*record, &document);
  return document;
}

}  // namespace vankien::indexer
