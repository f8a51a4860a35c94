// The official layout of a Party document (Hướng dẫn 36-HD/VPTW) or a State one (Nghị định
// 30/2020/NĐ-CP), read from its text as metadata. Such a document opens with a two-column
// header — the issuing organ and its parent on the left, the national line and the place and
// date on the right, the number under the organ — then the type line ("CHỈ THỊ") and the
// subject, and ends with the signature and the recipients ("Nơi nhận"). Extraction from PDF,
// DOCX or a typed copy puts the two columns in any order: one after the other, interleaved line
// by line, or side by side on one line. The reader asks for the layout's own evidence, not a
// mere mention of a number, so that a news article quoting "Số 21-NQ/TW" is not a document.
#ifndef VANKIEN_READERS_OFFICIAL_LAYOUT_H_
#define VANKIEN_READERS_OFFICIAL_LAYOUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "analysis/date.h"
#include "analysis/identifier_extractor.h"
#include "analysis/text_span.h"

namespace vankien::readers {

struct OfficialLayout {
  // kParty under "ĐẢNG CỘNG SẢN VIỆT NAM", kState under "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  // without a national line, the numbering system of the number.
  analysis::IdentifierSystem system = analysis::IdentifierSystem::kParty;
  std::string number;       // the own number as printed: "12-CT/TU", "30/2020/NĐ-CP"
  std::string identifier;   // the same, canonical (docs/identifiers.md)
  std::string type;         // type code: the number's, else the type line's ("CT")
  std::string type_word;    // the type line's name in normal case: "Chỉ thị"
  std::string body;         // issuing body code the number gives ("TU"), or ""
  std::string issuer;       // the issuing organ in normal case: "Tỉnh ủy Lam Giang"
  std::string parent;       // the line above it, in normal case: "Đảng bộ tỉnh Lam Giang", or ""
  std::string place;        // "Lam Giang" of the dating line, or ""
  std::optional<analysis::Date> date;  // the dating line's date
  std::string subject;      // the subject (trích yếu) as printed, its lines joined
  std::string title;        // type word and subject in sentence case: "Chỉ thị về …"
  std::string signer_title; // capacity in normal case: "T/M Ban Thường vụ — Bí thư", or ""
  std::string signer;       // "Nguyễn Văn A", or ""
  // Byte ranges of the text that are layout, not content: the header (from the first line to
  // the subject), the signature and the recipients block. The last two are empty when absent,
  // and overlap when extraction interleaved the recipients with the signature.
  analysis::TextSpan header;
  analysis::TextSpan signature;
  analysis::TextSpan recipients;
};

// Reads the official layout of text (UTF-8, NFC; lines separated by "\n", paragraphs by blank
// lines). Returns nullopt unless the text opens with the layout's header: a number line "Số …"
// standing alone or beside the date, a type line after it, and a national line, an organ line
// or a dating line among the header's lines, with nothing but those above the type line. Reads
// a bounded number of lines at the top and the bottom, so any input takes linear time.
std::optional<OfficialLayout> ReadOfficialLayout(std::string_view text);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_OFFICIAL_LAYOUT_H_
