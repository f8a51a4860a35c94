#include "indexer/registry.h"

#include <algorithm>
#include <map>
#include <optional>

#include "analysis/date.h"
#include "analysis/identifier_codes.h"
#include "analysis/party_level.h"
#include "analysis/token_filters.h"
#include "schema/document_record.h"
#include "schema/fields.h"

namespace vankien::indexer {
namespace {

namespace field = schema::field;

// Dates of one document, as sources give them, differ by a slip of a day or a rounding; numbers
// are reused only across terms, years apart.
constexpr int64_t kSameRecordDays = 31;

int64_t Days(const std::string& iso) {
  std::optional<analysis::Date> date = analysis::ParseIsoDate(iso);
  return date ? date->DaysSinceEpoch() : 0;
}

bool Close(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && std::llabs(Days(a) - Days(b)) <= kSameRecordDays;
}

// The value seen most often (ties: the first seen); "" for none.
std::string MostCommon(const std::vector<std::string>& values) {
  std::map<std::string, int> counts;
  std::string best;
  int best_count = 0;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    int count = ++counts[value];
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  }
  return best;
}

// A subject as one citation gives it, and whether that citation gives a date.
struct CitedSubject {
  std::string text;
  bool dated = false;
};

// The subject the citations agree on, as fully as one of them gives it. A subject written
// without quotes may be cut at a comma ("… làm theo tư tưởng, Ban Thường vụ …" gives "… làm theo
// tư tưởng"); it counts for every longer subject it begins up to a comma ("… làm theo tư tưởng,
// đạo đức, phong cách Hồ Chí Minh"). The one the most citations support wins; on a tie, one
// that a dated citation gives (a formal citation, "số … ngày … của … về …", ends its subject
// where an undated one in running text may run on: "về công tác văn thư phải thu hồi"), then
// the longer. "" for none.
std::string BestSubject(const std::vector<CitedSubject>& subjects) {
  struct Form {
    std::string folded;
    const CitedSubject* given;
  };
  std::vector<Form> forms;
  for (const CitedSubject& subject : subjects) {
    if (!subject.text.empty()) forms.push_back({analysis::FoldedForm(subject.text), &subject});
  }
  auto begins = [](const std::string& longer, const std::string& shorter) {
    return longer.size() >= shorter.size() && longer.compare(0, shorter.size(), shorter) == 0 &&
           (longer.size() == shorter.size() || longer[shorter.size()] == ',');
  };
  const Form* best = nullptr;
  int best_support = 0;
  for (const Form& form : forms) {
    int support = 0;
    for (const Form& other : forms) support += begins(form.folded, other.folded);
    const bool better =
        best == nullptr || support > best_support ||
        (support == best_support && (form.given->dated != best->given->dated ? form.given->dated
                                                                               : form.folded.size() > best->folded.size()));
    if (better) {
      best = &form;
      best_support = support;
    }
  }
  return best ? best->given->text : "";
}

struct Draft {
  schema::DirectiveRecord record;
  std::vector<std::string> issuers, type_words;  // from citations
  std::vector<CitedSubject> subjects;
};

struct PendingCitation {
  schema::Citation citation;
  schema::Mention mention;
};

// The sentence [begin, end) of `text`, at most schema::kMaxEvidenceBytes of it: cut at the
// last space that fits (else before the UTF-8 character that would not), "…" appended.
// Offsets past the text are clamped: they come from stored data.
std::string EvidenceText(const std::string& text, uint32_t begin, uint32_t end) {
  const std::size_t from = std::min<std::size_t>(begin, text.size());
  const std::size_t to = std::clamp<std::size_t>(end, from, text.size());
  std::string_view sentence(text.data() + from, to - from);
  if (sentence.size() <= schema::kMaxEvidenceBytes) return std::string(sentence);
  std::size_t cut = sentence.rfind(' ', schema::kMaxEvidenceBytes);
  if (cut == std::string_view::npos || cut == 0) {
    cut = schema::kMaxEvidenceBytes;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(sentence.substr(0, cut)) + "…";
}

// What `citing` says of a number by its mention `m`.
schema::Citation CitationBy(const schema::DocumentRecord& citing, const schema::Mention& m) {
  schema::Citation c;
  c.document = citing.id;
  c.title = citing.title;
  c.document_date = citing.date;
  c.date = m.date;
  c.issuer = m.issuer;
  c.subject = m.subject;
  c.attachment = schema::Attachment::kDate;
  c.kind = citing.kind;
  c.citing_number = citing.identifier;
  c.citing_type = citing.type;
  c.level = analysis::LevelName(analysis::LevelOfBody(citing.body, citing.issuer));
  c.relation = m.relation;
  if (!m.relation.empty()) {
    c.evidence = EvidenceText(citing.PartText(m.part), m.evidence_begin, m.evidence_end);
    c.evidence_part = m.part;
    c.evidence_begin = m.evidence_begin;
    c.evidence_end = m.evidence_end;
  }
  c.named_by = m.named_by;
  c.confidence = m.confidence;
  return c;
}

// Makes `kept` (a document's citation of a number) say also what `other` (the same document's
// other citation of it) says: the stronger relation with its evidence, and that the number is
// written if either writes it.
void MergeCitation(const schema::Citation& other, schema::Citation* kept) {
  if (schema::RelationStrength(other.relation) > schema::RelationStrength(kept->relation)) {
    kept->relation = other.relation;
    kept->evidence = other.evidence;
    kept->evidence_part = other.evidence_part;
    kept->evidence_begin = other.evidence_begin;
    kept->evidence_end = other.evidence_end;
  }
  if (other.named_by.empty() || kept->named_by.empty()) {
    kept->named_by.clear();
    kept->confidence = 1;
  } else {
    kept->confidence = std::max(kept->confidence, other.confidence);
  }
}

// The live documents with `term`; with their text only when `with_text` says so of the record.
template <typename NeedsText>
std::vector<schema::DocumentRecord> Records(const Xapian::Database& db, const schema::DeletedDocuments& deleted,
                                            const std::string& term, NeedsText with_text) {
  std::vector<schema::DocumentRecord> out;
  for (Xapian::docid id : schema::LiveDocumentsWithTerm(db, deleted, term)) {
    const Xapian::Document document = db.get_document(id);
    out.push_back(schema::LoadRecord(document, /*with_text=*/false));
    if (with_text(out.back())) out.back() = schema::LoadRecord(document, /*with_text=*/true);
  }
  return out;
}

Draft& RecordFor(std::vector<Draft>* drafts, const std::string& date) {
  for (Draft& draft : *drafts) {
    if (Close(draft.record.date, date)) return draft;
  }
  drafts->emplace_back();
  drafts->back().record.date = date;
  return drafts->back();
}

// Ties a citation without a date to a record, and says how.
Draft& AttachUndated(std::vector<Draft>* drafts, const std::string& citing_date,
                     schema::Attachment* how) {
  if (drafts->size() == 1) {
    *how = schema::Attachment::kOnly;
    return drafts->front();
  }
  Draft* latest_before = nullptr;
  int candidates = 0;
  for (Draft& draft : *drafts) {
    if (draft.record.date.empty() || citing_date.empty() || draft.record.date > citing_date) continue;
    ++candidates;
    if (latest_before == nullptr || draft.record.date > latest_before->record.date) latest_before = &draft;
  }
  if (candidates == 1) {
    *how = schema::Attachment::kBefore;
    return *latest_before;
  }
  *how = schema::Attachment::kAmbiguous;
  if (latest_before != nullptr) return *latest_before;
  // Nothing issued before the citing document (or no dates at all): the earliest record.
  Draft* earliest = &drafts->front();
  for (Draft& draft : *drafts) {
    if (!draft.record.date.empty() && (earliest->record.date.empty() || draft.record.date < earliest->record.date)) {
      earliest = &draft;
    }
  }
  return *earliest;
}

}  // namespace

std::vector<schema::DirectiveRecord> ComputeRegistryEntry(const Xapian::Database& db,
                                                          const schema::DeletedDocuments& deleted,
                                                          const std::string& number) {
  std::vector<Draft> drafts;
  // The documents that are this number found their records.
  for (const schema::DocumentRecord& own :
       Records(db, deleted, schema::Term(field::kIdentifier, number), [](const auto&) { return false; })) {
    Draft& draft = RecordFor(&drafts, own.date);
    schema::DirectiveRecord& r = draft.record;
    if (r.date.empty()) r.date = own.date;
    r.documents.push_back(own.id);
    if (r.type.empty()) r.type = own.type;
    if (r.body.empty()) r.body = own.body;
    if (r.term.empty()) r.term = own.term;
    if (r.issuer.empty()) r.issuer = own.issuer;
    if (r.subject.empty()) r.subject = own.subject.empty() ? own.title : own.subject;
  }

  // Citations with a date join the record of that date, or found one.
  std::vector<PendingCitation> undated;
  // Only a citing document stating a relation is read with its text: for the evidence.
  auto states_relation = [&number](const schema::DocumentRecord& citing) {
    return std::any_of(citing.mentions.begin(), citing.mentions.end(), [&number](const schema::Mention& m) {
      return m.canonical == number && !m.own && !m.relation.empty();
    });
  };
  for (const schema::DocumentRecord& citing : Records(db, deleted, schema::Term(field::kCites, number), states_relation)) {
    for (const schema::Mention& m : citing.mentions) {
      if (m.canonical != number || m.own) continue;
      PendingCitation pending{CitationBy(citing, m), m};
      if (m.date.empty()) {
        undated.push_back(std::move(pending));
        continue;
      }
      Draft& draft = RecordFor(&drafts, m.date);
      draft.record.citations.push_back(pending.citation);
      draft.issuers.push_back(m.issuer);
      draft.subjects.push_back({m.subject, /*dated=*/true});
      draft.type_words.push_back(m.type_word);
      if (draft.record.type.empty()) draft.record.type = m.type;
      if (draft.record.body.empty()) draft.record.body = m.body;
      draft.record.party = m.party;
    }
  }
  if (drafts.empty() && !undated.empty()) drafts.emplace_back();
  for (PendingCitation& pending : undated) {
    Draft& draft = AttachUndated(&drafts, pending.citation.document_date, &pending.citation.attachment);
    draft.record.citations.push_back(pending.citation);
    draft.issuers.push_back(pending.mention.issuer);
    draft.subjects.push_back({pending.mention.subject, /*dated=*/false});
    draft.type_words.push_back(pending.mention.type_word);
    if (draft.record.type.empty()) draft.record.type = pending.mention.type;
    if (draft.record.body.empty()) draft.record.body = pending.mention.body;
    draft.record.party = pending.mention.party;
  }

  std::vector<schema::DirectiveRecord> records;
  for (Draft& draft : drafts) {
    schema::DirectiveRecord& r = draft.record;
    r.number = number;
    // A document citing the number several times is listed once, by its dated mention if any,
    // with the strongest relation any of its mentions states.
    std::stable_sort(r.citations.begin(), r.citations.end(), [](const auto& a, const auto& b) {
      if (a.document_date != b.document_date) return a.document_date > b.document_date;
      if (a.document != b.document) return a.document < b.document;
      return !a.date.empty() && b.date.empty();
    });
    std::vector<schema::Citation> merged;
    for (schema::Citation& c : r.citations) {
      if (!merged.empty() && merged.back().document == c.document) MergeCitation(c, &merged.back());
      else merged.push_back(std::move(c));
    }
    r.citations = std::move(merged);
    if (r.issuer.empty()) r.issuer = MostCommon(draft.issuers);
    if (r.subject.empty()) r.subject = BestSubject(draft.subjects);
    // "QĐ" is a Quyết định or a Quy định: the word the texts write before the number decides.
    std::string written = MostCommon(draft.type_words);
    r.type_name = r.type == "QĐ" && !written.empty() ? written : analysis::TypeName(r.type, r.body);
    r.body_name = analysis::BodyName(r.body);
    records.push_back(std::move(r));
  }
  std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return a.date < b.date;
  });
  return records;
}

void UpdateRegistry(Xapian::WritableDatabase* db, const schema::DeletedDocuments& deleted,
                    const std::set<std::string>& numbers) {
  for (const std::string& number : numbers) {
    std::vector<schema::DirectiveRecord> records = ComputeRegistryEntry(*db, deleted, number);
    db->set_metadata(schema::RegistryKey(number),
                     records.empty() ? "" : schema::SerializeRegistryEntry(records));
  }
}

}  // namespace vankien::indexer
