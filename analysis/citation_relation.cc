#include "analysis/citation_relation.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <set>
#include <string>

#include <unicode/uchar.h>

#include "analysis/identifier_codes.h"
#include "analysis/text_scan.h"
#include "analysis/token_filters.h"

namespace vankien::analysis {
namespace {

constexpr std::size_t kNoMention = std::numeric_limits<std::size_t>::max();

// The words, numbers and dates between a verb and the number it governs, or between a number
// and a passive verb after it: at most this many ("sửa đổi, bổ sung một số điều của Nghị định
// số" is 9; longer gaps belong to other clauses).
constexpr std::size_t kMaxBridge = 14;
// How far before a verb its numbered subject may stand ("Kế hoạch số 12-KH/TU ngày 3/5/2017
// của Ban Thường vụ Tỉnh ủy … thực hiện …").
constexpr std::size_t kMaxSubjectDistance = 24;
// How far before "thực hiện" the "sơ kết"/"tổng kết" of a review may stand ("sơ kết 5 năm
// thực hiện", "tổng kết 10 năm triển khai thực hiện").
constexpr std::size_t kMaxReviewDistance = 6;
// How far before "thực hiện" the words of an inspection or a report may stand ("giám sát việc
// lãnh đạo, chỉ đạo triển khai thực hiện").
constexpr std::size_t kMaxBlockerDistance = 8;
// How far before an evaluation ("đánh giá kết quả thực hiện") the meeting holding it may stand
// ("Hội nghị toàn quốc đánh giá …", "cuộc họp này có ý nghĩa quan trọng nhằm đánh giá …").
constexpr std::size_t kMaxMeetingDistance = 10;
// How far after a leading "Thực hiện …" its sentence may issue what carries it out ("Thực hiện
// Nghị quyết số 63/NQ-CP ngày … của Chính phủ về …; Nghị quyết số 64/NQ-CP …, UBND tỉnh đã ban
// hành Chương trình số …": a list of long titles may come between).
constexpr std::size_t kMaxProductDistance = 160;
// How far back from a bracket the start of a clause stating a rate may stand ("Mức đóng bằng 1,5%
// mức lương cơ sở (…").
constexpr std::size_t kMaxRateClause = 30;
// How far back an article's "Nghị định này" may find the decree it means.
constexpr std::size_t kMaxAntecedentDistance = 400;
// Words of a number's title before its verb ("về việc tiếp tục đẩy mạnh thực hiện …").
constexpr std::size_t kMaxTitleLead = 6;
// Words of an issuer's name after "của" ("UBND tỉnh Đắk Nông").
constexpr std::size_t kMaxIssuerWords = 6;
// Words of a law's name and year ("Luật Tổ chức chính quyền địa phương năm 2015").
constexpr std::size_t kMaxLawNameWords = 12;
// An item of a list of documents starts with its number within this many words ("2. Quyết
// định số 67/2015/QĐ-UBND ngày … về việc …;"), and is at most kMaxListItem words long; the
// sentence announcing the list ("Bãi bỏ các Quyết định do … ban hành về …, bao gồm:") is at most
// kMaxListAnnouncement words long.
constexpr std::size_t kMaxItemLead = 6;
constexpr std::size_t kMaxListItem = 80;
constexpr std::size_t kMaxListAnnouncement = 60;
// How long an aside in brackets or a title in quotes after a citation may be, in bytes.
constexpr std::size_t kMaxQuotedAside = 600;
// How many words a title may run on past the comma that ends it as read, before an aside.
constexpr std::size_t kMaxTitleRunOn = 20;
// How many words of what is carried out may stand between "thực hiện" and "theo" a number.
constexpr std::size_t kMaxCarriedObject = 6;
// How many words the Party's formula of leading the implementation may hold ("công tác lãnh đạo,
// chỉ đạo, quán triệt và tổ chức triển khai").
constexpr std::size_t kMaxFormulaWords = 16;
// How long the name of a regulation issued with a number may be ("Danh mục … ban hành kèm theo"),
// and its last item after a comma ("… ô tô, xe máy ban hành kèm theo").
constexpr std::size_t kMaxAttachedTitle = 30;
constexpr std::size_t kMaxAttachedItem = 6;

// One token of the text: a syllable, folded, or a number, a date, a document number.
struct Word {
  std::string_view folded;
  std::size_t begin = 0;             // where it starts and ends in the text
  std::size_t end = 0;
  std::size_t mention = kNoMention;  // index in Analysis::identifiers, for a document number
  std::size_t sentence = 0;          // index of its sentence
  bool clause_start = false;         // first of its sentence, or after ";" or ":"
  char clause_mark = 0;              // ';' or ':' when one starts its clause, else 0
  bool punctuation_before = false;   // a comma, a bracket, a quote … before it
  bool bracket_before = false;       // an opening bracket before it
  bool close_before = false;         // a closing bracket before it
  bool colon_before = false;         // a colon before it
  bool joined_before = false;        // the "_" of a word-segmented text before it, and nothing else
  bool mark_before = false;          // a punctuation mark before it, not the "_" of word-segmented text
  bool is_word = false;              // a syllable of a word, not a number, date or symbol
  bool negation = false;             // "chưa", "không" (not "chữa", which folds the same; not
                                     // "không ngừng", "không chỉ", "không những")
  bool not_yet = false;              // "chưa"
  bool at = false;                   // the preposition "tại", written so (not "Tài chính", "tai")
  bool by = false;                   // the preposition "bằng", written so (not "bảng", "băng")
  bool mend = false;                 // "sửa", written so or without marks (not "sữa", milk)
  bool law = false;                  // "Luật" starting a law's name, or the "luật" of "Bộ luật"
  // The word of the number whose citation this word continues (its date, issuer or title:
  // "… số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương về đổi mới …"), else kNoMention.
  std::size_t citation_of = kNoMention;
};

// True when `gap`, text between two tokens, holds a punctuation mark: anything but blanks (a
// no-break space too) and the "_" joining the syllables of a word-segmented text.
bool HasMark(std::string_view gap) {
  return gap.find_first_not_of(" \t\r\n_\xC2\xA0") != std::string_view::npos;
}

// The syllables that may stand between a verb and the number it governs: the words of a
// citation (the type names and codes of the code table, "số", issuers, plenum names, dates, "cáo trạng";
// not "thanh tra", which "Luật Thanh tra, Thông tư …" would bridge), lists ("và", "các"), the
// adverbs of implementation ("nghiêm túc, có hiệu quả", "đúng", "thật tốt", "gấp", "tích cực";
// and the phrases of AdverbAt),
// what is carried out ("tinh thần", "những nội dung của", "chỉ đạo … tại", "các yêu cầu … tại",
// "các nhiệm vụ, giải pháp đã đề ra trong", "các giải pháp nêu tại"), and "phê duyệt" ("Quyết
// định phê duyệt số …"). "tại" may bridge but not after "quy định": see GoverningVerb.
bool IsBridge(const Word& word) {
  if (!word.is_word) return true;  // numbers, dates, other document numbers
  static const std::set<std::string, std::less<>> kBridge = [] {
    std::set<std::string, std::less<>> bridge = {
        "so",   "cua",  "va",   "cac",   "mot",    "dieu", "khoan", "diem",  "trung", "uong",
        "bo",   "chinh", "tri", "phu",   "tuong",  "ngay", "thang", "nam",   "hoi",   "nghi",
        "lan",  "thu",  "khoa", "ban",   "chap",   "hanh", "dang",  "tinh",  "uy",    "huyen",
        "thanh", "doan", "tot", "nghiem", "tuc",   "co",   "hieu",  "qua",   "day",   "du",
        "kip",  "thoi", "i",    "ii",    "iii",    "iv",   "v",     "vi",    "vii",   "viii",
        "ix",   "x",    "xi",   "xii",   "xiii",   "nhat", "hai",   "ba",    "bon",   "sau",
        "tu",   "than", "nhung", "noi",  "dung",   "giay", "phep",  "van",   "gom",
        "chi",  "dao",  "phe",  "duyet", "tai",  "nhiem", "vu",  "giai",  "phap",  "de",
        "ra",   "neu",  "trong", "that", "gap",  "cao",   "trang", "yeu",   "cau",   "tich",
        "cuc",
    };
    for (const Code& type : DocumentTypes()) {
      // A type's code stands for its name in headlines ("kiến nghị sửa đổi NĐ 59/2015/NĐ-CP"):
      // one without a vowel, as no syllable is ("ĐA" folds to the "đã" of a new clause).
      if (const std::string code = FoldedWords(type.code);
          code.size() >= 2 && code.find_first_of("aeiouy ") == std::string::npos) {
        bridge.insert(code);
      }
      const std::string name = FoldedWords(type.name);
      for (std::size_t begin = 0; begin < name.size();) {
        const std::size_t end = std::min(name.find(' ', begin), name.size());
        bridge.emplace(name.substr(begin, end - begin));
        begin = end + 1;
      }
    }
    return bridge;
  }();
  return kBridge.find(word.folded) != kBridge.end();
}

bool IsRomanNumeral(std::string_view word) {
  return !word.empty() && word.size() <= 4 && word.find_first_not_of("ivx") == std::string_view::npos;
}

// True when words[i] names a part of a document ("điểm a khoản 2 Điều 5", "tiết đ", "Mục 3",
// "Chương II", "Phụ lục"): what a verb does to the number after it, it does to that part. Only a
// verb before the number is looked for past such words ("theo Thông tư X thì điểm c … được sửa
// đổi" does not make X the amended).
bool NamesPartOfDocument(const std::vector<Word>& words, std::size_t i) {
  const std::string_view word = words[i].folded;
  const auto letter = [](std::string_view w) { return w.size() == 1 && w[0] >= 'a' && w[0] <= 'n'; };
  const std::string_view next = i + 1 < words.size() ? words[i + 1].folded : std::string_view();
  if (word == "dieu" || word == "khoan" || word == "diem" || word == "chuong") return true;
  // "Mục 3", "Mục II" (not "mức thu"), "tiết a" (not "chi tiết").
  if (word == "muc") return i + 1 < words.size() && (!words[i + 1].is_word || IsRomanNumeral(next));
  if (word == "tiet") return letter(next);
  if (i == 0) return false;
  const std::string_view before = words[i - 1].folded;
  if (word == "luc") return before == "phu";
  // A point's letter (đ folds to d); i, v and x are numerals, bridges already.
  return letter(word) && (before == "diem" || before == "tiet");
}

// True when words[i] is a syllable of "kèm theo" (not "kém"; "theo" alone leads to a source of
// its own: "theo quy định …"), which bridges what is attached to a number and the number
// ("Quy chế ban hành kèm theo Quyết định …") without naming a part of it.
bool AttachedAt(const std::vector<Word>& words, std::size_t i) {
  const std::string_view word = words[i].folded;
  if (word == "kem") return i + 1 < words.size() && words[i + 1].folded == "theo";
  return word == "theo" && i > 0 && words[i - 1].folded == "kem";
}

// True when words[i] is a syllable of an adverb of carrying out whose syllables alone are other
// words ("hôn", "nửa", "đầu tư"): "hơn nữa", "quyết liệt", "từ đầu năm" ("thực hiện hiệu quả hơn
// nữa Nghị quyết …", "thực hiện quyết liệt ngay từ đầu năm Nghị quyết …"); a bridge only with no
// mark between it and the number ("triển khai từ đầu năm 2016, Quyết định số …" starts a clause).
bool AdverbAt(const std::vector<Word>& words, std::size_t i) {
  const auto at = [&words](std::size_t k, std::string_view folded) { return k < words.size() && words[k].folded == folded; };
  const std::string_view word = words[i].folded;
  if (word == "hon") return at(i + 1, "nua");
  if (word == "nua") return i > 0 && at(i - 1, "hon");
  if (word == "liet") return i > 0 && at(i - 1, "quyet");
  return word == "dau" && i > 0 && at(i - 1, "tu") && at(i + 1, "nam");
}

// True when the syllables `phrase` end at words[end] (all in one sentence).
bool PhraseEndsAt(const std::vector<Word>& words, std::size_t end,
                  std::initializer_list<std::string_view> phrase) {
  if (end + 1 < phrase.size()) return false;
  std::size_t i = end + 1 - phrase.size();
  if (words[i].sentence != words[end].sentence) return false;
  for (std::string_view syllable : phrase) {
    if (words[i++].folded != syllable) return false;
  }
  return true;
}

// True when the syllables `phrase` start at words[begin] (all in one sentence).
bool PhraseStartsAt(const std::vector<Word>& words, std::size_t begin,
                    std::initializer_list<std::string_view> phrase) {
  if (begin + phrase.size() > words.size()) return false;
  std::size_t i = begin;
  for (std::string_view syllable : phrase) {
    if (words[i].sentence != words[begin].sentence || words[i].folded != syllable) return false;
    ++i;
  }
  return true;
}

// The document type the syllables words[begin..end] name ("nghi dinh" → NĐ; "thong tu" is the
// State's TT, "thong tri" the Party's), or nullptr.
const Code* TypeNamed(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  if (words[begin].sentence != words[end].sentence) return nullptr;
  std::string name;
  for (std::size_t i = begin; i <= end; ++i) {
    if (!words[i].is_word) return nullptr;
    if (!name.empty()) name += ' ';
    name += words[i].folded;
  }
  return FindDocumentTypeByName(name);
}

// The document type of a name of two to four syllables starting at words[begin], or nullptr;
// *end, when given, is set to its last syllable.
const Code* TypeNameStartingAt(const std::vector<Word>& words, std::size_t begin, std::size_t* end = nullptr) {
  for (std::size_t last = begin + 1; last < begin + 4 && last < words.size(); ++last) {
    if (const Code* type = TypeNamed(words, begin, last)) {
      if (end != nullptr) *end = last;
      return type;
    }
  }
  return nullptr;
}

// The codes of the types that make law ("Nghị định", "Thông tư", "Quyết định", "Nghị quyết",
// "Chỉ thị"), as opposed to letters, reports and plans.
bool IsLegalType(const Code& type) {
  static constexpr std::string_view kLegal[] = {"NĐ", "TT", "TTLT", "QĐ", "NQ", "CT"};
  return std::find(std::begin(kLegal), std::end(kLegal), type.code) != std::end(kLegal);
}

// The document type of a name of two to four syllables ending at words[end], or nullptr.
const Code* TypeNameEndingAt(const std::vector<Word>& words, std::size_t end) {
  for (std::size_t length = 2; length <= 4 && length <= end + 1; ++length) {
    if (const Code* type = TypeNamed(words, end + 1 - length, end)) return type;
  }
  return nullptr;
}

// The word after a verb of issuing starting at words[i], or 0 when none starts there: "ban hành"
// ("…, Tỉnh ủy ban hành Kế hoạch số …"), a clause of its own though both syllables bridge as
// words of a body's name ("Ban Chấp hành"), not "ban hành kèm theo", which names what is attached
// to the number; or "có" before a type name ("… đã có Văn bản số 331/UBND-TH", "Sở có Công văn
// số …"), not "có hiệu quả".
std::size_t AfterIssuingVerb(const std::vector<Word>& words, std::size_t i) {
  if (words[i].folded == "ban" && i + 1 < words.size() && words[i + 1].folded == "hanh") {
    return i + 2 < words.size() && AttachedAt(words, i + 2) ? 0 : i + 2;
  }
  if (words[i].folded == "co" && i + 2 < words.size() &&
      (PhraseStartsAt(words, i + 1, {"van", "ban"}) || TypeNamed(words, i + 1, i + 2) != nullptr)) {
    return i + 1;
  }
  return 0;
}

// True when words[i] is a syllable of a verb of issuing (AfterIssuingVerb).
bool IssuingVerbAt(const std::vector<Word>& words, std::size_t i) {
  return AfterIssuingVerb(words, i) != 0 || (i > 0 && words[i].folded == "hanh" && AfterIssuingVerb(words, i - 1) != 0);
}

// True when words[i] is a syllable of "thanh tra" or "thẩm tra" in the name of an inspection's
// conclusion or decision or of a verification report ("Kết luận thanh tra số …", "Quyết định
// thanh tra số …", "Báo cáo thẩm tra số …"): a document's name, where "tra" alone, or "thẩm",
// is no bridge.
bool InspectionNameAt(const std::vector<Word>& words, std::size_t i) {
  const auto named_to = [&words](std::size_t end) {
    return PhraseEndsAt(words, end, {"ket", "luan", "thanh", "tra"}) ||
           PhraseEndsAt(words, end, {"quyet", "dinh", "thanh", "tra"}) ||
           PhraseEndsAt(words, end, {"bao", "cao", "tham", "tra"});
  };
  return (words[i].folded == "tra" && named_to(i)) ||
         (i + 1 < words.size() && words[i + 1].folded == "tra" && named_to(i + 1));
}

// True when `word` marks tense or aspect before a verb ("đã", "sẽ", "đang", "cũng").
bool IsTense(const Word& word) {
  return word.folded == "da" || word.folded == "se" || word.folded == "dang" || word.folded == "cung";
}

// True when words[i] starts a clause of its own after a title's words: tense, an auxiliary, a
// copula, a verb of issuing or of obligation ("đã", "được", "là", "có", "phải", "ban hành" …).
bool StartsClause(const std::vector<Word>& words, std::size_t i) {
  static constexpr std::string_view kClauseWords[] = {"duoc", "bi", "la", "co", "can", "phai", "thi", "nham"};
  return IsTense(words[i]) || IssuingVerbAt(words, i) ||
         std::find(std::begin(kClauseWords), std::end(kClauseWords), words[i].folded) != std::end(kClauseWords);
}

// True when words[i] is the "đã" of what a number sets out ("các nhiệm vụ, giải pháp đã đề ra
// tại …", "đã nêu trong …"), which bridges; "đã" alone starts a clause ("…, tỉnh đã ban hành").
bool SetOutAt(const std::vector<Word>& words, std::size_t i) {
  return words[i].folded == "da" &&
         (PhraseStartsAt(words, i + 1, {"de", "ra"}) || PhraseStartsAt(words, i + 1, {"neu"}));
}

// An active verb found before a citation.
struct Verb {
  Relation relation = Relation::kNone;
  std::size_t begin = 0;  // its first syllable
  // What it does to a whole document it governs further on, where `relation` is what it does to
  // parts named after it ("bãi bỏ Điều 5 Quyết định số 12 và Quyết định số 13": 12 amended, 13
  // repealed); kNone when the same.
  Relation whole = Relation::kNone;
};

// What repealing or replacing a part of a document does to the document: amends it.
Relation OnPart(Relation relation) {
  return relation == Relation::kRepeals || relation == Relation::kReplaces ? Relation::kAmends : relation;
}

// True when one of `blockers` ends within `distance` words before words[begin], in its clause.
bool PrecededBy(const std::vector<Word>& words, std::size_t begin, std::size_t distance,
                std::initializer_list<std::initializer_list<std::string_view>> blockers) {
  for (std::size_t i = begin, seen = 0; i > 0 && seen < distance && !words[i].clause_start; ++seen) {
    --i;
    for (const auto& blocker : blockers) {
      if (PhraseEndsAt(words, i, blocker)) return true;
    }
  }
  return false;
}

// True when a negation ("chưa", "không") stands within `distance` words before words[begin], in
// its clause.
bool NegatedWithin(const std::vector<Word>& words, std::size_t begin, std::size_t distance) {
  for (std::size_t i = begin, seen = 0; i > 0 && seen < distance && !words[i].clause_start; ++seen) {
    if (words[--i].negation) return true;
  }
  return false;
}

// The first syllable of "thực hiện" or "triển khai" before what it carries out, one to
// kMaxCarriedObject unmarked words that are no number, and then words[theo], "theo", before the
// number's own type name ("thực hiện mức lương tối thiểu vùng theo Nghị định …", "tái cấu trúc
// theo Quyết định …": what the number sets); kNoMention when none. Not past a provision ("thực
// hiện thủ tục theo Khoản 2, Điều 9 Thông tư …", "theo quy định của …"), a second verb or clause
// ("chủ trì thực hiện và được ban hành theo …", "thực hiện chậm thì xử lý theo …", "thực hiện
// xong phải báo cáo theo …"), an inspection or a sanction ("triển khai hậu kiểm theo Kế hoạch …",
// "thực hiện xử phạt theo Nghị định …": acts under the number, as "xử phạt theo" is), nor as
// guidance.
std::size_t CarrierBeforeObject(const std::vector<Word>& words, std::size_t theo) {
  if (theo < 2 || words[theo].folded != "theo") return kNoMention;
  bool named = false;  // the type's name, then "số" or the number
  for (std::size_t end = theo + 2; end < theo + 5 && end + 1 < words.size() && !named; ++end) {
    named = TypeNamed(words, theo + 1, end) != nullptr &&
            (words[end + 1].folded == "so" || words[end + 1].mention != kNoMention);
  }
  if (!named) return kNoMention;
  static constexpr std::string_view kOtherAct[] = {"va",  "duoc", "bi", "kiem", "tra",  "thi",  "phai",
                                                    "can", "neu",  "de", "xong", "cham", "xu", "ky"};
  for (std::size_t last = theo - 1, seen = 0; last >= 1 && seen <= kMaxCarriedObject; --last, ++seen) {
    if (words[last + 1].mark_before || words[last + 1].clause_start) return kNoMention;
    const std::string_view word = words[last].folded;
    const bool other_act = PhraseStartsAt(words, last, {"bao", "cao"}) ||
                           std::find(std::begin(kOtherAct), std::end(kOtherAct), word) != std::end(kOtherAct);
    if (!words[last].is_word || words[last].negation || IsTense(words[last]) || other_act) {
      return kNoMention;
    }
    if (PhraseEndsAt(words, last, {"thuc", "hien"}) || PhraseEndsAt(words, last, {"trien", "khai"})) {
      return seen == 0 ? kNoMention : last - 1;
    }
  }
  return kNoMention;
}

// True when a working session or an inspection ("làm việc", "kiểm tra") stands before
// words[ve], "về", in its clause with no mark or number between ("Tại buổi làm việc của đoàn
// kiểm tra … về thực hiện …"; not "Trong 10 ngày làm việc, UBND ban hành Kế hoạch số … về thực
// hiện …", a plan's title).
bool SessionBefore(const std::vector<Word>& words, std::size_t ve) {
  for (std::size_t i = ve, seen = 0; i > 0 && seen < kMaxMeetingDistance + kMaxBlockerDistance; ++seen) {
    if (words[i].clause_start || words[i].mark_before) return false;
    --i;
    if (words[i].mention != kNoMention) return false;
    if (PhraseEndsAt(words, i, {"lam", "viec"}) || PhraseEndsAt(words, i, {"kiem", "tra"})) return true;
  }
  return false;
}

// Where the Party's formula of leading the implementation begins, when it stands as a noun
// before words[begin], a verb of carrying out: "(việc, công tác) lãnh đạo, chỉ đạo (,/và) tổ
// chức, quán triệt, triển khai" right after "là", "về", a negation or a blocker of the
// implementation ("Đoàn kiểm tra việc lãnh đạo, chỉ đạo, tổ chức thực hiện Kết luận …", "Nội dung
// kiểm tra là công tác lãnh đạo, chỉ đạo …"), so that they are looked for before it. words[begin]
// itself otherwise: after a subject, "đã" or a comma ("Tại hội nghị tổng kết, Tỉnh ủy lãnh đạo,
// chỉ đạo thực hiện …") the formula is the verb's own. At most kMaxFormulaWords words.
std::size_t LeadershipFormulaBefore(const std::vector<Word>& words, std::size_t begin) {
  std::size_t first = begin;  // the formula's first word so far
  bool led = false;           // it holds "lãnh đạo" or "chỉ đạo"
  for (std::size_t i = begin; i >= 2 && begin - i < kMaxFormulaWords;) {
    // Commas and blanks only, within the clause.
    if (words[i].clause_start || words[i].bracket_before || words[i].close_before) break;
    const bool pair = PhraseEndsAt(words, i - 1, {"lanh", "dao"}) || PhraseEndsAt(words, i - 1, {"chi", "dao"});
    if (pair || PhraseEndsAt(words, i - 1, {"to", "chuc"}) || PhraseEndsAt(words, i - 1, {"cong", "tac"}) ||
        PhraseEndsAt(words, i - 1, {"trien", "khai"}) || PhraseEndsAt(words, i - 1, {"quan", "triet"})) {
      i -= 2;
    } else if (words[i - 1].folded == "va" || words[i - 1].folded == "viec") {
      --i;
    } else {
      break;
    }
    led = led || pair;
    first = i;
  }
  if (!led || first == 0 || words[first].clause_start || words[first].mark_before) return begin;
  const std::size_t before = first - 1;
  const bool noun = words[before].folded == "la" || words[before].folded == "ve" || words[before].negation ||
                    PhraseEndsAt(words, before, {"kiem", "tra"}) || PhraseEndsAt(words, before, {"giam", "sat"}) ||
                    PhraseEndsAt(words, before, {"danh", "gia"}) || PhraseEndsAt(words, before, {"so", "ket"}) ||
                    PhraseEndsAt(words, before, {"tong", "ket"}) || PhraseEndsAt(words, before, {"bao", "cao"});
  return noun ? first : begin;
}

// "thực hiện" and its kin ending at words[end]: implements, or reviews after "sơ kết"/"tổng
// kết", or nothing when the sentence inspects or reports on the implementation, or denies it.
Verb ImplementationEndingAt(const std::vector<Word>& words, std::size_t end) {
  std::size_t begin;
  // "thực hiện (đúng) theo Quyết định …", "triển khai theo …" carry it out too, with no mark
  // between ("theo quy định tại …" stops the bridge; "triển khai đúng: theo …" quotes).
  std::size_t verb_end = end;  // the last syllable of the verb before "(đúng) theo", if any
  if (end >= 2 && words[end].folded == "theo" && !words[end].mark_before) {
    const bool rightly = end >= 3 && words[end - 1].folded == "dung" && !words[end - 1].mark_before;
    verb_end = rightly ? end - 2 : end - 1;
  }
  const bool following = verb_end != end && (PhraseEndsAt(words, verb_end, {"thuc", "hien"}) ||
                                             PhraseEndsAt(words, verb_end, {"trien", "khai"}));
  if (following) {
    begin = verb_end - 1;
  } else if (PhraseEndsAt(words, end, {"cu", "the", "hoa"})) {
    begin = end - 2;
  } else if (const std::size_t carrier = CarrierBeforeObject(words, end); carrier != kNoMention) {
    // Guidance counts only for what it governs itself ("hướng dẫn thực hiện Nghị định …").
    if (PhraseEndsAt(words, carrier + 1, {"huong", "dan", "thuc", "hien"})) return {};
    begin = carrier;
  } else if (PhraseEndsAt(words, end, {"thuc", "hien"}) || PhraseEndsAt(words, end, {"trien", "khai"})) {
    begin = end - 1;
  } else {
    return {};
  }
  if (PhraseEndsAt(words, begin + 1, {"huong", "dan", "thuc", "hien"})) return {Relation::kGuides, begin - 2};
  // What is said of the implementation is said before its leaders' formula, if any.
  const std::size_t led = LeadershipFormulaBefore(words, begin);
  if (PrecededBy(words, led, kMaxReviewDistance, {{"so", "ket"}, {"tong", "ket"}})) {
    return {Relation::kReviews, begin};
  }
  // A meeting that evaluates the implementation is a review (a report on it is not).
  for (std::size_t i = led, seen = 0; i > 0 && seen < kMaxBlockerDistance && !words[i].clause_start; ++seen) {
    if (!PhraseEndsAt(words, --i, {"danh", "gia"})) continue;
    if (PrecededBy(words, i - 1, kMaxMeetingDistance, {{"hoi", "nghi"}, {"cuoc", "hop"}})) {
      return {Relation::kReviews, begin};
    }
    break;
  }
  // Inspecting, reporting on, denying, criticising or worrying about the implementation ("bất cập
  // trong thực hiện", "hạn chế, yếu kém trong triển khai", "ý kiến quan ngại liên quan đến việc
  // thực hiện") is no implementation; meeting difficulties in it ("khó khăn, vướng mắc khi thực
  // hiện") still is.
  // The results of the implementation are reported ("làm việc … về kết quả thực hiện …").
  if (PrecededBy(words, led, kMaxBlockerDistance,
                 {{"kiem", "tra"}, {"giam", "sat"}, {"danh", "gia"}, {"bao", "cao"}, {"tinh", "hinh"},
                  {"vi", "pham"}, {"sai", "pham"}, {"bat", "cap"}, {"han", "che"}, {"yeu", "kem"},
                  {"quan", "ngai"}, {"lo", "ngai"}}) ||
      PrecededBy(words, led, 2, {{"ket", "qua"}}) || NegatedWithin(words, led, kMaxBlockerDistance)) {
    return {};
  }
  // A working session or an inspection team's visit "về (việc) thực hiện …" looks at it: "Tại
  // buổi làm việc của đoàn kiểm tra Bộ Chính trị với Ban Thường vụ Thành ủy về thực hiện …".
  if (const std::size_t about = led > 0 && words[led - 1].folded == "viec" ? led - 1 : led;
      about > 0 && words[about - 1].folded == "ve" && SessionBefore(words, about - 1)) {
    return {};
  }
  return {Relation::kImplements, begin};
}

// True when the verb ending at words[end] acts only on parts of what it governs: articles,
// clauses, points, sections, chapters, appendices, provisions or contents follow it ("bãi bỏ một
// số điều", "thay thế Điều 5", "bãi bỏ các khoản 2, 3", "bãi bỏ tiết a", "bãi bỏ Mục 3", "thay
// thế Phụ lục II", "bãi bỏ quy định tại Điều 5", "bãi bỏ một số quy định", "bãi bỏ nội dung tại").
bool PartsFollow(const std::vector<Word>& words, std::size_t end) {
  std::size_t next = end + 1;
  if (next < words.size() && (words[next].folded == "cac" || words[next].folded == "nhung")) ++next;
  const bool some = PhraseStartsAt(words, next, {"mot", "so"});
  if (some) next += 2;
  if (next >= words.size() || words[next].sentence != words[end].sentence) return false;
  // "quy định" is also a type's name ("bãi bỏ Quy định số 30-QĐ/TW"): provisions only when
  // "tại" follows or "một số" is before.
  const bool provisions =
      PhraseStartsAt(words, next, {"quy", "dinh"}) && (some || PhraseStartsAt(words, next + 2, {"tai"}));
  const bool contents =
      PhraseStartsAt(words, next, {"noi", "dung"}) && (some || PhraseStartsAt(words, next + 2, {"tai"}));
  return NamesPartOfDocument(words, next) || PhraseStartsAt(words, next, {"phu", "luc"}) || provisions || contents;
}

// True when the repealing verb ending at words[end] ends a run of amending verbs in its sentence
// ("sửa đổi, bổ sung, bãi bỏ", "bổ sung và bãi bỏ", "sửa đổi, bổ sung hoặc bãi bỏ"): what it
// repeals is some of what the others amend. ("sửa đổi, bổ sung, thay thế Thông tư …" offers a
// replacement among them, and replaces.)
bool EndsAmendingRun(const std::vector<Word>& words, std::size_t end) {
  if (end < 3) return false;
  const std::string_view joint = words[end - 2].folded;
  const std::size_t before = joint == "va" || joint == "hoac" ? end - 3 : end - 2;
  return words[before].sentence == words[end].sentence &&
         (PhraseEndsAt(words, before, {"sua", "doi"}) || PhraseEndsAt(words, before, {"bo", "sung"}));
}

// True when a bracket opens before words[begin] in a clause that states a rate: its first word is
// "mức" ("Mức đóng bằng 1,5% mức lương cơ sở (…").
bool BracketAfterRate(const std::vector<Word>& words, std::size_t begin) {
  if (!words[begin].bracket_before) return false;
  for (std::size_t i = begin, seen = 0; i > 0 && seen < kMaxRateClause; ++seen) {
    if (words[i].clause_start || words[i - 1].sentence != words[begin].sentence) break;
    --i;
    if (words[i].clause_start) return words[i].folded == "muc";
  }
  return false;
}

// True when words[begin] opens an answer, right after the colon of "Trả lời:" or "… trả lời như
// sau:" (a line may break after it): a ground named there restates the rule a reader or a firm
// asked about, it grounds no act of the text. Not after "… có ý kiến như sau:", which opens a
// body's own decision as often ("UBND tỉnh có ý kiến như sau: Căn cứ …, giao Sở …").
bool OpensAnswer(const std::vector<Word>& words, std::size_t begin) {
  if (begin < 2 || !words[begin].colon_before) return false;
  const std::size_t before = begin - 1;  // the last word before the colon
  if (PhraseEndsAt(words, before, {"tra", "loi"})) return true;
  return before >= 3 && PhraseEndsAt(words, before, {"nhu", "sau"}) && PhraseEndsAt(words, before - 2, {"tra", "loi"});
}

// The active verb phrase ending at words[end] that governs what follows it, if any.
Verb VerbEndingAt(const std::vector<Word>& words, std::size_t end) {
  // Most words end no verb: their last syllable says so at once, before any phrase is tried.
  static constexpr std::string_view kLastSyllables[] = {"hien", "khai", "hoa", "theo", "hanh", "tiet", "dan",
                                                        "the",  "cho",  "bo",  "hoi",  "doi",  "sung", "ket",
                                                        "cu",   "vao",  "sua"};
  if (std::find(std::begin(kLastSyllables), std::end(kLastSyllables), words[end].folded) == std::end(kLastSyllables)) {
    return {};
  }
  if (Verb v = ImplementationEndingAt(words, end); v.relation != Relation::kNone) return v;
  if (PhraseEndsAt(words, end, {"huong", "dan", "thi", "hanh"})) return {Relation::kGuides, end - 3};
  // "quy định chi tiết" is also a noun: "theo (các) quy định chi tiết tại Điều 5 …".
  if (PhraseEndsAt(words, end, {"quy", "dinh", "chi", "tiet"}) &&
      !PrecededBy(words, end - 3, 2, {{"theo"}, {"cac"}, {"nhung"}}) && !PhraseStartsAt(words, end + 1, {"tai"})) {
    return {Relation::kGuides, end - 3};
  }
  // "hướng dẫn" is also the name of a type ("Hướng dẫn số 17-HD/BTCTW") and a noun ("theo
  // hướng dẫn của Bộ Tài chính tại Thông tư …", "hướng dẫn tại Công văn …"): a verb only when
  // "theo" is not before it and no "số", "tại", "của" or number follows it at once.
  if (PhraseEndsAt(words, end, {"huong", "dan"}) && !PhraseEndsAt(words, end, {"theo", "huong", "dan"}) &&
      end + 1 < words.size() && words[end + 1].folded != "so" && words[end + 1].folded != "tai" &&
      words[end + 1].folded != "cua" && words[end + 1].mention == kNoMention) {
    return {Relation::kGuides, end - 1};
  }
  // Replacing or repealing some of a document's parts changes it and leaves it in force: it
  // amends ("thay thế Điều 5 của …", "sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định …").
  if (PhraseEndsAt(words, end, {"thay", "the"})) {
    return {PartsFollow(words, end) ? Relation::kAmends : Relation::kReplaces, end - 1, Relation::kReplaces};
  }
  if (PhraseEndsAt(words, end, {"thay", "the", "cho"})) return {Relation::kReplaces, end - 2};
  if (PhraseEndsAt(words, end, {"bai", "bo"}) || PhraseEndsAt(words, end, {"huy", "bo"}) ||
      PhraseEndsAt(words, end, {"thu", "hoi"})) {
    const Relation whole = EndsAmendingRun(words, end) ? Relation::kAmends : Relation::kRepeals;
    return {PartsFollow(words, end) ? Relation::kAmends : whole, end - 1, whole};
  }
  if (PhraseEndsAt(words, end, {"sua", "doi", "bo", "sung"})) return {Relation::kAmends, end - 3};
  if (PhraseEndsAt(words, end, {"sua", "doi"})) return {Relation::kAmends, end - 1};
  // "sửa" alone, with the name of a type that makes law right after it, no mark between ("trình
  // Chính phủ sửa Nghị định …"; not "chất lượng sữa, Thông tư …", "chỉnh sửa Tờ trình …").
  if (words[end].mend) {
    const Code* type =
        end + 1 < words.size() && !words[end + 1].mark_before ? TypeNameStartingAt(words, end + 1) : nullptr;
    return type != nullptr && IsLegalType(*type) ? Verb{Relation::kAmends, end} : Verb{};
  }
  if (PhraseEndsAt(words, end, {"bo", "sung"}) && PhraseStartsAt(words, end + 1, {"mot", "so", "dieu"})) {
    return {Relation::kAmends, end - 1};
  }
  if (PhraseEndsAt(words, end, {"so", "ket"}) || PhraseEndsAt(words, end, {"tong", "ket"})) {
    return {Relation::kReviews, end - 1};
  }
  // A ground in brackets after a rate is where the figure comes from ("Mức đóng bằng 1,5% … (Căn
  // cứ Điều 2 Nghị định …)"), not what the text rests on; after an act it is its ground ("Xử
  // phạt … (căn cứ khoản 2 Điều 5 Nghị định …)").
  if (PhraseEndsAt(words, end, {"can", "cu"}) && !BracketAfterRate(words, end - 1) && !OpensAnswer(words, end - 1)) {
    return {Relation::kBasedOn, end - 1};
  }
  if (PhraseEndsAt(words, end, {"can", "cu", "vao"}) && !BracketAfterRate(words, end - 2) &&
      !OpensAnswer(words, end - 2)) {
    return {Relation::kBasedOn, end - 2};
  }
  // "căn cứ theo X, [a figure] là …" quotes what X sets; "… được căn cứ theo X" grounds it.
  if (PhraseEndsAt(words, end, {"duoc", "can", "cu", "theo"}) && !BracketAfterRate(words, end - 3)) {
    return {Relation::kBasedOn, end - 3};
  }
  return {};
}

// The verb of a list item starting at words[begin], a clause start, whose number leads it:
// the verb of the item before ("…; 2. Quyết định số …"), when that one too starts with its
// number after bridge words only or after "Căn cứ" ("Căn cứ Tờ trình số …; Báo cáo thẩm tra số
// …"), or, for the first item after "bao gồm:" or "sau:", the verb of the announcement whose
// object is a plural ("Bãi bỏ các Quyết định …, bao gồm: 1. …").
// kNone when neither.
Verb ListItemVerb(const std::vector<Word>& words, std::size_t begin, const std::vector<Verb>& verbs) {
  if (begin == 0 || words[begin - 1].sentence != words[begin].sentence) return {};
  std::size_t previous = begin - 1;  // back to the start of the clause before
  for (std::size_t seen = 0; !words[previous].clause_start; ++seen) {
    if (previous == 0 || seen == std::max(kMaxListItem, kMaxListAnnouncement)) return {};
    --previous;
  }
  if (words[begin].clause_mark == ';') {
    const std::size_t lead = PhraseStartsAt(words, previous, {"can", "cu", "vao"}) ? previous + 3
                             : PhraseStartsAt(words, previous, {"can", "cu"})      ? previous + 2
                                                                                   : previous;
    for (std::size_t i = lead; i < begin && i < lead + kMaxItemLead; ++i) {
      if (words[i].mention != kNoMention) {
        // An item of grounds is its citation alone, up to the ";" ("Căn cứ Kế hoạch số …, Sở đã
        // kiểm tra …; Quyết định số …" goes on with a clause of its own).
        const bool alone = lead == previous || std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                                           words.begin() + static_cast<std::ptrdiff_t>(begin),
                                                           [i](const Word& w) { return w.citation_of == i; });
        return alone ? verbs[words[i].mention] : Verb{};
      }
      if (!IsBridge(words[i])) break;
    }
    return {};
  }
  const bool announced = PhraseEndsAt(words, begin - 1, {"bao", "gom"}) || PhraseEndsAt(words, begin - 1, {"sau"});
  if (words[begin].clause_mark != ':' || !announced || begin - previous > kMaxListAnnouncement) return {};
  for (std::size_t i = previous; i + 1 < begin; ++i) {
    const Verb verb = VerbEndingAt(words, i);
    if (verb.relation != Relation::kNone && (words[i + 1].folded == "cac" || words[i + 1].folded == "nhung")) {
      return verb;
    }
  }
  return {};
}

// The "của" that begins the name of an issuer holding words[end] ("của UBND tỉnh Đắk Nông"): at
// most kMaxIssuerWords words back, in the clause, with no mark, number or verb between; else
// kNoMention.
std::size_t IssuerBeginningBefore(const std::vector<Word>& words, std::size_t end) {
  for (std::size_t i = end, seen = 0; seen < kMaxIssuerWords && !words[i].clause_start; ++seen) {
    if (!words[i].is_word || words[i + 1].mark_before || VerbEndingAt(words, i).relation != Relation::kNone) break;
    if (i == 0 || words[i - 1].sentence != words[end].sentence) break;
    --i;
    if (words[i].folded == "cua") return i;
  }
  return kNoMention;
}

// The "Luật" that begins the name of a law holding words[end] ("Luật Tổ chức chính quyền địa
// phương năm 2015"): at most kMaxLawNameWords words back, in the clause, with no mark, number of
// a document or verb between; else kNoMention.
std::size_t LawNameBeginningBefore(const std::vector<Word>& words, std::size_t end) {
  for (std::size_t i = end, seen = 0; seen < kMaxLawNameWords; ++seen) {
    // A number ends a name ("Luật Đất đai năm 2013"): one before words[end] is no part of it.
    if (words[i].mention != kNoMention || (!words[i].is_word && i != end)) break;
    if (words[i].law) return i;
    if (words[i].clause_start || VerbEndingAt(words, i).relation != Relation::kNone) break;
    if (i == 0 || words[i].mark_before || words[i - 1].sentence != words[end].sentence) break;
    --i;
  }
  return kNoMention;
}

// True when a mark or "và" stands between words[i] and words[at] (at > i): what ends at words[i]
// is an item of a list before the number, not its own name.
bool SeparatedAfter(const std::vector<Word>& words, std::size_t i, std::size_t at) {
  const auto first = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
  const auto last = words.begin() + static_cast<std::ptrdiff_t>(at) + 1;
  return std::any_of(first, last, [](const Word& w) { return w.mark_before || w.folded == "va"; });
}

// True when the number at words[at] ends an item of a list: after it and its date, issuer and
// title, a mark, "và" or the end of its clause — not a predicate of its own ("…, Nghị định số
// 46/2014/NĐ-CP quy định về …", "…, Thông tư số 18/2017/TT-BTC vẫn còn hiệu lực").
bool EndsListItem(const std::vector<Word>& words, std::size_t at) {
  std::size_t next = at + 1;
  while (next < words.size() && words[next].citation_of == at) ++next;
  return next >= words.size() || words[next].sentence != words[at].sentence || words[next].clause_start ||
         words[next].mark_before || words[next].folded == "va";
}

// When words[ban] starts "ban hành kèm theo", the verb that changes the regulation so issued, in
// its clause right before the regulation's name, one to kMaxAttachedTitle words long ("sửa đổi,
// bổ sung Danh mục Bảng giá tính lệ phí trước bạ ô tô, xe máy ban hành kèm theo Thông tư số
// …"): what it does to the regulation it does to the number. kNone when none; when the verb is a
// participle ("thủ tục được sửa đổi, bổ sung ban hành kèm theo …"), is denied, or another number,
// verb, a mark other than one comma before a last item of at most kMaxAttachedItem words, or a
// word relating the regulation otherwise stands between ("thay thế Quy chế cũ bằng Quy chế …",
// "trái với", "theo mẫu", "để phù hợp với").
Verb ChangeOfAttached(const std::vector<Word>& words, std::size_t ban) {
  if (ban == 0 || !PhraseStartsAt(words, ban, {"ban", "hanh", "kem", "theo"})) return {};
  static constexpr std::string_view kOtherwise[] = {"voi", "theo", "trai", "de", "thay", "cho"};
  bool comma = false;
  for (std::size_t j = ban - 1, seen = 0; j > 0 && seen < kMaxAttachedTitle; --j, ++seen) {
    const Word& next = words[j + 1];
    if (next.clause_start || words[j].mention != kNoMention || !words[j].is_word ||
        words[j].sentence != words[ban].sentence) {
      return {};
    }
    const Verb verb = VerbEndingAt(words, j);
    if (verb.relation == Relation::kNone) {
      if (next.mark_before && (comma || seen >= kMaxAttachedItem || next.bracket_before || next.close_before)) {
        return {};
      }
      comma = comma || next.mark_before;
      const std::string_view word = words[j].folded;
      if (words[j].by || std::find(std::begin(kOtherwise), std::end(kOtherwise), word) != std::end(kOtherwise)) {
        return {};
      }
      continue;
    }
    const bool change = verb.relation == Relation::kAmends || verb.relation == Relation::kRepeals ||
                        verb.relation == Relation::kReplaces;
    const bool participle =
        verb.begin > 0 && (words[verb.begin - 1].folded == "duoc" || words[verb.begin - 1].folded == "bi");
    // The regulation's name follows the verb at once ("Sau khi sửa đổi, doanh nghiệp áp dụng Bảng
    // giá …" changes no regulation named).
    return change && j + 1 < ban && !next.mark_before && !participle && !NegatedWithin(words, verb.begin, 2) ? verb
                                                                                                         : Verb{};
  }
  return {};
}

// The verb governing the number at words[at]: the nearest verb before it in its clause with
// only bridge words between, or the verb of the number before it in a list ("bãi bỏ các Thông
// tư sau: số 15/2014/TT-BXD; số 11/2009/TT-BXD, số 01/2010/TT-BXD"), whose verbs `verbs` holds.
// A list goes on past ";" and ":" (and past the title, date and issuer of the item before), a
// clause past ":" only ("… sau: số …"). A number leading a list item, and ending it, takes the
// list's verb (ListItemVerb): "…; Quyết định số 12 nêu rõ …" starts a clause of its own. A passive verb ("được thay thế bằng …" names
// the agent) governs nothing after it. Past the name of a part of the document ("Mục 3 của …",
// "Điều 5"), the verb acts on that part: repealing or replacing it amends the document, as does
// a list's verb passed on ("Bãi bỏ Quyết định số 12; Mục 3 Quyết định số 13": 13 is amended).
Verb GoverningVerb(const std::vector<Word>& words, std::size_t at, const std::vector<Verb>& verbs) {
  bool listed = false;  // past a ";": only a number before it can pass its verb on
  // Past "theo quy định tại": carrying out "theo (đúng, các) quy định tại" a number acts by it,
  // which is no implementation of it, nor guidance ("hướng dẫn thực hiện theo quy định tại Công
  // văn …"); carrying out "(đúng) quy định tại" it carries out its provisions, and amending or
  // repealing "các quy định tại" it still relates (relations.md, rounds 6 and 7).
  bool by_provision = false;
  bool on_part = false;
  const auto acting_on = [&on_part](Verb verb) {
    if (on_part) verb.relation = OnPart(verb.relation);
    return verb;
  };
  bool passed_title = false;  // past the title of a number before (Word::citation_of)
  bool passed_at = false;     // past a "tại" (or an opening bracket) before the number, no mark between
  bool crossed_mark = false;  // past a mark between words[i] and the number
  bool passed_issuer = false;  // past "của" and an issuer before that "tại"
  bool passed_law = false;     // past a law's name: the number's own, or an item of its list
  bool passed_and = false;     // past a "và" before the number
  bool bracketed = false;  // the number stands in brackets opened after words[i]
  int closed = 0;          // brackets closed and not yet opened, reading back from the number
  for (std::size_t i = at, bridged = 0; i > 0 && bridged <= kMaxBridge; ++bridged) {
    closed += words[i].close_before;
    if (words[i].bracket_before) {
      bracketed = bracketed || closed == 0;
      closed = std::max(0, closed - 1);
    }
    if (words[i].clause_start) {
      // A counter ("…: 1. Quyết định số …; 2. Quyết định …") ends a sentence for the analyser:
      // the item then starts at the counter.
      const bool counted = words[i].clause_mark == 0 && i > 0 && !words[i - 1].is_word &&
                           words[i - 1].mention == kNoMention && words[i - 1].clause_mark != 0;
      const std::size_t item_begin = counted ? i - 1 : i;
      if (bridged < kMaxItemLead && !listed && words[item_begin].clause_mark != 0 && EndsListItem(words, at)) {
        if (const Verb item = ListItemVerb(words, item_begin, verbs); item.relation != Relation::kNone) return item;
      }
      if (words[i].clause_mark == 0) break;
      listed = listed || words[i].clause_mark == ';';
    }
    // A bracket opening the number's citation names where the words before it point, as "tại"
    // does ("Thực hiện chỉ đạo của Bộ trưởng Bộ Tài chính (Văn bản số …)").
    passed_at = passed_at || (words[i].bracket_before && !crossed_mark);
    crossed_mark = crossed_mark || words[i].mark_before;
    --i;
    if (words[i].sentence != words[at].sentence) break;
    if (words[i].mention != kNoMention && verbs[words[i].mention].relation != Relation::kNone) {
      // A number in brackets after another is another name of it or an aside ("Nghị định số
      // 108/2013/NĐ-CP (đã sửa đổi bởi …)"), no item of its list.
      if (bracketed) return {};
      // The number before passes on what its verb does to a whole document.
      Verb passed = verbs[words[i].mention];
      if (passed.whole != Relation::kNone) passed.relation = passed.whole;
      // A part after a comma may start a clause of its own ("Thực hiện Nghị quyết 12, Mục 3 của
      // Kế hoạch 13 được điều chỉnh"): carrying out is passed on to it only after "và".
      if (on_part && words[i + 1].punctuation_before && passed.relation == Relation::kImplements) return {};
      return acting_on(passed);
    }
    if (passed_title) return {};
    // An aside in brackets closed before the number is passed whole, its verbs too ("Luật Đất
    // đai năm 2013 (sửa đổi, bổ sung năm 2018), Nghị định số …").
    if (closed > 0) continue;
    if (listed) {
      // The item before may end with its title, date or issuer ("Thực hiện Nghị quyết số 63/NQ-CP
      // … của Chính phủ ban hành Chương trình hành động …; Nghị quyết số 64/NQ-CP …"), where the
      // number ends its own item (not "…; Quyết định số 12 … nêu rõ").
      if (words[i].citation_of != kNoMention && EndsListItem(words, at)) {
        i = words[i].citation_of + 1;
        continue;
      }
      if (!IsBridge(words[i]) || IssuingVerbAt(words, i)) break;
      continue;
    }
    if (const Verb change = ChangeOfAttached(words, i); change.relation != Relation::kNone) return acting_on(change);
    by_provision = by_provision || (words[i].folded == "tai" && PhraseEndsAt(words, i, {"quy", "dinh", "tai"}) &&
                                    PrecededBy(words, i - 2, 3, {{"theo"}}));
    passed_at = passed_at || (words[i].at && !crossed_mark);
    Verb verb = VerbEndingAt(words, i);
    if (verb.relation != Relation::kNone) {
      if (by_provision && (verb.relation == Relation::kImplements || verb.relation == Relation::kGuides)) return {};
      // Past a law, a verb right after "Luật" is a law's title, another item of the list
      // ("hướng dẫn Luật Thuế thu nhập cá nhân, Luật sửa đổi, bổ sung … và Nghị định số …") or
      // the number's own name ("Luật sửa đổi, bổ sung một số điều của các Luật về thuế số
      // 71/2014/QH13"), which the words cannot tell from the law it amends.
      if (passed_law && verb.begin > 0 && words[verb.begin - 1].law) return {};
      // "chưa sửa đổi …", "không thay thế …": what is not done relates nothing.
      if (NegatedWithin(words, verb.begin, 2)) return {};
      // "… được thực hiện theo Thông tư …" follows the number after it all the same.
      const bool passive = verb.begin > 0 && words[verb.begin - 1].sentence == words[at].sentence &&
                           (words[verb.begin - 1].folded == "duoc" || words[verb.begin - 1].folded == "bi") &&
                           words[i].folded != "theo";
      return passive ? Verb{} : acting_on(verb);
    }
    passed_and = passed_and || words[i].folded == "va";
    const bool part = NamesPartOfDocument(words, i);
    on_part = on_part || part;
    if (!IssuingVerbAt(words, i) &&
        (IsBridge(words[i]) || part || AttachedAt(words, i) || (AdverbAt(words, i) && !crossed_mark) || SetOutAt(words, i) ||
         InspectionNameAt(words, i))) {
      continue;
    }
    // The title of the number before, as a list goes on past it ("thực hiện Nghị quyết số 29-NQ/TW
    // … về đổi mới căn bản, toàn diện giáo dục, Nghị quyết số 88/2014/QH13 …"), a mark or "và"
    // between, the number ending its item: that number passes its verb on, or nothing is.
    if (words[i].citation_of != kNoMention && SeparatedAfter(words, i, at) && EndsListItem(words, at)) {
      passed_title = true;
      i = words[i].citation_of + 1;
      continue;
    }
    // Who gave what is carried out, between it and "tại" ("thực hiện nghiêm chỉ đạo của UBND tỉnh
    // Quảng Ninh tại Chỉ thị số …", "các yêu cầu của Bộ tại Công văn …"): a name, no verb.
    if (const std::size_t of = passed_at && !passed_issuer ? IssuerBeginningBefore(words, i) : kNoMention;
        of != kNoMention) {
      passed_issuer = true;
      i = of + 1;
      continue;
    }
    // An item of its list before "và" named by a type and an issuer only ("triển khai thực hiện
    // nghiêm túc các Nghị quyết của Quốc hội và Nghị quyết số …"), passed as a numbered one is.
    if (const std::size_t of =
            passed_and && !passed_issuer && EndsListItem(words, at) ? IssuerBeginningBefore(words, i) : kNoMention;
        of != kNoMention && of > 0 && TypeNameEndingAt(words, of - 1) != nullptr) {
      passed_issuer = true;
      i = of + 1;
      continue;
    }
    // A law's name: the number's own ("Bộ luật Hình sự số 100/2015/QH13"), or an item before it in
    // its list ("Thực hiện Luật Tổ chức chính quyền địa phương năm 2015, Nghị định số 08/2016/NĐ-CP
    // …"), a name with no number for the extractor to read.
    const std::size_t law = passed_law ? kNoMention : LawNameBeginningBefore(words, i);
    if (law == kNoMention) break;
    // An item of the list, not the number's own name ("Luật Đất đai số 45/2013/QH13"), when a
    // mark or "và" stands between: the number must then end its own item.
    if (SeparatedAfter(words, i, at) && !EndsListItem(words, at)) break;
    passed_law = true;
    i = law;
  }
  return {};
}

// True when the name of a part of a document (NamesPartOfDocument) stands before the number at
// words[at] in its clause, with only the citation's words between ("Điều 5 của Quyết định số …").
bool PartNamedBefore(const std::vector<Word>& words, std::size_t at) {
  for (std::size_t i = at, seen = 0; i > 0 && !words[i].clause_start && seen < kMaxBridge; ++seen) {
    --i;
    if (words[i].sentence != words[at].sentence || words[i].mention != kNoMention) return false;
    if (NamesPartOfDocument(words, i)) return true;
    if (!IsBridge(words[i]) && !AttachedAt(words, i)) return false;
  }
  return false;
}

// The verb phrase of a passive starting at words[begin] ("thay thế", "sửa đổi, bổ sung"), its
// relation and *end, the word after it; kNone when there is none. *agent_needed tells a phrase
// that changes the number only when an agent follows it ("(bổ sung, điều chỉnh tại QĐ số …)";
// "… được bổ sung vốn" adds to what the number funds).
Relation PassivePhraseAt(const std::vector<Word>& words, std::size_t begin, std::size_t* end, bool* agent_needed) {
  struct Phrase {
    std::initializer_list<std::string_view> syllables;
    Relation relation;
    bool agent_needed = false;
  };
  static const Phrase kPhrases[] = {
      {{"thay", "the"}, Relation::kReplaces},   {{"bai", "bo"}, Relation::kRepeals},
      {{"huy", "bo"}, Relation::kRepeals},      {{"thu", "hoi"}, Relation::kRepeals},
      {{"sua", "doi", "bo", "sung"}, Relation::kAmends}, {{"sua", "doi"}, Relation::kAmends},
      {{"bo", "sung", "dieu", "chinh"}, Relation::kAmends, true},
      {{"dieu", "chinh", "bo", "sung"}, Relation::kAmends, true},
      {{"bo", "sung"}, Relation::kAmends, true}, {{"dieu", "chinh"}, Relation::kAmends, true},
      {{"trien", "khai"}, Relation::kImplements}, {{"thuc", "hien"}, Relation::kImplements},
  };
  for (const Phrase& phrase : kPhrases) {
    if (PhraseStartsAt(words, begin, phrase.syllables)) {
      *end = begin + phrase.syllables.size();
      *agent_needed = phrase.agent_needed;
      return phrase.relation;
    }
  }
  return Relation::kNone;
}

// True when the words from words[begin] name a rule a change is made by: "quy định tại", "(các)
// quy định tại", or a legal document's type and its number ("Nghị định số 15/2017/NĐ-CP");
// not "hướng dẫn tại", "đề nghị của … tại", "kế hoạch" (they tell how or why).
bool RuleFollows(const std::vector<Word>& words, std::size_t begin) {
  if (begin < words.size() && words[begin].folded == "cac") ++begin;
  if (PhraseStartsAt(words, begin, {"quy", "dinh", "tai"})) return true;
  std::size_t end = 0;
  const Code* type = TypeNameStartingAt(words, begin, &end);
  if (type == nullptr || end + 1 >= words.size()) return false;
  const bool numbered =
      words[end + 1].mention != kNoMention ||
      (words[end + 1].folded == "so" && end + 2 < words.size() && words[end + 2].mention != kNoMention);
  return numbered && IsLegalType(*type);
}

// The number named as a passive's agent from words[agent_at] on, past bridge words (its type
// name, "số"), in the sentence of words[at]; kNoMention when none is ("… này", other words).
std::size_t AgentNumber(const std::vector<Word>& words, std::size_t agent_at, std::size_t at) {
  for (std::size_t i = agent_at, seen = 0; i < words.size() && seen < kMaxBridge; ++i, ++seen) {
    if (words[i].sentence != words[at].sentence) break;
    if (words[i].mention != kNoMention) return words[i].mention;
    if (words[i].folded == "nay" || !IsBridge(words[i])) break;
  }
  return kNoMention;
}

// A passive verb after the number at words[at], past its citation's words: "… được (bị) thay
// thế, bãi bỏ, sửa đổi, triển khai …", "… (sửa đổi, bổ sung bởi …)" (with no auxiliary only
// when its agent follows; "bổ sung", "điều chỉnh" only when a numbered agent does), "… hết
// hiệu lực". *agent_at receives the word after "bởi", "bằng", "tại", or "theo quy định tại"
// after an auxiliary (words.size() when none is written).
Verb PassiveVerbAfter(const std::vector<Word>& words, std::size_t at, std::size_t* agent_at) {
  *agent_at = words.size();
  auto agent_marker = [&](std::size_t i) {
    return i < words.size() && words[i].sentence == words[at].sentence &&
           (words[i].folded == "boi" || words[i].folded == "bang" || words[i].folded == "tai");
  };
  for (std::size_t i = at + 1; i < words.size() && i <= at + kMaxBridge; ++i) {
    if (words[i].sentence != words[at].sentence || words[i].clause_start) break;
    if (PhraseStartsAt(words, i, {"het", "hieu", "luc"})) return {Relation::kRepeals, i};
    const bool auxiliary = words[i].folded == "duoc" || words[i].folded == "bi";
    std::size_t end = 0;
    // "Quyết định 45 đã thay thế …" is active: only "được"/"bị" make a passive, or an agent.
    bool agent_needed = false;
    Relation relation = PassivePhraseAt(words, auxiliary ? i + 1 : i, &end, &agent_needed);
    if (agent_needed && !(agent_marker(end) && AgentNumber(words, end + 1, at) != kNoMention)) {
      relation = Relation::kNone;
    }
    if (relation != Relation::kNone && (auxiliary || agent_marker(end))) {
      // "… được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 Nghị định …": the document a
      // change is made by; not "… được thực hiện theo kế hoạch …", "… theo hướng dẫn tại …",
      // "… theo đề nghị của … tại Tờ trình …", which tell how or why.
      const bool by_rule = auxiliary && relation != Relation::kImplements && end < words.size() &&
                           words[end].sentence == words[at].sentence && words[end].folded == "theo" &&
                           RuleFollows(words, end + 1);
      if (agent_marker(end) || by_rule) *agent_at = end + 1;
      return {relation, i};
    }
    // Tense and aspect before the auxiliary: "đã được", "sẽ được", "cũng đã bị".
    if (!IsBridge(words[i]) && !IsTense(words[i])) break;
  }
  return {};
}

// The document type of a name heading the clause at words[begin] and ending before
// words[limit], not followed by its number ("Thông tư có hiệu lực …", not "Thông tư số …"), or
// nullptr.
const Code* TypeNameHeading(const std::vector<Word>& words, std::size_t begin, std::size_t limit) {
  for (std::size_t end = begin + 1; end < begin + 4 && end + 1 < limit; ++end) {
    if (words[end + 1].folded == "so" || words[end + 1].mention != kNoMention) continue;
    if (const Code* type = TypeNamed(words, begin, end)) return type;
  }
  return nullptr;
}

// True when the "và" at words[va] joins a document named by its type ("… và Chương trình hành
// động của Mặt trận thực hiện …") to what stands before it, that document the subject of the
// verb at words[verb_begin]; not a "và" of an issuer's or a title's words ("của Bộ Tài nguyên và
// Môi trường", "của Bộ Tài chính và Bộ Tư pháp") nor one joining two verbs ("… có hiệu lực từ
// ngày 1/7 và thay thế …").
bool JoinsAnotherDocument(const std::vector<Word>& words, std::size_t va, std::size_t verb_begin) {
  if (words[va].citation_of != kNoMention) return false;
  for (std::size_t end = va + 2; end < va + 5 && end < verb_begin; ++end) {
    if (TypeNamed(words, va + 1, end) != nullptr) return true;
  }
  return false;
}

// Where the verb at words[verb_begin] stands in `title` (a number's subject, after "về"): not in
// it, leading it (at most kMaxTitleLead words before it there: "về việc tiếp tục thực hiện …"),
// or further in, where the title as read may have run on into the next clause.
enum class InTitle { kNo, kLeading, kFurther };
InTitle VerbInTitle(const std::vector<Word>& words, const TextSpan& title, std::size_t verb_begin) {
  if (words[verb_begin].begin < title.begin || words[verb_begin].begin >= title.end) return InTitle::kNo;
  std::size_t lead = 0;
  for (std::size_t i = verb_begin; i > 0 && words[i - 1].begin >= title.begin && lead <= kMaxTitleLead; --i) ++lead;
  return lead <= kMaxTitleLead ? InTitle::kLeading : InTitle::kFurther;
}

// Who a relation comes from when its verb starts at words[verb_begin]: `source` tells.
struct Subject {
  bool found = false;        // false: no relation can be attributed
  std::size_t source = kTheText;
};

// The latest number of type `type` (its code, in its system: "Thông tư này" is no Thông tri)
// before words[before] that no verb governs: what an article's "Nghị định này" or "Nghị định …"
// (at the head of a clause) refers to.
std::size_t Antecedent(const std::vector<Word>& words, const Analysis& analysis,
                       const std::vector<bool>& governed, std::size_t before, const Code& type) {
  for (std::size_t i = before; i > 0 && i + kMaxAntecedentDistance > before;) {
    --i;
    const std::size_t m = words[i].mention;
    if (m == kNoMention || governed[m]) continue;
    const IdentifierMention& number = analysis.identifiers[m];
    const bool party = number.system == IdentifierSystem::kParty;
    if (number.type == type.code && (party ? InParty(type.system) : InState(type.system))) return m;
  }
  return kNoMention;
}

// The subject of the verb starting at words[verb_begin]. `the_text` is the source
// when the text itself speaks (TextSpeaker); not found where an article speaks of documents.
Subject SubjectOf(const std::vector<Word>& words, const Analysis& analysis,
                  const std::vector<bool>& governed, std::size_t verb_begin, Subject the_text) {
  bool punctuated = false;  // a comma, a bracket … between words[i] and the verb
  bool marked = false;      // the same, the "_" of a word-segmented text aside
  bool worded = false;      // a word other than "ngày" between words[i] and the verb
  for (std::size_t i = verb_begin, seen = 0; i > 0 && !words[i].clause_start && seen < kMaxSubjectDistance; ++seen) {
    punctuated = punctuated || words[i].punctuation_before;
    marked = marked || words[i].mark_before;
    --i;
    if (words[i].sentence != words[verb_begin].sentence) break;
    const std::size_t m = words[i].mention;
    if (m != kNoMention) {
      // The object of an earlier verb is the subject of this one only right before it, its
      // date aside ("… sửa đổi Thông tư 76/2014/TT-BTC hướng dẫn …", not "Thực hiện Chỉ thị 05,
      // Tỉnh ủy triển khai …" nor "… thay thế Thông tư số 15/2014/TT-BXD có điều khoản bãi bỏ …").
      if (!governed[m] || (!punctuated && !worded)) return {true, m};
      // A verb leading the number's title is its own, whatever governs the number: "thực hiện Kết
      // luận số 11-KL/TW về việc tiếp tục thực hiện Chỉ thị số 08-CT/TW" (11-KL/TW implements).
      // Further in, whose it is cannot be told: the title as read may have run on into the next
      // clause ("… về đổi mới giáo dục ngành giáo dục tỉnh đã triển khai …").
      switch (VerbInTitle(words, analysis.identifiers[m].subject_span, verb_begin)) {
        case InTitle::kLeading: return {true, m};
        case InTitle::kFurther: return {};
        case InTitle::kNo: continue;
      }
      continue;
    }
    // "Chỉ thị 05 và Chương trình hành động của Mặt trận thực hiện …": a number joined to another
    // document is not the one carrying out; a comma after "và …" ends a list of the subject's own
    // ("… xăng dầu và khí, thay thế …").
    if (words[i].folded == "va" && !marked && JoinsAnotherDocument(words, i, verb_begin)) return the_text;
    worded = worded || (words[i].is_word && words[i].folded != "ngay");
    // "Nghị định này", or a type name heading its clause with nothing punctuated before the verb
    // ("Thông tư có hiệu lực … và thay thế …", not "Công văn nêu rõ, các đơn vị thực hiện …"):
    // the text itself in a document, the number last named in an article.
    const Code* type = nullptr;
    if (words[i].folded == "nay" && i > 0) {
      type = TypeNameEndingAt(words, i - 1);
    } else if (words[i].clause_start && !punctuated) {
      type = TypeNameHeading(words, i, verb_begin);
    }
    if (type != nullptr) {
      if (the_text.found) return the_text;
      const std::size_t antecedent = Antecedent(words, analysis, governed, i, *type);
      return antecedent == kNoMention ? Subject{} : Subject{true, antecedent};
    }
  }
  return the_text;
}

// What a sentence led by carrying out, its verb at words[verb_begin] ("Thực hiện Chỉ thị 05, …"),
// issues to carry it out: the number right after "ban hành", or after "đã có" and a type name ("…
// đã có Văn bản số 331/UBND-TH"), only bridge words such as its type name and "số" between, in
// the clause after the leading one ("…, Ban Thường vụ đã ban hành Kế hoạch số 12-KH/TU"), past
// the titles, dates and issuers of the numbers it carries out ("về việc ban hành Kế hoạch số …"
// is a title's) and the items of their list. None where the issuing is denied, deferred or
// earlier ("chưa", "không", "sẽ", "trước đó"), another's act is reported ("phát hiện", "kiến
// nghị", "đề nghị" … "ban hành"), or a clause of its own follows a ";". `question`: the
// sentence asks; then none. kNoMention when none.
std::size_t ProductOf(const std::vector<Word>& words, const std::vector<bool>& governed, std::size_t verb_begin,
                      bool question) {
  if (question || !words[verb_begin].clause_start) return kNoMention;
  bool past_mark = false;  // the leading clause ended: a mark before a word of no citation
  for (std::size_t i = verb_begin + 1; i + 1 < words.size() && i < verb_begin + kMaxProductDistance; ++i) {
    if (words[i].sentence != words[verb_begin].sentence) break;
    // "…; Nghị quyết số 64/NQ-CP …", "…; các nghị quyết của Tỉnh ủy" go on with the list; "…;
    // đồng thời, HĐND tỉnh ban hành …" is a clause of its own.
    if (words[i].clause_mark == ';' && !IsBridge(words[i])) break;
    if (words[i].mention != kNoMention || words[i].citation_of != kNoMention) continue;
    past_mark = past_mark || words[i].mark_before;
    if (!past_mark) continue;
    if (PhraseStartsAt(words, i, {"phat", "hien"}) || PhraseStartsAt(words, i, {"kien", "nghi"}) ||
        PhraseStartsAt(words, i, {"de", "nghi"}) || PhraseStartsAt(words, i, {"de", "xuat"}) ||
        PhraseStartsAt(words, i, {"truoc", "do"})) {
      return kNoMention;
    }
    const std::size_t product_from = AfterIssuingVerb(words, i);
    if (product_from == 0) continue;
    if (words[i - 1].folded == "ve" || words[i - 1].folded == "viec") continue;  // a title's
    // "có" issues only as done ("đã có", "vừa có"), not as a duty, a check or what a file holds
    // ("cần có", "xem … có … hay không", "trong hồ sơ có").
    if (words[i].folded == "co" && (!(words[i - 1].folded == "da" || words[i - 1].folded == "vua") ||
                                    PrecededBy(words, i, kMaxBlockerDistance, {{"xem"}, {"can"}, {"phai"}, {"nen"}}))) {
      continue;
    }
    if (NegatedWithin(words, i, 2) || PrecededBy(words, i, 2, {{"se"}})) return kNoMention;
    for (std::size_t j = product_from, seen = 0; j < words.size() && seen < kMaxBridge; ++j, ++seen) {
      if (words[j].sentence != words[verb_begin].sentence || words[j].mark_before) break;
      if (const std::size_t m = words[j].mention; m != kNoMention) return governed[m] ? kNoMention : m;
      if (!IsBridge(words[j])) break;
    }
  }
  return kNoMention;
}

// Where the citation of `cited` ends in the text: past its number, date, issuer and title.
std::size_t CitationEnd(const IdentifierMention& cited) {
  return std::max({cited.span.end, cited.date_span.end, cited.issuer_span.end, cited.subject_span.end});
}

// The first word of an aside in brackets opening right after the citation of `cited`, the number
// at words[at], past its date, issuer and title ("Thông tư số 36/2012/TT-NHNN ngày … của Thống đốc
// … quy định về trang bị, quản lý … (đã được sửa đổi, bổ sung tại …)"), or kNoMention. A title is
// read to its first comma, so the aside may open after more of it: at most kMaxTitleRunOn words
// in lower case, commas alone between them, no number and no word that starts a clause (not "…,
// ngân hàng A ban hành Quy chế (…)", a clause of its own).
std::size_t AsideAfterCitation(std::string_view text, const std::vector<Word>& words,
                               const IdentifierMention& cited, std::size_t at) {
  const auto first_after = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::upper_bound(words.begin() + at, words.end(), offset,
                                                     [](std::size_t o, const Word& word) { return o < word.begin; }) -
                                    words.begin());
  };
  std::size_t inside = first_after(CitationEnd(cited));
  for (std::size_t seen = 0; inside < words.size() && !words[inside].bracket_before; ++inside, ++seen) {
    const Word& word = words[inside];
    if (cited.subject_span.empty() || seen == kMaxTitleRunOn || word.sentence != words[at].sentence ||
        word.clause_start || !word.is_word || StartsClause(words, inside)) {
      return kNoMention;
    }
    std::size_t length = 0;
    if (u_isupper(static_cast<UChar32>(CodePointAt(text, word.begin, &length)))) return kNoMention;
    const std::string_view gap = text.substr(words[inside - 1].end, word.begin - words[inside - 1].end);
    if (gap.find_first_not_of(" ,") != std::string_view::npos) return kNoMention;
  }
  if (inside >= words.size() || inside == at + 1 || words[inside].sentence != words[at].sentence) return kNoMention;
  // The bracket opens right after what was passed, blanks at most between.
  const std::string_view gap = text.substr(words[inside - 1].end, words[inside].begin - words[inside - 1].end);
  return gap.find_first_not_of(" (") == std::string_view::npos ? inside : kNoMention;
}

// True when the clause after the citation `cited` (the number at words[at], its date, issuer,
// subject, and an aside in brackets or a title in quotes after them) judges its implementation
// lacking, before any punctuation ("thực hiện Nghị định số …, ngày … của Chính phủ còn chậm", "…
// (khóa XI) “về …” còn chưa cao", "… chưa nghiêm"; not "Thực hiện Chỉ thị …, các chi bộ còn
// chậm …"): criticism, no implementation.
bool CriticisedAfter(std::string_view text, const std::vector<Word>& words, const IdentifierMention& cited,
                     std::size_t at) {
  std::size_t citation_end = CitationEnd(cited);
  for (int asides = 0; asides < 2; ++asides) {
    const std::size_t open = text.find_first_not_of(" \t", citation_end);
    if (open == std::string_view::npos) break;
    std::string_view closing;
    if (text[open] == '(') {
      closing = ")";
    } else if (text[open] == '"') {
      closing = "\"";
    } else if (text.substr(open, 3) == "“") {
      closing = "”";
    } else {
      break;
    }
    const std::size_t close = text.substr(open + 1, kMaxQuotedAside).find(closing);
    if (close == std::string_view::npos) break;
    citation_end = open + 1 + close + closing.size();
  }
  std::size_t first = at + 1;
  // Past the citation, and the syllables a word-segmented text joins to its last ("Chính_phủ").
  while (first < words.size() && words[first].sentence == words[at].sentence &&
         (words[first].begin < citation_end || words[first].joined_before)) {
    ++first;
  }
  if (first >= words.size()) return false;
  // No mark between the citation (or the word before, past it) and the judgement.
  const std::size_t gap_begin = std::max(citation_end, words[first - 1].end);
  if (HasMark(text.substr(gap_begin, std::max(words[first].begin, gap_begin) - gap_begin))) return false;
  // The judgement follows the citation at once, "vẫn" or "hiện" at most before it ("… còn chậm";
  // not "… các chi bộ còn chậm đổi mới", the chi bộ's slowness).
  for (std::size_t i = first; i < words.size() && i <= first + 1; ++i) {
    if (words[i].sentence != words[at].sentence || words[i].clause_start || (i > first && words[i].mark_before)) break;
    if (words[i].not_yet) return true;
    if (words[i].folded == "con" && i + 1 < words.size() && !words[i + 1].mark_before) {
      static constexpr std::string_view kLacking[] = {"cham", "chua", "han", "bat", "yeu", "thieu", "nhieu", "ton"};
      if (std::find(std::begin(kLacking), std::end(kLacking), words[i + 1].folded) != std::end(kLacking)) return true;
    }
    if (words[i].folded != "van" && words[i].folded != "hien") return false;
  }
  return false;
}

// True when the clause of a "căn cứ" citing the number at words[at] goes on, before another
// number, to quote it: a phrase of quoting and a colon ("căn cứ vào khoản 2 Điều 5 Nghị định …,
// Nghị định có ghi: …"), or a provision's words after a colon ("Căn cứ quy định tại Điều 10 Nghị
// định …: Điều 10 …"), as an article does: a quotation of the number's content, no act grounded
// on it. With a part named before the number and no "quy định tại", the colon must follow the
// citation at once, past its date, issuer, title and a title in brackets ("Căn cứ khoản 3 Điều
// 66 Nghị định số … của Chính phủ (quy định xử phạt …): Phạt tiền …"; not "Căn cứ Điều 5 Quyết
// định số …, UBND huyện quyết định: …"). "… ghi rõ mã số thuế", with no colon, quotes nothing.
bool QuotedAfter(const std::vector<Word>& words, std::size_t at) {
  const bool provision = PrecededBy(words, at, kMaxBridge, {{"quy", "dinh", "tai"}});
  if (!provision && PartNamedBefore(words, at)) {
    std::size_t next = at + 1;  // past the citation's own words and a title in brackets
    while (next < words.size() && words[next].citation_of == at) ++next;
    if (next < words.size() && words[next].bracket_before) {
      for (const std::size_t limit = next + 3 * kMaxBridge; next < words.size() && next < limit; ++next) {
        if (words[next].close_before || words[next].sentence != words[at].sentence) break;
      }
    }
    if (next < words.size() && words[next].sentence == words[at].sentence && words[next].clause_mark == ':') {
      return true;
    }
  }
  for (std::size_t i = at + 1; i < words.size() && i <= at + 2 * kMaxBridge; ++i) {
    if (words[i].sentence != words[at].sentence || words[i].mention != kNoMention) break;
    if (words[i].clause_start) return provision && words[i].clause_mark == ':';
    for (const auto phrase : {std::initializer_list<std::string_view>{"co", "ghi"}, {"ghi", "ro"}, {"neu", "ro"}}) {
      const std::size_t after = i + phrase.size();
      if (PhraseStartsAt(words, i, phrase) && (after >= words.size() || words[after].colon_before)) return true;
    }
  }
  return false;
}

// A document an article reprints: from its first "Căn cứ" clause on, the article's words are the
// document's own — its grounds, then "QUYẾT ĐỊNH: Điều 1. Bãi bỏ …" — as local news publishes a
// decision whole.
struct Reprint {
  std::size_t begin = 0;           // the word its text starts at
  std::size_t mention = kNoMention;  // the number it is: Analysis::identifiers' index
};

// The heading that opens the articles of a reprinted document ("QUYẾT ĐỊNH: Điều 1", "QUYẾT
// NGHỊ: Điều 1"), ending at words[end] just before "Điều 1": the type code of the document it
// opens, or "".
std::string_view ReprintHeading(const std::vector<Word>& words, std::size_t end) {
  if (end + 2 >= words.size() || words[end + 1].clause_mark != ':' || words[end + 1].folded != "dieu" ||
      words[end + 2].folded != "1" || end == 0) {
    return {};
  }
  if (PhraseEndsAt(words, end, {"quyet", "nghi"})) return "NQ";
  const Code* type = TypeNamed(words, end - 1, end);
  return type == nullptr ? std::string_view() : type->code;
}

// The documents an article reprints, in order. A heading counts only after a "Căn cứ" clause
// (the grounds every such document states first), and the document is the latest number of the
// heading's type named before those grounds and governed by no verb ("UBND tỉnh ban hành Quyết
// định số 28/2017/QĐ-UBND …"); without one, nothing is taken for a reprint.
std::vector<Reprint> ReprintsOf(const std::vector<Word>& words, const Analysis& analysis,
                                const std::vector<bool>& governed) {
  std::vector<Reprint> reprints;
  std::size_t grounds = kNoMention;      // the first "Căn cứ" clause since the last heading
  std::size_t latest[2] = {kNoMention, kNoMention};  // the latest ungoverned QĐ and NQ before it
  std::size_t latest_before_grounds[2] = {kNoMention, kNoMention};
  auto slot = [](std::string_view type) { return type == "QĐ" ? 0 : type == "NQ" ? 1 : -1; };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const std::size_t m = words[i].mention; m != kNoMention && !governed[m]) {
      if (const int k = slot(analysis.identifiers[m].type); k >= 0) latest[k] = m;
    }
    if (grounds == kNoMention && words[i].clause_start && PhraseStartsAt(words, i, {"can", "cu"})) {
      grounds = i;
      std::copy(std::begin(latest), std::end(latest), std::begin(latest_before_grounds));
    }
    if (grounds == kNoMention) continue;
    const int k = slot(ReprintHeading(words, i));
    if (k < 0) continue;
    if (latest_before_grounds[k] != kNoMention) reprints.push_back({grounds, latest_before_grounds[k]});
    grounds = kNoMention;
  }
  return reprints;
}

// True when the source `source` of a relation to the number analysis.identifiers[m] is that
// number itself, at this mention or another: a number relates to no other of its own mentions.
// Two dates written with them tell two documents of one number apart (a province's
// "12/QĐ-UBND" of 2020 replacing its "12/QĐ-UBND" of 2019: numbers restart every year).
bool SameNumber(const Analysis& analysis, std::size_t source, std::size_t m) {
  if (source == m) return true;
  if (source == kTheText) return false;
  const IdentifierMention& a = analysis.identifiers[source];
  const IdentifierMention& b = analysis.identifiers[m];
  return a.canonical == b.canonical && !(a.date && b.date && !(*a.date == *b.date));
}

// The year a mention's document was issued, from its date or a State number's year; 0 when
// neither is written.
int IssueYear(const IdentifierMention& mention) {
  int year = 0;
  for (const char c : mention.year) year = year * 10 + (c - '0');
  return year != 0 || !mention.date ? year : mention.date->year;
}

// The issue date a mention writes, unless its year contradicts a State number's year (then it
// is another date: "… thay thế Nghị định 46/2016/NĐ-CP, ngày 1/1/2020 có hiệu lực").
std::optional<Date> IssueDate(const IdentifierMention& mention) {
  if (!mention.date || (!mention.year.empty() && IssueYear(mention) != mention.date->year)) return std::nullopt;
  return mention.date;
}

// True when the text shows the document `source` issued before `cited`: by their dates, or by
// their years when a date is missing. No document replaces, amends, guides, carries out or
// rests on one issued after it, so such a reading is another clause's ("Thông tư 151/2014/TT-BTC
// ngày 10/10/2014 hướng dẫn Nghị định số 91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP …": 12/2015 is
// the next item of an outer list).
bool IssuedBefore(const Analysis& analysis, std::size_t source, std::size_t cited) {
  if (source == kTheText) return false;
  const IdentifierMention& a = analysis.identifiers[source];
  const IdentifierMention& b = analysis.identifiers[cited];
  const std::optional<Date> date_a = IssueDate(a), date_b = IssueDate(b);
  if (date_a && date_b) return date_a->DaysSinceEpoch() < date_b->DaysSinceEpoch();
  const int year_a = IssueYear(a), year_b = IssueYear(b);
  return year_a != 0 && year_b != 0 && year_a < year_b;
}

// The text's syllables and numbers, with their sentences.
std::vector<Word> WordsOf(std::string_view text, const Analysis& analysis, std::vector<TextSpan>* sentences,
                          std::vector<std::size_t>* word_of_mention) {
  std::vector<Word> words;
  words.reserve(analysis.tokens.size());
  std::size_t next_mention = 0, previous_end = 0;
  for (const Token& token : analysis.tokens) {
    bool clause_start = token.gap == Gap::kSentence || words.empty();
    char clause_mark = 0;
    // The characters between the token before and this one.
    const std::size_t gap_begin = std::min(previous_end, token.span.begin);
    const std::string_view gap = text.substr(gap_begin, token.span.begin - gap_begin);
    if (clause_start) {
      sentences->push_back(token.span);
    } else if (token.gap == Gap::kPunctuation) {
      if (const std::size_t mark = gap.find_last_of(";:"); mark != std::string_view::npos) clause_mark = gap[mark];
      clause_start = clause_mark != 0;
    }
    previous_end = token.span.end;
    sentences->back().end = token.span.end;
    Word word;
    word.begin = token.span.begin;
    word.end = token.span.end;
    word.sentence = sentences->size() - 1;
    word.clause_start = clause_start;
    word.clause_mark = clause_mark;
    word.punctuation_before = token.gap == Gap::kPunctuation;
    word.bracket_before = gap.find('(') != std::string_view::npos;
    word.close_before = gap.find(')') != std::string_view::npos;
    word.colon_before = gap.find(':') != std::string_view::npos;
    word.joined_before = gap == "_";
    word.mark_before = HasMark(gap);
    if (token.kind == TokenKind::kIdentifier) {
      while (next_mention < analysis.identifiers.size() &&
             analysis.identifiers[next_mention].span.begin < token.span.begin) {
        ++next_mention;
      }
      if (next_mention < analysis.identifiers.size() &&
          analysis.identifiers[next_mention].span.begin == token.span.begin) {
        word.mention = next_mention;
        (*word_of_mention)[next_mention] = words.size();
      }
    }
    // The word breaker splits a word-segmented text's "thay_thế" into syllables already.
    word.is_word = token.kind == TokenKind::kWord;
    word.folded = token.folded;
    if (word.folded == "luat") {
      const bool after_bo = !words.empty() &&
                            ExactForm(text.substr(words.back().begin, words.back().end - words.back().begin)) == "bộ";
      word.law = text[token.span.begin] == 'L' || after_bo;
    }
    if (word.folded == "tai") {
      const std::string written = ExactForm(text.substr(token.span.begin, token.span.end - token.span.begin));
      word.at = written == "tại";  // "tai" is as often "Tài" (chính) typed without marks
    }
    if (word.folded == "bang") {
      word.by = ExactForm(text.substr(token.span.begin, token.span.end - token.span.begin)) == "bằng";
    }
    if (word.folded == "sua") {
      const std::string written = ExactForm(text.substr(token.span.begin, token.span.end - token.span.begin));
      word.mend = written == "sửa" || written == "sua";
    }
    if (word.folded == "chua" || word.folded == "khong") {
      // With its marks, or typed without any ("chua"); "chữa" (to cure) folds the same.
      const std::string written = ExactForm(text.substr(token.span.begin, token.span.end - token.span.begin));
      word.negation = written == word.folded || written == "chưa" || written == "không";
      word.not_yet = word.negation && word.folded == "chua";
    }
    // "không ngừng" (ceaselessly), "không chỉ", "không những" (not only) deny nothing.
    if (!words.empty() && words.back().negation && words.back().folded == "khong" &&
        (word.folded == "ngung" || word.folded == "chi" || word.folded == "nhung")) {
      words.back().negation = false;
    }
    words.push_back(word);
  }
  for (std::size_t m = 0; m < analysis.identifiers.size(); ++m) {
    const std::size_t at = (*word_of_mention)[m];
    if (at == kNoMention) continue;
    const IdentifierMention& cited = analysis.identifiers[m];
    const std::size_t citation_end = CitationEnd(cited);
    std::size_t end = at + 1;
    while (end < words.size() && words[end].begin < citation_end && words[end].mention == kNoMention) ++end;
    // A title read on over another number ("… quy định về thu tiền sử dụng đất và Thông tư số
    // 333/2016/TT-BTC …") is no title that number's list can pass.
    if (end < words.size() && words[end].begin < citation_end) continue;
    for (std::size_t i = at + 1; i < end; ++i) words[i].citation_of = at;
  }
  return words;
}

}  // namespace

std::string_view RelationName(Relation relation) {
  switch (relation) {
    case Relation::kNone: return "";
    case Relation::kReplaces: return "replaces";
    case Relation::kRepeals: return "repeals";
    case Relation::kAmends: return "amends";
    case Relation::kGuides: return "guides";
    case Relation::kImplements: return "implements";
    case Relation::kReviews: return "reviews";
    case Relation::kBasedOn: return "based_on";
  }
  return "";
}

std::vector<CitationRelation> FindCitationRelations(std::string_view text, const Analysis& analysis,
                                                    Voice voice) {
  const std::size_t count = analysis.identifiers.size();
  std::vector<CitationRelation> relations(count);
  if (count == 0) return relations;
  std::vector<TextSpan> sentences;
  std::vector<std::size_t> word_of_mention(count, kNoMention);
  const std::vector<Word> words = WordsOf(text, analysis, &sentences, &word_of_mention);

  // First every active verb, so that a number a verb governs is never taken for a subject.
  std::vector<Verb> verbs(count);
  std::vector<bool> governed(count, false);
  for (std::size_t m = 0; m < count; ++m) {
    if (word_of_mention[m] == kNoMention) continue;
    verbs[m] = GoverningVerb(words, word_of_mention[m], verbs);
    if ((verbs[m].relation == Relation::kImplements &&
         CriticisedAfter(text, words, analysis.identifiers[m], word_of_mention[m])) ||
        (verbs[m].relation == Relation::kBasedOn && QuotedAfter(words, word_of_mention[m]))) {
      verbs[m] = {};
    }
    governed[m] = verbs[m].relation != Relation::kNone;
  }
  // Who speaks when the text itself does: a document, or the document an article reprints
  // there; elsewhere an article, which relates no document by itself.
  const std::vector<Reprint> reprints =
      voice == Voice::kArticle ? ReprintsOf(words, analysis, governed) : std::vector<Reprint>();
  auto the_text_at = [&](std::size_t word) {
    if (voice == Voice::kDocument) return Subject{true, kTheText};
    auto after = std::upper_bound(reprints.begin(), reprints.end(), word,
                                  [](std::size_t w, const Reprint& reprint) { return w < reprint.begin; });
    return after == reprints.begin() ? Subject{} : Subject{true, std::prev(after)->mention};
  };
  // Whether a sentence asks, looked at once per sentence (a question's mark may end it just past
  // its span).
  std::vector<signed char> asked(sentences.size(), -1);
  const auto asks = [&](std::size_t s) {
    if (asked[s] < 0) {
      asked[s] = text.substr(sentences[s].begin, sentences[s].end - sentences[s].begin + 1).find('?') !=
                 std::string_view::npos;
    }
    return asked[s] == 1;
  };
  for (std::size_t m = 0; m < count; ++m) {
    const std::size_t at = word_of_mention[m];
    if (at == kNoMention) continue;
    CitationRelation& out = relations[m];
    const Subject the_text = the_text_at(at);
    if (governed[m]) {
      // A "Căn cứ" line is the document's own ground; an article has none.
      Subject subject = verbs[m].relation == Relation::kBasedOn
                            ? the_text
                            : SubjectOf(words, analysis, governed, verbs[m].begin, the_text);
      if (verbs[m].relation == Relation::kImplements) {
        const std::size_t product = ProductOf(words, governed, verbs[m].begin, asks(words[at].sentence));
        if (product != kNoMention && !SameNumber(analysis, product, m) && !IssuedBefore(analysis, product, m)) {
          subject = {true, product};
        }
      }
      if (!subject.found || SameNumber(analysis, subject.source, m) || IssuedBefore(analysis, subject.source, m)) {
        continue;
      }
      out = {verbs[m].relation, subject.source, sentences[words[at].sentence]};
      continue;
    }
    std::size_t agent_at;
    Verb passive = PassiveVerbAfter(words, at, &agent_at);
    // An aside after a citation too long to bridge may tell what became of the number, and
    // counts when it names by what ("… quy định về … (đã được sửa đổi, bổ sung tại Thông tư số
    // 20/2016/TT-NHNN)"); "(được sửa đổi, bổ sung năm 2012)" tells its history, no act of the text.
    bool aside = false;
    if (passive.relation == Relation::kNone) {
      if (const std::size_t inside = AsideAfterCitation(text, words, analysis.identifiers[m], at);
          inside != kNoMention && inside > at + 1) {
        passive = PassiveVerbAfter(words, inside - 1, &agent_at);
        aside = true;
      }
    }
    if (passive.relation == Relation::kNone) continue;
    // "Điều 5 Quyết định số 13 hết hiệu lực", "Chương II … được thay thế bởi …": a part goes.
    if (PartNamedBefore(words, at)) passive.relation = OnPart(passive.relation);
    // The agent: a number after "bởi"/"bằng" (past its type name), "… này" (the text), or
    // unnamed — the text itself when a document says so, outside an aside.
    const std::size_t agent = AgentNumber(words, agent_at, at);
    const Subject subject = agent != kNoMention ? Subject{true, agent} : aside ? Subject{} : the_text;
    if (!subject.found || SameNumber(analysis, subject.source, m) || IssuedBefore(analysis, subject.source, m)) {
      continue;
    }
    out = {passive.relation, subject.source, sentences[words[at].sentence]};
  }
  return relations;
}

}  // namespace vankien::analysis
