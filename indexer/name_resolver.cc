#include "indexer/name_resolver.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "analysis/document_name.h"
#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"

namespace vankien::indexer {
namespace {

using analysis::DocumentName;
using analysis::NameKind;

// A number written this close to a plenum name, in the same sentence, names the same document:
// " (Nghị quyết số " or " của " lie between them.
constexpr std::size_t kPairingGapBytes = 48;
// How far around a plenum name its subject words are looked for, within its sentence.
constexpr std::size_t kSubjectWindowBytes = 240;

constexpr schema::Part kParts[] = {schema::Part::kTitle, schema::Part::kSubject, schema::Part::kText};

bool SentenceEndBetween(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (analysis::SentenceEndLength(text, i) != 0) return true;
  }
  return false;
}

// Part order, then position: whether a comes before b in the document.
bool Before(schema::Part part_a, std::size_t begin_a, schema::Part part_b, std::size_t begin_b) {
  return part_a != part_b ? static_cast<int>(part_a) < static_cast<int>(part_b) : begin_a < begin_b;
}

// Whether a number agrees with what a short name writes of itself: its issuer, when written,
// is the number's body (a decree's aside: only the Government issues them, whoever the text
// says signed them; and the Prime Minister signs for the Government), and its year,
// when written, is the number's when the number has one; and its numbering system, when the
// type word has one only. "Quyết định 33/2016" is not 33/2014/QĐ-UBND, nor "Nghị quyết 35 của
// Quốc hội" 35/NQ-CP, nor "Thông tư 16" the Party's Thông tri 16-TT/TW.
bool Fits(const DocumentName& name, const std::string& canonical) {
  const std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(canonical);
  if (!id || (name.system && id->system != *name.system)) return false;
  const bool signed_for_government = name.issuer_body == "TTg" && id->body == "CP";
  if (!name.issuer_body.empty() && name.type != "NĐ" && id->body != name.issuer_body && !signed_for_government) {
    return false;
  }
  // A Quy định's year says how it was numbered (QĐ until 2017, QĐi from 2019).
  if (name.type == "QĐi" && !name.year.empty() &&
      ((id->type == "QĐ" && name.year >= analysis::kFirstYearOfQdiOnly) ||
       (id->type == "QĐi" && name.year <= analysis::kLastYearOfQdOnly))) {
    return false;
  }
  return name.year.empty() || id->year.empty() || id->year == name.year;
}

struct FoundName {
  schema::Part part;
  DocumentName name;
};

schema::Mention NamedMention(const FoundName& found, const std::string& canonical, double confidence) {
  schema::Mention mention;
  mention.canonical = canonical;
  mention.party = true;
  if (std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(canonical)) {
    mention.party = id->system == analysis::IdentifierSystem::kParty;
    mention.type = id->type;
    mention.body = id->body;
  } else {
    mention.type = found.name.type;  // a congress's pseudo-number (analysis::CongressNumber)
  }
  mention.part = found.part;
  mention.begin = static_cast<uint32_t>(found.name.span.begin);
  mention.end = static_cast<uint32_t>(found.name.span.end);
  mention.named_by = found.name.kind == NameKind::kShort ? "short" : "plenum";
  mention.confidence = confidence;
  mention.date = found.name.date;  // a plenum's resolutions take the table's
  mention.issuer = found.name.issuer;
  // A short name writes its type's name, as a number's citation may: "Quy định 47" tells a QĐ
  // that is a Quy định (the registry names the number by it).
  if (found.name.kind == NameKind::kShort) {
    const analysis::Code* type = analysis::FindDocumentType(
        found.name.type, mention.party ? analysis::CodeSystem::kParty : analysis::CodeSystem::kState);
    if (type == nullptr) type = analysis::FindDocumentType(found.name.type);
    if (type != nullptr) mention.type_word = type->name;
  }
  return mention;
}

class Resolver {
 public:
  Resolver(const schema::DocumentRecord& record, const PlenumTable* table) : record_(record), table_(table) {
    // A short name whose number is written in full with it, with a blank for the hyphen
    // ("Chỉ thị 05 CT/TW"), is that written number's citation, not another.
    std::array<std::vector<std::pair<uint32_t, uint32_t>>, 3> written;  // (end, begin) by part
    for (const schema::Mention& m : record.mentions) {
      if (m.named_by.empty()) written[static_cast<int>(m.part)].emplace_back(m.end, m.begin);
    }
    for (auto& in_part : written) std::sort(in_part.begin(), in_part.end());
    for (schema::Part part : kParts) {
      const auto& spans = written[static_cast<int>(part)];
      for (DocumentName& name : analysis::FindDocumentNames(record.PartText(part))) {
        // The first written number ending after the name begins overlaps it if it begins before
        // the name ends.
        const auto next = std::upper_bound(spans.begin(), spans.end(),
                                           std::make_pair(static_cast<uint32_t>(name.span.begin), UINT32_MAX));
        if (name.kind == NameKind::kShort && next != spans.end() && next->second < name.span.end) continue;
        names_.push_back({part, std::move(name)});
      }
    }
    // Indexes of the written numbers, so that each name looks up its few candidates: a
    // document with many names and many numbers stays linear.
    for (const schema::Mention& m : record.mentions) {
      if (!m.named_by.empty()) continue;
      if (m.party && m.type == "NQ") resolutions_[static_cast<int>(m.part)].push_back(&m);
      if (std::optional<analysis::IdentifierMention> id = analysis::ParseIdentifier(m.canonical)) {
        // Each number once, where first written: a number cited a thousand times is one candidate.
        by_number_[{id->number, m.type}].emplace(m.canonical, &m);
      }
    }
    for (auto& in_part : resolutions_) {
      std::sort(in_part.begin(), in_part.end(), [](const schema::Mention* a, const schema::Mention* b) {
        return a->begin < b->begin;
      });
    }
    for (const FoundName& found : names_) {
      LearnPairing(found);
      if (found.name.kind == NameKind::kShort) LearnShortName(found.name);
      if (found.name.kind != NameKind::kPlenum) continue;
      for (const std::string* term : {&found.name.term, &found.name.second_term}) {
        if (!term->empty()) terms_[found.name.session].insert(*term);
      }
    }
  }

  std::vector<schema::Mention> Resolve() {
    std::vector<const FoundName*> unresolved;
    for (const FoundName& found : names_) {
      if (found.name.kind != NameKind::kShort) {
        ResolvePlenum(found);
      } else if (!ResolveShort(found)) {
        unresolved.push_back(&found);
      }
    }
    // After all the others, so that it does not matter which is written first.
    for (const FoundName* found : unresolved) ResolveLikeElsewhere(*found);
    std::stable_sort(resolved_.begin(), resolved_.end(), [](const schema::Mention& a, const schema::Mention& b) {
      return Before(a.part, a.begin, b.part, b.begin);
    });
    return std::move(resolved_);
  }

 private:
  static std::string Key(const DocumentName& name) { return analysis::PlenumKey(name.term, name.session); }

  // A plenum or congress name with a Party resolution's number beside it in its sentence: the
  // nearest number after the name, else the nearest before it. A name of two terms stands for
  // two resolutions: one number beside it pairs with neither.
  void LearnPairing(const FoundName& found) {
    if (found.name.kind == NameKind::kShort || !found.name.second_term.empty()) return;
    const std::string_view text = record_.PartText(found.part);
    const std::vector<const schema::Mention*>& numbers = resolutions_[static_cast<int>(found.part)];
    const auto next = std::lower_bound(numbers.begin(), numbers.end(), found.name.span.end,
                                       [](const schema::Mention* m, std::size_t pos) { return m->begin < pos; });
    if (next != numbers.end() && (*next)->begin - found.name.span.end <= kPairingGapBytes &&
        !SentenceEndBetween(text, found.name.span.end, (*next)->begin)) {
      paired_.emplace(Key(found.name), (*next)->canonical);  // the first pairing in the document holds
      return;
    }
    const auto previous = std::lower_bound(numbers.begin(), numbers.end(), found.name.span.begin,
                                           [](const schema::Mention* m, std::size_t pos) { return m->begin < pos; });
    if (previous == numbers.begin()) return;
    const schema::Mention& m = **std::prev(previous);
    if (m.end <= found.name.span.begin && found.name.span.begin - m.end <= kPairingGapBytes &&
        !SentenceEndBetween(text, m.end, found.name.span.begin)) {
      paired_.emplace(Key(found.name), m.canonical);
    }
  }

  // A short name: the one number of its type and number the document writes, else what its
  // issuer (and year) make of it. Returns whether it was resolved.
  bool ResolveShort(const FoundName& found) {
    const DocumentName& name = found.name;
    std::set<std::string> candidates;
    bool earlier = false;
    // Quy định was numbered QĐ before QĐi.
    for (const std::string& type : {name.type, std::string(name.type == "QĐi" ? "QĐ" : "")}) {
      auto it = by_number_.find({name.number, type});
      if (type.empty() || it == by_number_.end()) continue;
      for (const auto& [canonical, m] : it->second) {
        if (!Fits(name, canonical)) continue;
        candidates.insert(canonical);
        if (Before(m->part, m->begin, found.part, name.span.begin)) earlier = true;
      }
    }
    if (candidates.size() == 1) {
      Add(found, *candidates.begin(), earlier ? kCitedEarlierConfidence : kCitedLaterConfidence);
      return true;
    }
    if (!candidates.empty()) return false;  // several numbers fit: ambiguous
    double confidence = 0;
    const std::string canonical = NumberFromIssuer(name, &confidence);
    if (canonical.empty()) return false;
    Add(found, canonical, confidence);
    by_issuer_[{name.type, name.number}].emplace(canonical, confidence);
    return true;
  }

  // What the document writes of a short name's (type, number) anywhere: the issuers after or
  // before it and the years written with it or apart ("Quyết định 33/2014 … Quyết định 33 ngày
  // 15-10-2014 của UBND TP" writes both of decision 33; "Quyết định 33 ngày 5/3/2017" would be
  // another decision 33).
  void LearnShortName(const DocumentName& name) {
    WrittenOf& written = written_of_[{name.type, name.number}];
    if (!name.issuer_body.empty()) written.issuers.insert(name.issuer_body);
    if (!name.year.empty()) written.years.insert(name.year);
    if (name.year_in_number) written.years_in_number.insert(name.year);
  }

  // The number a short name's type, issuer and year spell (analysis::NumberSpelledBy), or "",
  // dated by this document: a province's or a district's is less sure.
  std::string NumberFromIssuer(const DocumentName& name, double* confidence) const {
    bool local = false;
    std::string canonical = analysis::NumberSpelledBy(name, record_.date, &local);
    *confidence = local ? kLocalIssuerConfidence : kIssuerConfidence;
    return canonical;
  }

  // A short name left unresolved takes the number the same name resolved to elsewhere in the
  // document by its issuer ("Nghị quyết 35 của Chính phủ … Nghị quyết 35"), when only one; else
  // the number its issuer and year spell when the document writes them of the same name
  // elsewhere, each one way only ("Quyết định 33/2014 … Quyết định 33 của UBND TP"). Never a
  // number that does not fit what the name itself writes; and the merge is left to the
  // citations when the document cites a number of that type and number in full (they tell
  // apart the documents its mentions stand for).
  void ResolveLikeElsewhere(const FoundName& found) {
    const std::pair<std::string, std::string> key{found.name.type, found.name.number};
    auto it = by_issuer_.find(key);
    if (it != by_issuer_.end()) {
      if (it->second.size() == 1) {
        const auto& [canonical, confidence] = *it->second.begin();
        if (Fits(found.name, canonical)) Add(found, canonical, std::min(confidence, kElsewhereConfidence));
      }
      return;
    }
    if (by_number_.count({found.name.number, found.name.type}) != 0) return;
    const auto learnt = written_of_.find(key);
    if (learnt == written_of_.end()) return;
    const WrittenOf& written = learnt->second;
    if (written.issuers.size() != 1 || written.years.size() > 1) return;
    DocumentName name = found.name;
    name.issuer_body = *written.issuers.begin();
    if (!name.year_in_number && written.years_in_number.size() == 1) {
      name.year = *written.years_in_number.begin();
      name.year_in_number = true;
    }
    double confidence = 0;
    const std::string canonical = NumberFromIssuer(name, &confidence);
    if (!canonical.empty() && Fits(found.name, canonical)) Add(found, canonical, std::min(confidence, kElsewhereConfidence));
  }

  void ResolvePlenum(const FoundName& found) {
    const DocumentName& name = found.name;
    if (auto it = paired_.find(Key(name)); it != paired_.end()) {
      Add(found, it->second, kPairedConfidence);
      return;
    }
    if (table_ == nullptr) return;
    if (!name.term.empty()) {
      for (const std::string* term : {&name.term, &name.second_term}) {
        if (const Plenum* plenum = term->empty() ? nullptr : table_->Find(*term, name.session)) {
          AddFromPlenum(found, *plenum, 1);
        }
      }
      return;
    }
    if (name.kind != NameKind::kPlenum) return;
    // The term the document gives the same plenum elsewhere ("Hội nghị lần thứ 5 Ban Chấp hành
    // Trung ương khóa XII … Hội nghị Trung ương 5"), else the latest by its date, else (a
    // document without a date) the latest plenum of that ordinal whose subject words are near.
    const Plenum* plenum = nullptr;
    auto same = terms_.find(name.session);
    if (same != terms_.end() && same->second.size() == 1) {
      plenum = table_->Find(*same->second.begin(), name.session);
    } else if (!record_.date.empty()) {
      plenum = table_->LatestOnOrBefore(name.session, record_.date);
    } else {
      plenum = PlenumOfNearWords(found);
    }
    if (plenum != nullptr) AddFromPlenum(found, *plenum, kTermGuessedFactor);
  }

  // The plenum of the name's ordinal, across terms, with subject words near the name, the latest
  // when several have (an older plenum is written with its term: "Nghị quyết Trung ương 5 khóa
  // IX về … kinh tế tư nhân", while "Hội nghị Trung ương 5 … kinh tế tư nhân" is the last
  // one's); nullptr when none has.
  const Plenum* PlenumOfNearWords(const FoundName& found) const {
    const Plenum* latest = nullptr;
    for (const Plenum& plenum : table_->plenums) {
      if (plenum.session != found.name.session || NearWords(found, plenum).empty()) continue;
      if (latest == nullptr || plenum.Date() > latest->Date()) latest = &plenum;
    }
    return latest;
  }

  // The mentions of the plenum's resolutions a name stands for: those its subject words pick,
  // else what the name alone stands for; confidences times factor.
  void AddFromPlenum(const FoundName& found, const Plenum& plenum, double factor) {
    std::vector<const PlenumResolution*> chosen = ChosenByWords(found, plenum);
    double confidence = kTableConfidence;
    if (chosen.empty()) {
      chosen = plenum.Named();
      if (plenum.resolutions.size() > 1) confidence = chosen.size() == 1 ? kPrincipalConfidence : kSetConfidence;
    } else if (chosen.size() > 1) {
      confidence = kSetConfidence;
    }
    for (const PlenumResolution* resolution : chosen) {
      schema::Mention& mention = Add(found, resolution->number, confidence * factor);
      mention.date = resolution->date;  // the table's date ties it to the right one of a reused number
    }
  }

  // The resolutions of a plenum of several whose subject words are written near the name.
  std::vector<const PlenumResolution*> ChosenByWords(const FoundName& found, const Plenum& plenum) const {
    if (plenum.resolutions.size() < 2) return {};
    return NearWords(found, plenum);
  }

  // The plenum's resolutions whose subject words are written near the name: in the clause "về …"
  // right after it when that names some ("Hội nghị Trung ương 5 (khóa XII) về hoàn thiện thể chế
  // kinh tế thị trường …, cùng kinh tế tư nhân": the first, not the second), else anywhere in
  // its sentence within kSubjectWindowBytes.
  std::vector<const PlenumResolution*> NearWords(const FoundName& found, const Plenum& plenum) const {
    const std::string_view text = record_.PartText(found.part);
    std::vector<const PlenumResolution*> chosen = WordsIn(SubjectClause(text, found.name.span.end), plenum);
    if (!chosen.empty()) return chosen;
    std::size_t begin = found.name.span.begin > kSubjectWindowBytes ? found.name.span.begin - kSubjectWindowBytes : 0;
    std::size_t end = std::min(text.size(), std::size_t{found.name.span.end} + kSubjectWindowBytes);
    for (std::size_t i = found.name.span.begin; i > begin; --i) {
      if (analysis::SentenceEndLength(text, i - 1) != 0) {
        begin = i;
        break;
      }
    }
    for (std::size_t i = found.name.span.end; i < end; ++i) {
      if (analysis::SentenceEndLength(text, i) != 0) {
        end = i;
        break;
      }
    }
    return WordsIn(text.substr(begin, end - begin), plenum);
  }

  // The clause "về …" (about) starting at pos, up to the first parenthesis, colon or sentence end
  // and no further than the sentence window; "" when pos is not followed by "về". Commas and
  // semicolons do not end it: they part the subjects of a plenum's several resolutions ("về A;
  // B; C").
  static std::string_view SubjectClause(std::string_view text, std::size_t pos) {
    const std::size_t limit = std::min(text.size(), pos + kSubjectWindowBytes);
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ')')) ++pos;
    const std::size_t about = analysis::MatchFoldedWord(text, pos, "ve");
    if (about == 0) return {};
    std::size_t end = about;
    while (end < limit && text[end] != '(' && text[end] != ':' &&
           analysis::SentenceEndLength(text, end) == 0) {
      ++end;
    }
    return text.substr(about, end - about);
  }

  // The plenum's resolutions with subject words in text.
  static std::vector<const PlenumResolution*> WordsIn(std::string_view text, const Plenum& plenum) {
    std::vector<const PlenumResolution*> chosen;
    if (text.empty()) return chosen;
    const std::string window = " " + analysis::FoldedWords(text) + " ";
    for (const PlenumResolution& resolution : plenum.resolutions) {
      const bool near = std::any_of(resolution.words.begin(), resolution.words.end(), [&](const std::string& words) {
        return window.find(" " + words + " ") != std::string::npos;
      });
      if (near) chosen.push_back(&resolution);
    }
    return chosen;
  }

  schema::Mention& Add(const FoundName& found, const std::string& canonical, double confidence) {
    resolved_.push_back(NamedMention(found, canonical, confidence));
    return resolved_.back();
  }

  const schema::DocumentRecord& record_;
  const PlenumTable* table_;
  std::vector<FoundName> names_;
  std::array<std::vector<const schema::Mention*>, 3> resolutions_;  // Party NQ numbers, by part
  // (number, type) → each canonical number, with its first mention.
  std::map<std::pair<std::string, std::string>, std::map<std::string, const schema::Mention*>> by_number_;
  std::map<std::string, std::string> paired_;  // plenum key → the number the document pairs it with
  std::map<int, std::set<std::string>> terms_;  // plenum ordinal → the terms names give it
  // (type, number) of short names → the numbers their issuers resolved them to, with how sure.
  std::map<std::pair<std::string, std::string>, std::map<std::string, double>> by_issuer_;
  struct WrittenOf {
    std::set<std::string> issuers, years, years_in_number;  // years: written with the number or apart
  };
  std::map<std::pair<std::string, std::string>, WrittenOf> written_of_;  // (type, number) → what is written of it
  std::vector<schema::Mention> resolved_;
};

}  // namespace

std::vector<schema::Mention> ResolveNames(const schema::DocumentRecord& record, const PlenumTable* table) {
  return Resolver(record, table).Resolve();
}

}  // namespace vankien::indexer
