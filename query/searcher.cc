#include "query/searcher.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <fstream>

#include <unicode/uchar.h>

#include <nlohmann/json.hpp>

#include "analysis/document_name.h"
#include "analysis/identifier_extractor.h"
#include "analysis/token_filters.h"
#include "analysis/utf8.h"
#include "query/live_documents.h"
#include "query/match_set.h"
#include "query/phrase_match.h"
#include "query/similar_documents.h"
#include "query/word_sequence.h"
#include "schema/fields.h"
#include "schema/file_state.h"
#include "query/match_everything.h"

namespace vankien::query {
namespace {

namespace field = schema::field;
using Q = Xapian::Query;

// Counts the documents the matcher sees by their combination of facet values.
// Counts what it sees per facet combination and, when `per_month` is given, per month.
class FacetSpy : public Xapian::MatchSpy {
 public:
  FacetSpy(const FacetIndex& index, std::vector<Xapian::doccount>* per_month)
      : index_(index), per_combination_(index.combinations(), 0), per_month_(per_month) {}

  void operator()(const Xapian::Document& document, double) override {
    ++per_combination_[index_.CombinationOf(document.get_docid())];
    if (per_month_ != nullptr) ++(*per_month_)[index_.MonthOf(document.get_docid())];
  }

  FacetCounts Result() const { return index_.Counts(per_combination_); }

 private:
  const FacetIndex& index_;
  std::vector<Xapian::doccount> per_combination_;
  std::vector<Xapian::doccount>* per_month_;
};

// Orders by date — oldest first for SortOrder::kOldest, else newest first — then by relevance.
// Undated documents come last either way: their kDate is empty, their kOldestFirst greatest.
void SortByDate(Xapian::Enquire* enquire, SortOrder sort) {
  if (sort == SortOrder::kOldest) {
    enquire->set_sort_by_value_then_relevance(schema::slot::kOldestFirst, false);
  } else {
    enquire->set_sort_by_value_then_relevance(schema::slot::kDate, true);
  }
}

}  // namespace

std::string TopicName(const std::vector<Topic>& topics, std::string_view code) {
  for (const Topic& topic : topics) {
    if (topic.code == code) return topic.name;
  }
  return "";
}

std::string_view SortOrderName(SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance: return "relevance";
    case SortOrder::kDate: return "date";
    case SortOrder::kOldest: return "oldest";
  }
  return "relevance";
}

std::optional<SortOrder> SortOrderNamed(std::string_view name) {
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kDate, SortOrder::kOldest}) {
    if (SortOrderName(sort) == name) return sort;
  }
  return std::nullopt;
}

Xapian::doccount CountOf(const FacetCounts& counts,
                         const std::string& facet, const std::string& value) {
  auto list = counts.find(facet);
  if (list == counts.end()) return 0;
  for (const FacetCount& count : list->second) {
    if (count.value == value) return count.count;
  }
  return 0;
}

// The device, inode and change time of a folder; zeros when it cannot be read (an index being
// swapped in by renames, where the exchange is not available). The change time tells a folder
// from an earlier one given the same inode; it also changes with every commit, which then
// opens the index afresh rather than reopening it: the same result.
Searcher::Folder Searcher::FolderOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return {};
  return {info.st_dev, info.st_ino,
          static_cast<std::uint64_t>(info.st_ctim.tv_sec) * 1000000000u + static_cast<std::uint64_t>(info.st_ctim.tv_nsec)};
}

Searcher::Searcher(const std::string& path, KnownValuesHint where_known, shards::RemoteLimits limits)
    : path_(path), limits_(limits), folder_(FolderOf(path)), index_(path, limits), db_(index_.combined()) {
  for (std::size_t s = 0; s < index_.size(); ++s) {
    const std::string version = index_.shard(s).get_metadata(std::string(schema::metadata::kSchemaVersion));
    if (index_.shard(s).get_doccount() > 0 && version != schema::kCurrentSchemaVersion) {
      throw Xapian::DatabaseVersionError("the index " + index_.name(s) + " was written by another version of vankien (schema " +
                                         (version.empty() ? "unknown" : version) + "); index it again with vankien-index --rebuild");
    }
  }
  LoadDeleted();
  LoadTopics();
  LoadPlenumNames();
  LoadAbbreviations();
  context_.abbreviations = &abbreviations_;
  context_.topic_code = [this](std::string_view value) { return TopicCode(value); };
  context_.where_known = std::move(where_known);
  context_.plenum_numbers = [this](const std::string& key) {
    auto it = plenum_names_.find(key);
    return it != plenum_names_.end() ? it->second : std::vector<std::string>{};
  };
  context_.indexed = [this](const std::string& term) {
    // Without deleted documents, asked of each shard rather than read from a posting list
    // (which a remote shard sends whole).
    if (deleted_->empty()) return db_.term_exists(term);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
      if (!deleted_->Contains(*it)) return true;
    }
    return false;
  };
}

void Searcher::LoadTopics() {
  topics_.clear();
  std::string stored = index_.SharedMetadata(schema::metadata::kTopics);
  if (stored.empty()) return;
  try {
    for (const auto& topic : nlohmann::json::parse(stored)) {
      // Indexes made before topics had groups store none.
      topics_.push_back({topic.at("code").get<std::string>(), topic.at("name").get<std::string>(),
                         topic.value("group", "")});
    }
  } catch (const nlohmann::json::exception&) {
    topics_.clear();  // an index written by another version: search without topic names
  }
}

void Searcher::LoadPlenumNames() {
  plenum_names_.clear();
  std::string stored = index_.SharedMetadata(schema::metadata::kPlenumNames);
  if (stored.empty()) return;
  try {
    plenum_names_ = nlohmann::json::parse(stored).get<std::map<std::string, std::vector<std::string>>>();
  } catch (const nlohmann::json::exception&) {
    plenum_names_.clear();  // an index written by another version: names find only their words
  }
}

void Searcher::LoadAbbreviations() {
  try {
    abbreviations_ = Abbreviations::FromJson(index_.SharedMetadata(schema::metadata::kAbbreviations));
  } catch (const std::invalid_argument&) {
    abbreviations_ = Abbreviations();  // an index written by another version: words as written
  }
}

void Searcher::LoadDeleted() {
  try {
    deleted_ = std::make_shared<const schema::DeletedDocuments>(index_.Deleted());
    deleted_in_shards_ = std::make_shared<const shards::DeletedByShard>(index_.DeletedInShards());
  } catch (const std::runtime_error& e) {
    throw Xapian::DatabaseCorruptError(e.what());
  }
}

Xapian::Query Searcher::Live(const Xapian::Query& query) const { return WithoutDeleted(query, deleted_in_shards_); }

bool Searcher::Reopen() {
  // Xapian's reopen follows new revisions of the files it has open, not always a new folder.
  const Folder folder = FolderOf(path_);
  if (folder != folder_ && folder.inode != 0) {  // see OpenedFolder
    index_ = shards::ShardedIndex(path_, limits_);
    db_ = index_.combined();
    folder_ = folder;
  } else if (!index_.Reopen() && !half_loaded_) {
    return false;
  }
  // What follows may throw: until it is done, the next Reopen loads it again.
  half_loaded_ = true;
  all_counts_.reset();
  facet_index_.reset();
  word_forms_.reset();
  run_passages_.clear();
  LoadDeleted();
  LoadTopics();
  LoadPlenumNames();
  LoadAbbreviations();
  half_loaded_ = false;
  return true;
}


std::optional<std::string> Searcher::TopicCode(std::string_view value) const {
  const std::string folded = analysis::FoldedForm(value);
  // A code is ASCII: accept it in any case.
  for (const Topic& topic : topics_) {
    if (analysis::FoldedForm(topic.code) == folded) return topic.code;
  }
  // A name however punctuated, or the start of one if only one topic's name starts so
  // ("chuyển đổi số" for "Chuyển đổi số, khoa học và công nghệ").
  const std::string words = analysis::FoldedWords(value);
  if (words.empty()) return std::nullopt;
  std::optional<std::string> starting;
  int starts = 0;
  for (const Topic& topic : topics_) {
    const std::string name = analysis::FoldedWords(topic.name);
    if (name == words) return topic.code;
    if (name.rfind(words + " ", 0) == 0) {
      starting = topic.code;
      ++starts;
    }
  }
  return starts == 1 ? starting : std::nullopt;
}

Hit Searcher::MakeHit(const Xapian::MSetIterator& it, const BuiltQuery& built, bool snippets) {
  Hit hit;
  hit.rank = it.get_rank() + 1;
  hit.score = it.get_weight();
  hit.record = schema::LoadRecord(it.get_document(), /*with_text=*/snippets);
  if (snippets) {
    hit.title = Highlight(hit.record.title, built.highlight, &analyzer_);
    const std::string& body = hit.record.text.empty() ? hit.record.subject : hit.record.text;
    hit.snippet = MakeSnippet(body, built.highlight, &analyzer_);
  } else {
    hit.title = {{hit.record.title, false}};
  }
  hit.record.text.clear();
  return hit;
}

namespace {

// `order` with those of its first `among` that `first` says yes to moved to the front, each
// part in its order.
template <typename Predicate>
void StableFirst(std::vector<Xapian::MSetIterator>* order, std::size_t among, Predicate first) {
  const auto end = order->begin() + static_cast<std::ptrdiff_t>(std::min(among, order->size()));
  std::stable_partition(order->begin(), end, first);
}

}  // namespace

std::set<Xapian::docid> Searcher::HoldingWordRuns(const Xapian::MSet& mset, const Q& matched, const BuiltQuery& built) {
  const Xapian::doccount among = std::min<Xapian::doccount>(kWordRunsAmong, mset.size());
  if (among == 0 || built.word_runs.empty()) return {};
  // The matches holding a run, best first, no weaker than the last of those `among`: the same
  // weights, so every one of `among` holding a run is there (ties come by document id, as in
  // `mset`). The weight cutoff lets the matcher skip the rest; a hair below, in case.
  const double weakest = mset[among - 1].get_weight();
  Xapian::Enquire enquire(db_);
  enquire.set_query(Q(Q::OP_FILTER, matched, InSequence(built.word_runs)));
  enquire.set_cutoff(0, std::nextafter(weakest, 0.0));
  const Xapian::MSet holding = enquire.get_mset(0, among);
  std::set<Xapian::docid> holders;
  for (auto it = holding.begin(); it != holding.end(); ++it) holders.insert(*it);
  return holders;
}

std::vector<Xapian::MSetIterator> Searcher::Reordered(const Xapian::MSet& mset, const Q& matched, const BuiltQuery& built) {
  std::vector<Xapian::MSetIterator> order;
  for (auto it = mset.begin(); it != mset.end(); ++it) order.push_back(it);
  if (!built.word_runs.empty()) {
    const std::set<Xapian::docid> holders = HoldingWordRuns(mset, matched, built);
    StableFirst(&order, kWordRunsAmong, [&](const Xapian::MSetIterator& it) { return holders.count(*it) > 0; });
  }
  if (!built.exact_phrases.empty()) {
    analysis::Analysis scratch;
    StableFirst(&order, kExactPhraseAmong, [&](const Xapian::MSetIterator& it) {
      const schema::DocumentRecord record = schema::LoadRecord(it.get_document());
      for (schema::Part part : {schema::Part::kTitle, schema::Part::kSubject, schema::Part::kText}) {
        if (WritesExactPhrase(record.PartText(part), built.exact_phrases, &analyzer_, &scratch, kExactPhraseScanBytes)) {
          return true;
        }
      }
      return false;
    });
  }
  return order;
}

namespace {

// The totals of a search from a match set: the counting pass's when there was one, which saw
// every match, so its total is exact (unless the time limit stopped it).
void SetCounted(const Xapian::MSet& matches, SearchResult* result) {
  result->total_lower = matches.get_matches_lower_bound();
  result->total_estimated = matches.get_matches_estimated();
  result->total_upper = matches.get_matches_upper_bound();
}

void ShiftPositions(QueryNode* node, std::size_t shift) {
  node->position += shift;
  for (auto& child : node->children) ShiftPositions(child.get(), shift);
}

// The request's query with its filters applied to the whole of it. Positions in the filters
// count as if they followed the query after a space, so an error points past the query.
std::unique_ptr<QueryNode> ParseRequest(const SearchRequest& request) {
  if (request.filters.empty()) return ParseQuery(request.query);
  const std::size_t shift = request.query.empty() ? 0 : request.query.size() + 1;
  std::unique_ptr<QueryNode> filters;
  try {
    filters = ParseQuery(request.filters);
  } catch (const QueryError& error) {
    throw QueryError(error.what(), error.position() + shift);
  }
  ShiftPositions(filters.get(), shift);
  if (request.query.empty()) return filters;
  return WithFilters(ParseQuery(request.query), std::move(filters));
}

}  // namespace

SearchResult Searcher::Search(const SearchRequest& request) {
  SearchResult result = SearchAsTyped(request);
  if (!request.restore_diacritics || request.query.empty()) return result;
  std::optional<Restoration> restoration = RestoreDiacritics(request.query, result);
  if (!restoration || restoration->query == request.query) return result;
  if (restoration->confident) {
    SearchRequest restored = request;
    restored.query = restoration->query;
    result = SearchAsTyped(restored);
    result.searched_restored = true;
  }
  result.restored_query = std::move(restoration->query);
  return result;
}

SearchResult Searcher::SearchAsTyped(const SearchRequest& request) {
  std::unique_ptr<QueryNode> parsed = ParseRequest(request);
  BuiltQuery built = BuildQuery(*parsed, context_, &analyzer_);
  const std::size_t limit = std::min(request.limit, kMaxLimit);
  const std::size_t offset = std::min(request.offset, kMaxOffset);

  SearchResult result;
  result.identifiers = built.identifiers;
  Xapian::Enquire enquire(db_);

  // Numbers written in the query: the documents with those numbers first (a reused number has
  // several), then the documents citing them. Each part is newest first, or — when the query
  // has words besides the numbers ("03-NQ/TU nông nghiệp", "03-NQ/TU ngày 14/3/2012") — best
  // matching first, which picks among the documents of a reused number. When a number is one
  // alternative of an OR, the query's other matches follow.
  if (!built.identifiers.empty()) {
    std::vector<Q> own_terms, cites_terms;
    for (const std::string& number : built.identifiers) {
      for (const std::string& spelling : analysis::TypedSpellings(number)) {
        own_terms.emplace_back(schema::Term(field::kIdentifier, spelling));
        cites_terms.emplace_back(schema::Term(field::kCites, spelling));
      }
    }
    const Q own_term(Q::OP_OR, own_terms.begin(), own_terms.end());
    const Q cites_term(Q::OP_OR, cites_terms.begin(), cites_terms.end());
    if (built.ranked && request.sort == SortOrder::kRelevance) {
      enquire.set_sort_by_relevance_then_value(schema::slot::kDate, true);
    } else {
      SortByDate(&enquire, request.sort);
    }
    enquire.set_query(Live(Q(Q::OP_FILTER, built.broad, own_term)));
    Xapian::MSet own = enquire.get_mset(0, kMaxLimit);
    const Q citing_query(Q::OP_AND_NOT, Q(Q::OP_FILTER, built.broad, cites_term), own_term);
    enquire.set_query(Live(citing_query));
    const std::size_t own_count = own.size();
    const std::size_t citing_offset = offset > own_count ? offset - own_count : 0;
    const std::size_t own_shown = offset < own_count ? std::min(limit, own_count - offset) : 0;
    // Where the other matches start must be known exactly to page through them.
    const Xapian::doccount exact = built.numbers_among_alternatives ? db_.get_doccount() : 0;
    Xapian::MSet citing = enquire.get_mset(citing_offset, limit - own_shown, exact);
    std::vector<Xapian::MSetIterator> own_order;
    for (auto it = own.begin(); it != own.end(); ++it) own_order.push_back(it);
    std::stable_partition(own_order.begin(), own_order.end(), [&](const Xapian::MSetIterator& it) {
      return built.dates.count(it.get_document().get_value(schema::slot::kDate)) > 0;
    });
    for (std::size_t i = offset; i < own_count && i < offset + limit; ++i) {
      Hit hit = MakeHit(own_order[i], built, request.snippets);
      hit.rank = i + 1;
      hit.role = "number";
      result.hits.push_back(std::move(hit));
    }
    for (auto it = citing.begin(); it != citing.end(); ++it) {
      Hit hit = MakeHit(it, built, request.snippets);
      hit.rank += own_count;
      hit.role = "cites";
      result.hits.push_back(std::move(hit));
    }
    SetCounted(citing, &result);
    SettleWithDeleted(citing_query, &result);
    result.total_lower += own_count;
    result.total_estimated += own_count;
    result.total_upper += own_count;
    const Q numbered(Q::OP_OR, own_term, cites_term);
    Q listed(Q::OP_FILTER, built.broad, numbered);
    if (built.numbers_among_alternatives) {
      const std::size_t before = own_count + citing.get_matches_estimated();  // exact, asked for above
      // The other matches as a search without the number would find them: the words side by
      // side, or anywhere when too few documents have them side by side (judged without the
      // number's documents, and without filters, as TooFew judges).
      const bool too_few =
          FewerThan(Q(Q::OP_AND_NOT, built.filtered ? built.unfiltered : built.query, numbered), kBroadenBelow);
      const Q others_query(Q::OP_AND_NOT, too_few ? built.broad : built.query, numbered);
      if (request.sort != SortOrder::kRelevance || !built.ranked) {
        SortByDate(&enquire, request.sort);
      } else {
        enquire.set_sort_by_relevance();
      }
      enquire.set_query(Live(others_query));
      const std::size_t shown = result.hits.size();
      Xapian::MSet others = enquire.get_mset(offset > before ? offset - before : 0, limit - shown);
      for (auto it = others.begin(); it != others.end(); ++it) {
        Hit hit = MakeHit(it, built, request.snippets);
        hit.rank += before;
        result.hits.push_back(std::move(hit));
      }
      SearchResult counted;
      SetCounted(others, &counted);
      SettleWithDeleted(others_query, &counted);
      result.total_lower += counted.total_lower;
      result.total_estimated += counted.total_estimated;
      result.total_upper += counted.total_upper;
      listed = Q(Q::OP_OR, listed, others_query);
    }
    if (request.facets || request.timeline) {
      CountFacets(listed, request.time_limit, request.timeline, &result);  // over what is listed
    }
    return result;
  }

  enquire.set_query(Live(built.query));
  if (request.sort != SortOrder::kRelevance || !built.ranked) SortByDate(&enquire, request.sort);
  // A page within the matches reordered (Reordered: word runs, phrases typed with diacritics)
  // is cut from them all, reordered.
  std::size_t reordered = 0;
  if (request.sort == SortOrder::kRelevance && built.ranked) {
    if (!built.word_runs.empty()) reordered = kWordRunsAmong;
    if (!built.exact_phrases.empty()) reordered = std::max<std::size_t>(reordered, kExactPhraseAmong);
  }
  const bool reorder = offset < reordered;
  const std::size_t first = reorder ? 0 : offset;
  const std::size_t count = reorder ? std::max(reordered, offset + limit) : limit;
  Xapian::MSet mset = enquire.get_mset(first, count);
  const Q* matched = &built.query;
  // Too few documents have the words side by side: take those with the words anywhere too.
  // "Too few" is a fixed number, not the page asked for, so that every page of a search shows
  // the same matches and the same total.
  if (built.ranked && TooFew(built, mset, kBroadenBelow)) {
    enquire.set_query(Live(built.broad));
    mset = enquire.get_mset(first, count);
    matched = &built.broad;
  }
  std::vector<Xapian::MSetIterator> order;
  if (reorder) {
    order = Reordered(mset, Live(*matched), built);
  } else {
    for (auto it = mset.begin(); it != mset.end(); ++it) order.push_back(it);
  }
  for (std::size_t i = offset - first; i < order.size() && i < offset - first + limit; ++i) {
    result.hits.push_back(MakeHit(order[i], built, request.snippets));
    result.hits.back().rank = first + i + 1;
  }
  if (request.facets || request.timeline) {
    CountFacets(*matched, request.time_limit, request.timeline, &result);
  } else {
    SetCounted(mset, &result);
    SettleWithDeleted(*matched, &result);
  }
  return result;
}

// The weighting for passes that only count. Not BoolWeight: with Xapian 1.4.22, once a document
// has been deleted, a term every remaining document holds (kind:article in an index of
// articles) fails to read without weights when the matcher reads it to its end
// ("DatabaseCorruptError: Unexpected end of posting list"), though the index is sound
// (xapian-check). BM25 with no wdf or length terms reads it soundly, at about the same cost.
namespace {
Xapian::BM25Weight CountingWeight() { return Xapian::BM25Weight(0, 0, 0, 0, 0); }
}  // namespace

bool Searcher::TooFew(const BuiltQuery& built, const Xapian::MSet& mset, Xapian::doccount wanted) {
  if (!built.filtered) {  // the search's bounds settle it, unless `wanted` falls between them
    if (mset.get_matches_lower_bound() >= wanted) return false;
    if (mset.get_matches_upper_bound() < wanted) return true;
  }
  return FewerThan(built.filtered ? built.unfiltered : built.query, wanted);
}

bool Searcher::FewerThan(const Q& query, Xapian::doccount wanted) {
  Xapian::Enquire probe(db_);
  probe.set_weighting_scheme(CountingWeight());
  probe.set_query(Live(query));
  return probe.get_mset(0, 0, wanted).get_matches_upper_bound() < wanted;
}

// Xapian estimates a total from the sizes of posting lists, as if deleted documents matched as
// seldom as any other; but a replaced document's deleted copy matches much as its replacement
// does, so "year:2024" estimated 7 where 4 match. Where the index has deleted documents and the
// matcher did not settle the total, the match set counts it (about a millisecond: the cost of
// counting facets).
void Searcher::SettleWithDeleted(const Q& query, SearchResult* result) {
  if (deleted_->empty() || result->total_lower == result->total_upper) return;
  if (std::optional<DocSet> matches = MatchSet(db_, query)) {
    for (Xapian::docid id : deleted_->ids()) matches->Remove(id);
    result->total_lower = result->total_estimated = result->total_upper = matches->Count();
  }
}

// A pass of its own: counting needs no scores, and scoring every match (rather than only what
// can reach the top) made a faceted 3-word search take 11.8 ms over HTTP on baomoi + viwiki, 6 ms
// once counted apart (a plain known-item search: 2.4 ms). Set operations on posting lists count
// faster still than Xapian's unweighted matcher (query/match_set.h).
//
// Over remote shards, neither: they read posting lists and value streams, which a remote shard
// sends a message per posting or a round trip per document for. There Xapian's matcher counts,
// on each shard.
void Searcher::CountFacets(const Q& query, double time_limit, bool with_timeline, SearchResult* result) {
  std::vector<Xapian::doccount> per_month(with_timeline ? kMonthKeys : 0, 0);
  if (!index_.HasRemote()) {
    if (!facet_index_) facet_index_.emplace(db_);
    if (std::optional<DocSet> matches = MatchSet(db_, query)) {
      for (Xapian::docid id : deleted_->ids()) matches->Remove(id);
      std::vector<Xapian::doccount> per_combination(facet_index_->combinations(), 0);
      if (with_timeline) {
        matches->ForEach([&](Xapian::docid id) {
          ++per_combination[facet_index_->CombinationOf(id)];
          ++per_month[facet_index_->MonthOf(id)];
        });
        result->timeline = MakeTimeline(per_month);
      } else {
        matches->ForEach([&](Xapian::docid id) { ++per_combination[facet_index_->CombinationOf(id)]; });
      }
      result->facets = facet_index_->Counts(per_combination);
      result->total_lower = result->total_estimated = result->total_upper = matches->Count();
      return;
    }
  }
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(CountingWeight());
  if (time_limit > 0) enquire.set_time_limit(time_limit);
  enquire.set_query(Live(query));
  if (index_.size() == 1 && !index_.HasRemote()) {
    FacetSpy spy(*facet_index_, with_timeline ? &per_month : nullptr);
    enquire.add_matchspy(&spy);
    SetCounted(enquire.get_mset(0, 0, db_.get_doccount()), result);
    result->facets = spy.Result();
  } else {
    // Xapian 1.4 gives a match spy each shard's own document ids, which FacetIndex does not
    // know: the values themselves are counted, by a spy the stock remote server also runs (on
    // the shard: it sends the counts, not the values).
    Xapian::ValueCountMatchSpy facets(schema::slot::kFacets), dates(schema::slot::kDate);
    enquire.add_matchspy(&facets);
    if (with_timeline) enquire.add_matchspy(&dates);
    SetCounted(enquire.get_mset(0, 0, db_.get_doccount()), result);
    std::map<std::string, Xapian::doccount> per_value;
    for (auto it = facets.values_begin(); it != facets.values_end(); ++it) per_value[*it] = it.get_termfreq();
    result->facets = CountsOfValues(per_value);
    Xapian::doccount dated = 0;
    for (auto it = dates.values_begin(); it != dates.values_end(); ++it) {
      per_month[MonthOfDateValue(*it)] += it.get_termfreq();
      dated += it.get_termfreq();
    }
    if (with_timeline) per_month[0] += result->total_lower - dated;  // the undated
  }
  if (with_timeline) result->timeline = MakeTimeline(per_month);
}

Snippet Searcher::HighlightText(std::string_view text, const std::string& query) {
  const BuiltQuery built = BuildQuery(*ParseQuery(query), context_, &analyzer_);
  return MarkMatches(text, built.highlight, &analyzer_);
}

Xapian::docid Searcher::DocumentNumber(const std::string& id) {
  std::vector<Xapian::docid> found = schema::LiveDocumentsWithTerm(db_, *deleted_, schema::Term(field::kDocId, id));
  return found.empty() ? 0 : found.front();
}

std::optional<schema::DocumentRecord> Searcher::FindDocument(const std::string& id) {
  const Xapian::docid number = DocumentNumber(id);
  if (number == 0) return std::nullopt;
  return schema::LoadRecord(db_.get_document(number));
}

namespace {

// A word of a query, where it stands in the query text.
struct QueryWord {
  std::size_t begin = 0, end = 0;  // byte offsets in the query
  std::string folded;
  bool typed_with_diacritics = false;
};

// Every word of the free words and phrases of `node` (not of filters or numbers), with its place
// in `query`.
void CollectWords(const QueryNode& node, std::string_view query, analysis::Analyzer* analyzer,
                  std::vector<QueryWord>* words) {
  if (node.kind == NodeKind::kWords || node.kind == NodeKind::kPhrase) {
    const std::size_t start = node.kind == NodeKind::kPhrase ? node.position + QuotationMarkLength(query, node.position)
                                                              : node.position;
    if (query.substr(start, node.text.size()) != node.text) return;  // not where it was typed
    analysis::Analysis analysis;
    analyzer->Analyze(node.text, &analysis);
    for (const analysis::Token& token : analysis.tokens) {
      if (token.kind != analysis::TokenKind::kWord) continue;
      words->push_back({start + token.span.begin, start + token.span.end, token.folded, token.exact != token.folded});
    }
  }
  for (const auto& child : node.children) CollectWords(*child, query, analyzer, words);
}

// `word` in the case `typed` (ASCII, as typed without diacritics) has: all capitals ("DANG
// VIEN"), a capital first letter ("Dang"), or none.
std::string InTypedCase(const std::string& word, std::string_view typed) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (typed.empty() || !upper(typed[0])) return word;
  const bool all = typed.size() > 1 && std::all_of(typed.begin(), typed.end(), [&](char c) { return upper(c) || c < 'A'; });
  std::u32string letters;
  analysis::DecodeUtf8(word, &letters);
  for (std::size_t i = 0; i < letters.size() && (all || i == 0); ++i) {
    letters[i] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(letters[i])));
  }
  return analysis::EncodeUtf8(letters);
}

}  // namespace

const std::vector<std::string>& Searcher::RunPassages(std::span<const std::string> run) {
  // Documents read for a run: a few agree on how it is written, and each costs a read. On 2,861
  // vietnews titles none of them tuned on, 5 per pair restored 93.2% of words and 51.0% of titles
  // against 93.0% and 50.6% with 3, 51.8% of titles with 8; p50 of a search typed without
  // diacritics 2.4 ms against 1.8 and 3.2 ms (tools/eval_restoration, tools/eval_known_item.sh).
  constexpr Xapian::doccount kDocumentsPerRun = 5;
  // Runs kept at most: a long-running service sees ever new ones.
  constexpr std::size_t kMostRuns = 20000;
  std::string key;
  for (const std::string& word : run) key += (key.empty() ? "" : " ") + word;
  if (run_passages_.size() >= kMostRuns && !run_passages_.contains(key)) run_passages_.clear();
  auto [entry, added] = run_passages_.try_emplace(key);
  if (!added) return entry->second;
  HighlightTerms marked;
  for (std::size_t i = 1; i < run.size(); ++i) marked.pairs.insert(run[i - 1] + ' ' + run[i]);
  // The first documents holding the run, as their posting lists list them; asked of the matcher,
  // which a remote shard runs itself, rather than by reading the lists, sent whole.
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(CountingWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_query(Live(InSequence({std::vector<std::string>(run.begin(), run.end())})));
  const Xapian::MSet first = enquire.get_mset(0, kDocumentsPerRun);
  for (auto it = first.begin(); it != first.end(); ++it) {
    const schema::DocumentRecord record = schema::LoadRecord(it.get_document());
    std::string passage;
    for (const SnippetPart& part : MakeSnippet(record.text, marked, &analyzer_)) passage += part.text;
    entry->second.push_back(record.title);  // where a pair often stands when the text does not show it
    entry->second.push_back(std::move(passage));
  }
  return entry->second;
}

std::optional<Searcher::Restoration> Searcher::RestoreDiacritics(const std::string& query, const SearchResult& result) {
  std::vector<QueryWord> words;
  CollectWords(*ParseQuery(query), query, &analyzer_, &words);
  if (words.empty()) return std::nullopt;
  std::sort(words.begin(), words.end(), [](const QueryWord& a, const QueryWord& b) { return a.begin < b.begin; });
  std::vector<std::string> folded;
  std::vector<bool> joined;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].typed_with_diacritics) return std::nullopt;
    folded.push_back(words[i].folded);
    // Side by side: nothing but blanks between them (no operator, no quotation mark).
    const std::string_view between = i == 0 ? "x" : std::string_view(query).substr(words[i - 1].end, words[i].begin - words[i - 1].end);
    joined.push_back(i > 0 && between.find_first_not_of(" \t") == std::string_view::npos);
  }
  // Context: how the first documents found write the words — their titles, subjects, passages.
  std::vector<std::string> passages;  // a snippet's parts put together: marks split its words apart
  for (const Hit& hit : result.hits) {
    passages.emplace_back();
    for (const SnippetPart& part : hit.snippet) passages.back() += part.text;
  }
  std::vector<std::string_view> context;
  for (std::size_t i = 0; i < result.hits.size(); ++i) {
    context.push_back(result.hits[i].record.title);
    context.push_back(result.hits[i].record.subject);
    context.push_back(passages[i]);
  }
  if (!word_forms_) word_forms_.emplace(db_, /*together=*/index_.HasRemote());
  RestoredQuery restored = query::RestoreDiacritics(folded, joined, context, &*word_forms_, &analyzer_);
  // Where that leaves a word unsure, passages of a few documents where it stands beside a
  // neighbour, and where it is still unsure, beside both: the first documents found may hold the
  // words apart ("bao ve" → "bảo vệ", not "báo về"), and a pair may be written two ways that its
  // next word tells apart. Only then: each run read costs a few documents' texts. The three-word
  // runs raised 1,000 vietnews titles from 92.8% of words and 49.3% of titles to 93.9% and 56.7%
  // (tried as well, with runs as pairs apart rather than words in order: read at once with the
  // pairs, 93.7% and 54.5%; every three, sure or not, 93.9% and 55.6% at a third more time; runs
  // of four too, 93.8% and 55.1%; a model of threes, not pairs, over the same passages no
  // better), and the p50 of 1,000 known-item queries typed without diacritics from 3.9 to 5.4–6.8
  // ms (tools/eval_restoration.sh; docs/query-language.md).
  std::deque<std::string> run_passages;  // copies: the cache may be cleared by the next run
  // Runs read at most per length: a query of a title's length reads them all, a long one (a
  // pasted paragraph) no more documents than that.
  constexpr std::size_t kMostRunsPerLength = 12;
  for (std::size_t length = 2; length <= 3; ++length) {
    bool more = false;
    std::size_t runs = 0;
    for (std::size_t last = length - 1; last < words.size() && runs < kMostRunsPerLength; ++last) {
      bool side_by_side = true, sure = true;
      for (std::size_t j = last + 1 - length; j <= last; ++j) {
        side_by_side = side_by_side && (j == last + 1 - length || joined[j]);
        sure = sure && restored.confident[j];
      }
      if (!side_by_side || sure) continue;
      ++runs;
      for (const std::string& passage : RunPassages(std::span(folded).subspan(last + 1 - length, length))) {
        context.push_back(run_passages.emplace_back(passage));
        more = true;
      }
    }
    if (more) restored = query::RestoreDiacritics(folded, joined, context, &*word_forms_, &analyzer_);
  }
  Restoration restoration;
  restoration.confident = std::all_of(restored.confident.begin(), restored.confident.end(), [](bool sure) { return sure; });
  std::size_t copied = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    restoration.query.append(query, copied, words[i].begin - copied);
    const std::string_view typed = std::string_view(query).substr(words[i].begin, words[i].end - words[i].begin);
    restoration.query += InTypedCase(restored.words[i], typed);
    copied = words[i].end;
  }
  restoration.query.append(query, copied);
  return restoration;
}

std::optional<RelatedDocuments> Searcher::Related(const std::string& id, std::size_t limit) {
  // Terms of a document that find the documents like it: enough to say what it is about, few
  // enough to keep the search as cheap as a typed one.
  constexpr std::size_t kSimilarityTerms = 30;
  const Xapian::docid number = DocumentNumber(id);
  if (number == 0) return std::nullopt;
  const schema::DocumentRecord record = schema::LoadRecord(db_.get_document(number));
  RelatedDocuments related;
  const Q similar = SimilarityQuery(TellingTerms(db_, record, &analyzer_, kSimilarityTerms, index_.HasRemote()));
  Xapian::Enquire enquire(db_);
  enquire.set_query(Live(Q(Q::OP_AND_NOT, similar, Q(schema::Term(field::kDocId, id)))));
  const Xapian::MSet mset = enquire.get_mset(0, std::min(limit, kMaxLimit));
  const BuiltQuery nothing_to_mark;
  for (auto it = mset.begin(); it != mset.end(); ++it) related.similar.push_back(MakeHit(it, nothing_to_mark, false));
  for (const schema::Mention& mention : record.mentions) {
    const bool listed = std::any_of(related.cites.begin(), related.cites.end(),
                                    [&](const CitedNumber& cited) { return cited.number == mention.canonical; });
    if (mention.own || listed) continue;
    CitedNumber cited{mention.canonical, {}};
    for (const schema::DirectiveRecord& entry : index_.RegistryEntry(mention.canonical, *deleted_)) {
      cited.documents.insert(cited.documents.end(), entry.documents.begin(), entry.documents.end());
    }
    related.cites.push_back(std::move(cited));
  }
  if (!record.identifier.empty()) {
    for (const schema::DirectiveRecord& entry : index_.RegistryEntry(record.identifier, *deleted_)) {
      if (std::find(entry.documents.begin(), entry.documents.end(), id) == entry.documents.end()) continue;
      related.cited_by.insert(related.cited_by.end(), entry.citations.begin(), entry.citations.end());
    }
  }
  return related;
}

namespace {

// Whether the file at `path` has the size and time `state` recorded; a symbolic link is
// judged by the file it leads to, as the indexer read it.
bool SameSizeAndTime(const std::filesystem::path& path, const schema::FileState& state) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return false;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return false;
  const int64_t mtime_ns = schema::FileModificationTime(path, error);
  return !error && size == state.size && mtime_ns == state.mtime_ns;
}

}  // namespace

std::optional<OriginalFile> Searcher::Original(const std::string& id) {
  const Xapian::docid number = DocumentNumber(id);
  if (number == 0) return std::nullopt;
  OriginalFile original;
  original.path = db_.get_document(number).get_value(schema::slot::kFile);
  const std::optional<schema::FileState> state = index_.FileStateOf(original.path.string());
  original.unchanged = state && SameSizeAndTime(original.path, *state);
  return original;
}

std::optional<OriginalContent> Searcher::ReadOriginal(const std::string& id) {
  const std::optional<OriginalFile> original = Original(id);
  if (!original || !original->unchanged) return std::nullopt;
  const std::optional<schema::FileState> state = index_.FileStateOf(original->path.string());
  std::ifstream in(original->path, std::ios::binary);
  OriginalContent content{original->path, std::string(static_cast<std::size_t>(state->size), '\0')};
  if (!in.read(content.bytes.data(), static_cast<std::streamsize>(content.bytes.size())) || in.peek() != EOF) {
    return std::nullopt;
  }
  if (schema::ContentHash(content.bytes) != state->content_hash) return std::nullopt;
  return content;
}

std::vector<schema::DirectiveRecord> Searcher::Registry(const std::string& number) {
  // Typed alone, a number is read as a filter's value is (cites:834/SGTVT): a letter's number
  // of a body no table knows, read in text only after a type's name, and a congress's
  // pseudo-number are looked up too.
  std::string canonical = analysis::ParseCongressNumber(number);
  if (canonical.empty()) {
    std::optional<analysis::IdentifierMention> found = analysis::ParseIdentifier(number);
    if (!found) found = analysis::TheIdentifierIn(number);
    if (!found) return RegistryOfName(number);
    canonical = found->canonical;
  }
  // As typed first; a D typed for Đ only when the index knows nothing of that.
  for (const std::string& spelling : analysis::TypedSpellings(canonical)) {
    std::vector<schema::DirectiveRecord> records = index_.RegistryEntry(spelling, *deleted_);
    if (!records.empty()) return records;
  }
  return {};
}

std::vector<schema::DirectiveRecord> Searcher::RegistryOfName(const std::string& name) {
  const std::vector<analysis::DocumentName> names = analysis::FindDocumentNames(name);
  std::vector<std::string> numbers;
  if (names.size() == 1 && names[0].kind == analysis::NameKind::kShort) {
    bool local = false;
    if (std::string spelled = analysis::NumberSpelledBy(names[0], "", &local); !spelled.empty()) {
      numbers.push_back(std::move(spelled));
    }
  } else if (names.size() == 1 && !names[0].term.empty() && names[0].second_term.empty()) {
    numbers = context_.plenum_numbers(analysis::PlenumKey(names[0].term, names[0].session));
  }
  if (numbers.empty()) {
    throw QueryError("\"" + name + "\" không phải số hiệu văn bản (như 05-CT/TW) hay tên văn bản chỉ ra một số hiệu", 0);
  }
  std::vector<schema::DirectiveRecord> records;
  for (const std::string& each : numbers) {
    for (schema::DirectiveRecord& record : index_.RegistryEntry(each, *deleted_)) records.push_back(std::move(record));
  }
  return records;
}

const FacetCounts& Searcher::CountAll() {
  if (!all_counts_) {
    SearchResult counted;
    CountFacets(MatchEverything(), 0, /*with_timeline=*/false, &counted);
    all_counts_ = std::move(counted.facets);  // only once counted: a failed count leaves nothing cached
  }
  return *all_counts_;
}

}  // namespace vankien::query
