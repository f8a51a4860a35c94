// The index schema: every Xapian term prefix and value slot vankien uses, declared once and used
// by the indexer to write documents and by the query parser to read queries (the approach of
// notmuch's prefix table). docs/index-schema.md describes it for people.
//
// Every prefix is a single upper-case ASCII letter, but for the relation fields, which share the
// letter L followed by the relation's name and a colon ("Lguides:05-CT/TW"), so that one
// letter serves seven fields. Free-text terms start with a lower-case letter, a digit or a
// non-ASCII character, so a term's prefix is always unambiguous.
#ifndef VANKIEN_SCHEMA_FIELDS_H_
#define VANKIEN_SCHEMA_FIELDS_H_

#include <span>
#include <string>
#include <string_view>

#include <xapian.h>

namespace vankien::schema {

enum class FieldKind {
  kFreeText,  // analysed text: ranked with BM25
  kBoolean,   // exact codes: filters and facets, no effect on ranking
};

struct Field {
  std::string_view name;         // the field's name in code and documentation
  std::string_view prefix;       // the Xapian term prefix ("" for plain folded words)
  FieldKind kind;
  std::string_view query_names;  // space-separated names the query language accepts ("" = none)
  std::string_view description;
};

// The fields, by name.
namespace field {
inline constexpr std::string_view kFolded = "folded";
inline constexpr std::string_view kExact = "exact";
inline constexpr std::string_view kPair = "pair";
inline constexpr std::string_view kDocId = "docid";
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kType = "type";
inline constexpr std::string_view kBody = "body";
inline constexpr std::string_view kOrgan = "organ";
inline constexpr std::string_view kYear = "year";
inline constexpr std::string_view kTerm = "term";
inline constexpr std::string_view kTopic = "topic";
inline constexpr std::string_view kIdentifier = "id";
inline constexpr std::string_view kCites = "cites";
inline constexpr std::string_view kFile = "file";
inline constexpr std::string_view kSigner = "signer";
// Typed citations (analysis/citation_relation.h): each field is named as the relation is, so
// Term(RelationName(r), number) is the term of a relation r to number.
inline constexpr std::string_view kReplaces = "replaces";
inline constexpr std::string_view kRepeals = "repeals";
inline constexpr std::string_view kAmends = "amends";
inline constexpr std::string_view kGuides = "guides";
inline constexpr std::string_view kImplements = "implements";
inline constexpr std::string_view kReviews = "reviews";
inline constexpr std::string_view kBasedOn = "based_on";
}  // namespace field

// True for the relation fields above, whose values are document numbers.
bool IsRelationField(std::string_view name);

// Every field, in documentation order.
std::span<const Field> Fields();

// The field named `name`; throws std::logic_error for an unknown name (a programming error).
const Field& GetField(std::string_view name);

// The field a query may name as `query_name` ("coquan" → body), or nullptr.
const Field* FieldForQueryName(std::string_view query_name);

// The term for `value` in field `name`: prefix + value.
std::string Term(std::string_view name, std::string_view value);

// The longest term Xapian accepts is 245 bytes; longer values (file paths) are shortened to a
// prefix of the value and a hash of the whole, so distinct values stay distinct.
std::string BoundedTerm(std::string_view name, std::string_view value);

// Value slots.
namespace slot {
inline constexpr Xapian::valueno kDate = 0;     // "YYYYMMDD", for date ranges and sorting
inline constexpr Xapian::valueno kFacets = 1;   // the facet values (schema/facets.h), for counts
inline constexpr Xapian::valueno kFile = 2;     // the source file's key (its absolute path)
inline constexpr Xapian::valueno kRecord = 3;   // the record's fields as JSON (schema/document_record.h)
// The oldest-first key: kDate, or kUndatedLast for a document without a date, so that it sorts
// after every date. A value rather than a Xapian::KeyMaker, which the remote backend refuses.
inline constexpr Xapian::valueno kOldestFirst = 4;
inline constexpr std::string_view kUndatedLast = "\xff";
}  // namespace slot

// The organ term of a document of a body that names no issuer: a body: filter naming an organ keeps it,
// for nothing says another organ issued it.
inline constexpr std::string_view kUnknownOrgan = "?";

// Keys of the index's metadata (Xapian user metadata, committed with the documents).
namespace metadata {
inline constexpr std::string_view kTopics = "vankien:topics";        // the taxonomy, JSON
// What each plenum or congress name stands for, JSON (indexer/plenum_table.h NamesJson).
inline constexpr std::string_view kPlenumNames = "vankien:plenums";
// The abbreviations and what they stand for, JSON (indexer/abbreviation_table.h EquivalencesJson).
inline constexpr std::string_view kAbbreviations = "vankien:abbreviations";
inline constexpr std::string_view kFileStatePrefix = "file:";        // + file key: its state
inline constexpr std::string_view kRegistryPrefix = "registry:";     // + canonical number
inline constexpr std::string_view kDeletedDocuments = "vankien:deleted";  // schema/deleted_documents.h
// What the documents were read and classified with (kContentVersion and the taxonomy): when
// it differs from this build's, every file is read again.
inline constexpr std::string_view kAnalysisFingerprint = "vankien:analysis-fingerprint";
// The layout of terms, slots and records: an index written with another is refused.
inline constexpr std::string_view kSchemaVersion = "vankien:schema-version";
// "1" in an index made with a termlist (the shards of a sharded index), which a remote server
// needs to send its documents; absent in a plain index.
inline constexpr std::string_view kTermlist = "vankien:termlist";
}  // namespace metadata

// The version of what the indexer makes of a text — its terms, numbers and records — within one
// schema: it changes with the analysis chain (a new canonical form, a new rule) or with new
// terms. An index written with another is read again in full by its next update, so that
// queries, analysed by this build, still match it.
// 2: numbers without extra leading zeros, State numbers below 10 padded; Ð and ð read as Đ
// and đ; an own number with another date is a citation; organ terms; terms of office in one
// form; a "Số …" line followed by a sentence is no header.
// 3: .txt files in TCVN3, VNI, VISCII or Windows-1258 read as Unicode (a short one was indexed
// with U+FFFD for its letters); a file's format told by its content, and PDF, DOCX, ODT, HTML,
// .doc and RTF read; the official layout read as metadata (signer, issuer, place, the header
// and signature out of the text).
// 4: each citation's relation (replaces, guides, implements, …) read from its sentence, with
// the relation terms; documents named by short and plenum names; messier numbers read.
// 5: plenum names of two terms, issuers before short names, the relation of a list's items,
// numbers split by word segmentation; text with a stray control character read.
// 6: the relations of a decision an article reprints, from the decision.
// 7: numbers of bodies no table knows cited by type and "số" ("Sắc lệnh số 16-NV"), of the
// Council of Ministers (HĐBT), and of types spelled in mixed case written in capitals; no
// number read out of a technical standard's code.
// 8: old numbers with a blank for the hyphen after their type's name ("Nghị định số 26 CP"),
// "Quyết nghị" as a resolution's name, a Đ written never read as D ("32/HĐ-EPC"), a State
// symbol going on past what was read not read in part; short names with a lower-case type word
// that a date or an issuer follows ("chỉ thị 05 của Bộ Chính trị").
// 9: short names listed after one ("Quyết định 935, 936 của …"), issuers by code ("của UBND")
// or place ("của TP"), State numbers written with their year (33/2014/QĐ-UBND), and a name's
// issuer and year taken from two of its mentions; a code no table knows after "văn bản số"
// ("văn bản số 834/SGTVT"), and none read in part before "&"; a Quy định's name resolved to QĐ
// or QĐi by its year or the citing document's date; a State type and body written together
// ("121/2003/NĐCP") or a blank apart ("30/2020/NĐ CP") read as TYPE-BODY; an issuer's words
// that fold to a stop word's letters read with their marks ("Sở Giao thông vận tải"); the
// relations of named citations, and none from a number to itself.
// 10: cited numbers of unusual shape read whole ("92/CP/2015"), permits after "giấy phép", a
// department's D kept, partial repeals as amends; a State type glued to its number
// ("239QĐ-CP"), dashes for both slashes ("43-2014-NĐ-CP"), bare numbers sharing the symbol of
// the number after them ("Nghị quyết số 18, 19-NQ/TW"), local courts and procuracies as State
// bodies, "V/v" never a code, the parts of a document between a verb and its number; soft
// hyphens, zero-width characters, look-alike slashes and full-width ASCII cleaned from text.
// 11: a number cut by a page break read across it ("45/2019/TT-", "Trang 2/5", "BTC"), and none
// read in part before a dash or slash ending its line; OCR's blank inside a code or a year
// ("05-CT/T W", "30/20 20/NĐ-CP"); backslashes for slashes; a blank for the hyphen before an
// unknown body and its department ("125 KH/TWĐTN-BTG") or for the dash after a cited type
// alone before one ("551/QĐ ĐHH ngày"); a letter before an old number's hyphen ("33B-HĐBT"), a
// range's ends ("từ số 12 đến số 15-TB/TU"), a type's code glued before ("TT133/2016/TT-BTC");
// no relation where it is denied, criticised, quoted, bracketed or the number's own.
// 12: relations read through the titles, dates and issuers of a list's items and through a
// law's name, from a verb in a number's title, after "được sửa đổi theo", "chỉ đạo của … tại",
// "Kết luận thanh tra"; none to a document issued later or from a number joined to another
// subject; a short name resolved surely is a source ("Nghị định 49/2017 sửa đổi Nghị định số
// 25/2011/NĐ-CP"); "Thông tư 16" a short name of the Thông tư written in full.
// 13: word-segmented codes cut from their digits inside a symbol ("65 / C 46 - P 11", "A_92");
// relations past adverbs ("hiệu quả hơn nữa", "quyết liệt"), a bracket opening the citation as
// "tại" after an issuer, none from a "căn cứ" opening a bracket; what a sentence led by "Thực
// hiện X, …" issues ("… ban hành Kế hoạch số Y", "… đã có Văn bản số Y") carries X out; a
// passive in brackets after a citation's title ("(đã được sửa đổi, bổ sung tại …)"); a title
// ends where another citation begins ("về thuế … và Công văn 2512/TCT-CS"); "QH.11" a term;
// "thực hiện [what X sets] theo X", "thực hiện quy định tại X" (not "theo quy định tại"),
// changing a regulation "ban hành kèm theo" X, "được căn cứ theo X"; none for a working session
// "về thực hiện" X or a part of X quoted past a bracketed title.
// 14: an issuer "Ủy ban …" read whole, not cut at its "ban" ("của Ủy ban nhân dân tỉnh"), a
// committee's name through "của" and another organ ("Ủy ban Tư pháp của Quốc hội"), and none
// run on into what the issuer does next ("… hướng dẫn", "… sửa đổi", "… ký"); an issuer's and a
// subject's words past the "_" of word-segmented text ("Uỷ_ban nhân_dân tỉnh", was "Uỷ");
// relations: an inspection, review, report or denial before "lãnh đạo, chỉ đạo (và) tổ chức
// thực hiện", concern about the implementation ("quan ngại"), "sửa" before a document's name, an
// item of grounds after "Căn cứ …;", an item named by type and issuer alone before "và".
inline constexpr std::string_view kContentVersion = "14";

// The schema version this build writes and reads.
// 3: text compressed by vankien; 4: no termlist, deleted documents listed; 5: folded words
// carry positions (phrases, NEAR); 6: the oldest-first key (slot::kOldestFirst), shards with a
// termlist
inline constexpr std::string_view kCurrentSchemaVersion = "6";


}  // namespace vankien::schema

#endif  // VANKIEN_SCHEMA_FIELDS_H_
