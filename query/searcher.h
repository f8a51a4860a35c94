// Answers searches over an index: parses the query, runs it, and returns one page of hits with
// highlighted snippets, totals and facet counts. The command-line tool and the HTTP service
// both search through this class, so they return the same results.
#ifndef VANKIEN_QUERY_SEARCHER_H_
#define VANKIEN_QUERY_SEARCHER_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "query/abbreviations.h"
#include "query/diacritics_restoration.h"
#include "query/facet_index.h"
#include "query/query_builder.h"
#include "query/snippet.h"
#include "query/timeline.h"
#include "schema/deleted_documents.h"
#include "schema/document_record.h"
#include "schema/registry_record.h"
#include "shards/sharded_index.h"

namespace vankien::query {

enum class SortOrder {
  kRelevance,  // best match first (for a query of filters alone: newest first)
  kDate,       // newest first
  kOldest,     // oldest first; documents without a date last
};

// The names the command line, the API and JSON give the orders: "relevance", "date" (newest
// first) and "oldest".
std::string_view SortOrderName(SortOrder sort);
// The order named `name`, or nullopt for an unknown name.
std::optional<SortOrder> SortOrderNamed(std::string_view name);

struct SearchRequest {
  std::string query;
  // Filters in the query language (body:"ĐUK" date:2016..2017), applied to the whole query
  // whatever operators it uses. An error in them is placed as if they followed `query` after a
  // space.
  std::string filters;
  SortOrder sort = SortOrder::kRelevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
  bool facets = false;    // count body, type, year, topic and kind over every match
  bool timeline = false;  // count every match per year or month (query/timeline.h)
  // A query typed without any diacritic is shown back with them restored (query/
  // diacritics_restoration.h) and, when every word's restoration is sure, searched restored, so
  // that documents writing those forms rank first; false searches exactly what was typed.
  bool restore_diacritics = true;
  bool snippets = true;
  // Seconds counting facets with Xapian's matcher may take before it settles for what it has
  // (the totals are then estimates); 0: no limit. Most queries are counted by set operations
  // instead (query/match_set.h), whose cost the query's length bounds.
  double time_limit = 0;
};

// Bounds on a request, against accidents and abuse.
inline constexpr std::size_t kMaxLimit = 1000;
inline constexpr std::size_t kMaxOffset = 100000;
// Among this many best matches of a query with a phrase typed with diacritics, the documents
// that write it in the forms typed, within their first kExactPhraseScanBytes of each part,
// come first (BuiltQuery::exact_phrases). Reading their texts is the cost (measured on baomoi:
// 30 documents and 64 KB took phrase searches to p50 3 ms, p99 50–70 ms; tools/bench_phrases.sh);
// a fixed number, so that every page of a search shows the same order.
inline constexpr Xapian::doccount kExactPhraseAmong = 10;
// Among this many best matches of words typed side by side (BuiltQuery::word_runs), the
// documents holding them one after another come first: a reader who types several words means
// them together. Checked from positions (query/word_sequence.h), which costs a few lookups per
// document where checking every match in the matcher multiplied search time by six (baomoi
// known-item queries); a fixed number, so that every page of a search shows the same order.
inline constexpr Xapian::doccount kWordRunsAmong = 20;
inline constexpr std::size_t kExactPhraseScanBytes = 16 * 1024;
// A search whose words stand side by side in fewer documents than this also takes the
// documents that have them apart (the "broad" query of query_builder.h).
inline constexpr Xapian::doccount kBroadenBelow = 10;

struct Hit {
  std::size_t rank = 0;  // 1-based, over the whole result list
  double score = 0;
  // In a search for a document number: "number" for a document that has it, "cites" for one
  // that cites it; "" otherwise.
  std::string role;
  schema::DocumentRecord record;  // without its text
  Snippet title;                  // the title with matches marked
  Snippet snippet;                // the best passage of the text
};

// How many documents facet counts put under `value` of `facet` (0 when none).
Xapian::doccount CountOf(const FacetCounts& counts,
                         const std::string& facet, const std::string& value);

struct SearchResult {
  std::vector<Hit> hits;
  // How many documents match: exact when lower == upper, else an estimate within bounds.
  Xapian::doccount total_lower = 0;
  Xapian::doccount total_estimated = 0;
  Xapian::doccount total_upper = 0;
  // By facet name ("body", "type", "year", "topic", "kind"): values by descending count.
  FacetCounts facets;
  std::optional<Timeline> timeline;  // with request.timeline
  // The query with its diacritics restored, when it was typed without any and restoring changed
  // it; "" otherwise. The hits are those of the restored query when `searched_restored`.
  std::string restored_query;
  bool searched_restored = false;
  std::vector<std::string> identifiers;  // document numbers recognised in the query
};

// A number a document cites, with the indexed documents that carry it.
struct CitedNumber {
  std::string number;                  // canonical
  std::vector<std::string> documents;  // ids; empty when the index has no document with it
};

// What relates to one document ("Văn bản liên quan").
struct RelatedDocuments {
  std::vector<Hit> similar;                // the documents most like it, best first (no snippets)
  std::vector<CitedNumber> cites;          // the numbers it cites, in the order first cited
  std::vector<schema::Citation> cited_by;  // the documents citing it by its own number, newest first
};

// How many documents like it Related lists by default.
inline constexpr std::size_t kRelatedDocuments = 10;

// The file an indexed document was read from.
struct OriginalFile {
  std::filesystem::path path;  // absolute, where the indexer found it
  // Whether the file on disk still has the size and time it had when indexed (for a download,
  // ReadOriginal also compares its content).
  bool unchanged = false;
};

// The content of the file an indexed document was read from (Searcher::ReadOriginal).
struct OriginalContent {
  std::filesystem::path path;  // as OriginalFile::path
  std::string bytes;
};

struct Topic {
  std::string code;
  std::string name;
  std::string group;  // the heading it is listed under, "" for none (indexer/taxonomy.h)
};

// The name of the topic `code` in `topics`, or "" when the taxonomy has no such topic.
std::string TopicName(const std::vector<Topic>& topics, std::string_view code);

// Not thread-safe: one thread at a time uses a Searcher (each Searcher has its own Database handle).
class Searcher {
 public:
  // Opens the index at `path` read-only: an index folder, a sharded index folder or a stub file
  // of local and remote shards (shards/sharded_index.h), searched alike. Throws Xapian::Error
  // when it cannot be opened, shards::ShardError for a bad stub. A query naming an unknown body,
  // type or topic is refused pointing to `where_known`. Remote shards are opened with `limits`:
  // a call a shard does not answer in time throws Xapian::NetworkTimeoutError, and after any
  // Xapian::NetworkError the Searcher fails every later call (Xapian's combined handle does):
  // open another.
  explicit Searcher(const std::string& path, KnownValuesHint where_known = {}, shards::RemoteLimits limits = {});

  // Runs a search. Throws QueryError for a malformed query.
  SearchResult Search(const SearchRequest& request);

  // `query` (typed without diacritics) with each word's diacritics restored as the index and
  // the first documents of `result` (its search) write them, and whether every word is sure;
  // nullopt when the query has a word typed with diacritics, or no word to restore.
  struct Restoration {
    std::string query;
    bool confident = false;
  };
  std::optional<Restoration> RestoreDiacritics(const std::string& query, const SearchResult& result);

  // The stored record of the document with this id, or nullopt.
  std::optional<schema::DocumentRecord> FindDocument(const std::string& id);

  // What relates to the document with this id: up to `limit` (at most kMaxLimit) documents most
  // like it (query/similar_documents.h), and apart from them the numbers it cites and the
  // documents that cite it. nullopt when the index has no such document.
  std::optional<RelatedDocuments> Related(const std::string& id, std::size_t limit = kRelatedDocuments);

  // The file the document with this id was read from, or nullopt when the index has no such
  // document. Reads only the file's size and time.
  std::optional<OriginalFile> Original(const std::string& id);

  // The file the document with this id was read from and its bytes, only while the file is the
  // one indexed: the same size, time and content. nullopt otherwise (no such document, the file
  // changed, moved or cannot be read). Never reads any other file.
  std::optional<OriginalContent> ReadOriginal(const std::string& id);

  // All of `text` with what `query` matches marked, as a search's snippets mark it (the words
  // in the forms typed, the numbers however written; filters and excluded parts mark nothing).
  // Throws QueryError for a malformed query.
  Snippet HighlightText(std::string_view text, const std::string& query);

  // The registry's records of a document number written any way ("05 – CT/TƯ"), alone or with
  // words around it ("Chỉ thị số 05-CT/TW"): what it is and who cites it; empty when the index
  // knows nothing of it. Alone, it may also be what a filter takes alone: a number read in text
  // only after a type's name ("834/SGTVT", "16-NV") or a congress's pseudo-number ("ĐH-XIII").
  // A number the index knows nothing of as typed is looked up with a D read as Đ
  // (analysis::TypedSpellings: "32/HD-EPC" finds 32/HĐ-EPC). Without a number, `number` may be
  // a document's name that spells one: a short name with its issuer ("Chỉ thị 05 của Bộ Chính
  // trị": 05-CT/TW) or a plenum or congress name ("Nghị quyết Trung ương 4 khóa XII": the
  // records of the numbers it stands for, as the plenum table says). Throws QueryError when
  // `number` holds neither, or several numbers.
  std::vector<schema::DirectiveRecord> Registry(const std::string& number);

  // The topic taxonomy the index was built with (empty if none).
  const std::vector<Topic>& Topics() const { return topics_; }

  // How many documents have each topic code, body, type, year, kind: counts over the whole
  // index, computed once per revision of it.
  const FacetCounts& CountAll();

  // Picks up changes another process committed (a re-index), and an index put in the place of
  // this one (a rebuild, a compaction: vankien-index swaps the folder); true if there were any.
  bool Reopen();

  // How many documents the index holds.
  Xapian::doccount DocumentCount() const { return schema::LiveDocumentCount(db_, *deleted_); }

  // A folder's device, inode and change time: another folder put in the index's place differs,
  // and so does the same folder after a commit. All zero when it could not be read.
  struct Folder {
    std::uint64_t device = 0, inode = 0, changed_ns = 0;
    friend bool operator==(const Folder&, const Folder&) = default;
  };
  // The index folder as this Searcher opened it or last reopened it: Searchers that differ in
  // it hold different revisions, and one of them the files of an index since replaced.
  const Folder& OpenedFolder() const { return folder_; }

 private:
  static Folder FolderOf(const std::string& path);

  // One search of the request as it is (Search adds the restoration of diacritics).
  SearchResult SearchAsTyped(const SearchRequest& request);
  // Passages of the first few live documents holding `run`, two or three folded words side by
  // side, in order ("bao ve", "bao ve quyen"; query/word_sequence.h), around it: how the index
  // writes the run. Kept per revision. Throws Xapian::Error.
  const std::vector<std::string>& RunPassages(std::span<const std::string> run);
  // The registry's records of the number(s) the one document name in `name` stands for (see
  // Registry). Throws QueryError when it holds no such name.
  std::vector<schema::DirectiveRecord> RegistryOfName(const std::string& name);

  std::optional<std::string> TopicCode(std::string_view code_or_name) const;
  // The live document with this id, or 0.
  Xapian::docid DocumentNumber(const std::string& id);
  void LoadTopics();
  // What each plenum or congress name stands for, as the indexer stored it (kPlenumNames).
  void LoadPlenumNames();
  // The abbreviation table the indexer stored (kAbbreviations); empty when it stored none.
  void LoadAbbreviations();
  void LoadDeleted();  // throws Xapian::DatabaseCorruptError when the list is damaged
  // `query` without the deleted documents (query/live_documents.h).
  Xapian::Query Live(const Xapian::Query& query) const;
  Hit MakeHit(const Xapian::MSetIterator& it, const BuiltQuery& built, bool snippets);
  // The hits of `mset` (a search of `matched`, ranked by relevance from rank 0) in order, except
  // that among the first kWordRunsAmong those holding one of built.word_runs come first, and
  // then among the first kExactPhraseAmong those writing one of built.exact_phrases.
  std::vector<Xapian::MSetIterator> Reordered(const Xapian::MSet& mset, const Xapian::Query& matched,
                                              const BuiltQuery& built);
  // Which of the first kWordRunsAmong hits of `mset` (as Reordered) hold one of built.word_runs
  // (query/word_sequence.h), asked of the matcher in one more search.
  std::set<Xapian::docid> HoldingWordRuns(const Xapian::MSet& mset, const Xapian::Query& matched,
                                          const BuiltQuery& built);
  // Whether fewer than `wanted` documents have the words of `built` side by side, filters
  // aside; `mset` is a search of built.query (its bounds are used when they settle it).
  bool TooFew(const BuiltQuery& built, const Xapian::MSet& mset, Xapian::doccount wanted);
  // Whether fewer than `wanted` live documents match `query` (counted, not ranked).
  bool FewerThan(const Xapian::Query& query, Xapian::doccount wanted);
  // Sets result->facets to the facet counts over every document `query` matches, and its
  // totals to their number: exact, unless Xapian's matcher had to count (query/match_set.h)
  // and `time_limit` seconds (0: no limit) stopped it. With `with_timeline`, also
  // result->timeline, counted over the same documents.
  void CountFacets(const Xapian::Query& query, double time_limit, bool with_timeline, SearchResult* result);
  // Makes result's totals, read from a search of `query`, exact when the index has deleted
  // documents and the search only estimated them.
  void SettleWithDeleted(const Xapian::Query& query, SearchResult* result);

  std::string path_;
  shards::RemoteLimits limits_;
  Folder folder_;              // as when opened or last reopened
  bool half_loaded_ = false;   // a Reopen threw before reading all it reads
  shards::ShardedIndex index_;  // every metadata read goes through it
  Xapian::Database db_;         // index_.combined(): searches and documents
  // Read with each revision: in the combined database's ids, and each shard's in its own.
  std::shared_ptr<const schema::DeletedDocuments> deleted_;
  std::shared_ptr<const shards::DeletedByShard> deleted_in_shards_;
  analysis::Analyzer analyzer_;
  std::vector<Topic> topics_;
  std::map<std::string, std::vector<std::string>> plenum_names_;  // analysis::PlenumKey → numbers
  Abbreviations abbreviations_;
  QueryContext context_;
  std::optional<FacetCounts> all_counts_;
  std::optional<FacetIndex> facet_index_;  // read on the first count, per revision
  std::optional<WordForms> word_forms_;    // looked up word by word, per revision
  std::unordered_map<std::string, std::vector<std::string>> run_passages_;  // per revision, by run
};

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_SEARCHER_H_
