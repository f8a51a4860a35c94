// Recall of the identifier extractor on numbers written messily on purpose: each regular number of
// the given tables (their "canonical" column) is rewritten in each way real text spoils numbers
// (issue 21's list: a slash for the hyphen, blanks for it, Party punctuation on a State number, a
// slash too many, a year joined by a dash, D for Đ, a type glued to its number …), set in a
// sentence that cites it by its type's name and in one that does not, and read back. A variant is
// right when the extractor reads exactly the number's canonical form from it.
//
// Only numbers whose body the code table knows are taken: spoiled, a body no table knows cannot
// tell a Party number from a State one ("06 - CV / LĐBĐVN") nor a type glued to it from a body
// ("100/QĐQP"), so its readings are a guess either way.
//
// These are synthetic sentences, not text anyone wrote: the figures say which spoilings of which
// shapes the rules read, not precision or recall on real text (tools/score_messy_numbers.sh says
// that). A spoiling read only when cited is by design (docs/identifiers.md says which).
//
// usage: messy_variants [--show SPOILING] TSV...
//   TSV: files with a header naming a "canonical" column (tests/data/messy_numbers.tsv,
//   ../shared/gold/identifiers/mentions.tsv). --show lists the variants of one spoiling that were
//   not read right, with what was read.
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/identifier_codes.h"
#include "analysis/identifier_extractor.h"

namespace {

using vankien::analysis::IdentifierMention;
using vankien::analysis::IdentifierSystem;

// A regular number taken apart: Party NUMBER-TYPE/BODY, State NUMBER[/YEAR]/TYPE-BODY, its type
// and body known to the code table.
struct Parts {
  std::string canonical;
  bool party = false;
  std::string number, year, type, body;
  std::string type_name;  // "Chỉ thị", for the cited sentence
};

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// The parts of `canonical`, or false when it is not one of the two regular shapes with a known
// type and body.
bool TakeApart(const std::string& canonical, Parts* parts) {
  const std::optional<IdentifierMention> m = vankien::analysis::ParseIdentifier(canonical);
  if (!m || m->canonical != canonical || m->type.empty() || m->body.empty()) return false;
  const vankien::analysis::Code* type = vankien::analysis::FindDocumentType(m->type);
  if (type == nullptr || vankien::analysis::FindIssuingBody(m->body) == nullptr) return false;
  parts->canonical = canonical;
  parts->party = m->system == IdentifierSystem::kParty;
  parts->number = m->number;
  parts->year = m->year;
  parts->type = m->type;
  parts->body = m->body;
  parts->type_name = std::string(type->name);
  const std::string rebuilt = parts->party ? m->number + "-" + m->type + "/" + m->body
                                           : m->number + "/" + (m->year.empty() ? "" : m->year + "/") + m->type +
                                                 "-" + m->body;
  return rebuilt == canonical;
}

// One way of spoiling a number: its name and how it writes the parts ("" when it does not apply).
struct Spoiling {
  std::string name;
  std::function<std::string(const Parts&)> write;
};

std::string YearPath(const Parts& p, const std::string& slash) {
  return p.year.empty() ? "" : p.year + slash;
}

std::vector<Spoiling> Spoilings() {
  return {
      {"as canonical", [](const Parts& p) { return p.canonical; }},
      {"blanks around separators",
       [](const Parts& p) {
         return p.party ? p.number + " - " + p.type + " / " + p.body
                        : p.number + " / " + YearPath(p, " / ") + p.type + " - " + p.body;
       }},
      {"en dash",
       [](const Parts& p) {
         return p.party ? p.number + " – " + p.type + "/" + p.body
                        : p.number + "/" + YearPath(p, "/") + p.type + "–" + p.body;
       }},
      {"slash for hyphen",  // Party "312 / QĐNS / TW"; State: a slash too many, "1512 / QĐ / TTg"
       [](const Parts& p) {
         return p.party ? p.number + "/" + p.type + "/" + p.body
                        : p.number + "/" + YearPath(p, "/") + p.type + "/" + p.body;
       }},
      {"slash for hyphen, spaced",
       [](const Parts& p) {
         return p.party ? p.number + " / " + p.type + " / " + p.body
                        : p.number + " / " + YearPath(p, " / ") + p.type + " / " + p.body;
       }},
      {"blank for hyphen",  // "47 KL / TW"; State: "30/2020/NĐ CP"
       [](const Parts& p) {
         return p.party ? p.number + " " + p.type + " / " + p.body
                        : p.number + "/" + YearPath(p, "/") + p.type + " " + p.body;
       }},
      {"hyphen left out",  // "858CV/ĐUK"; State: "121/2003/NĐCP"
       [](const Parts& p) {
         return p.party ? p.number + p.type + "/" + p.body : p.number + "/" + YearPath(p, "/") + p.type + p.body;
       }},
      {"other system's punctuation",  // "35 - NQ / CP"; Party "31/QĐ-TW"
       [](const Parts& p) -> std::string {
         if (p.party) return p.number + "/" + p.type + "-" + p.body;
         if (!p.year.empty()) return "";
         return p.number + " - " + p.type + " / " + p.body;
       }},
      {"year by a dash",  // "25/2009 - QĐ / UBND", "134/2016-NĐ-CP"
       [](const Parts& p) -> std::string {
         if (p.party || p.year.empty()) return "";
         return p.number + "/" + p.year + " - " + p.type + " / " + p.body;
       }},
      {"year by a glued dash",
       [](const Parts& p) -> std::string {
         if (p.party || p.year.empty()) return "";
         return p.number + "/" + p.year + "-" + p.type + "-" + p.body;
       }},
      {"blank for the slash before the type",  // "Quyết định 309 QĐ-TTg", "67/2014 NĐ-CP"
       [](const Parts& p) -> std::string {
         if (p.party) return "";
         return p.number + (p.year.empty() ? "" : "/" + p.year) + " " + p.type + "-" + p.body;
       }},
      {"type glued to the number",  // "05CT/TW", "239QĐ-CP"
       [](const Parts& p) -> std::string {
         if (p.party) return p.number + p.type + "/" + p.body;
         if (!p.year.empty()) return "";
         return p.number + p.type + "-" + p.body;
       }},
      {"D for Đ",
       [](const Parts& p) -> std::string {
         if (p.canonical.find("Đ") == std::string::npos) return "";
         return ReplaceAll(p.canonical, "Đ", "D");
       }},
      {"D for Đ, blanks",
       [](const Parts& p) -> std::string {
         if (p.canonical.find("Đ") == std::string::npos) return "";
         const std::string type = ReplaceAll(p.type, "Đ", "D");
         const std::string body = ReplaceAll(p.body, "Đ", "D");
         return p.party ? p.number + " - " + type + " / " + body
                        : p.number + " / " + YearPath(p, " / ") + type + " - " + body;
       }},
      {"capitals everywhere",  // "QĐ-TTG"
       [](const Parts& p) -> std::string {
         std::string upper = p.canonical;
         for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
         upper = ReplaceAll(upper, "đ", "Đ");
         return upper == p.canonical ? "" : upper;
       }},
      {"TƯ for TW",
       [](const Parts& p) -> std::string {
         if (!p.party || p.body != "TW") return "";
         return p.number + " – " + p.type + "/TƯ";
       }},
      {"type and body swapped",  // "512 - TU / TB"
       [](const Parts& p) -> std::string {
         if (!p.party) return "";
         return p.number + " - " + p.body + " / " + p.type;
       }},
      {"number without its leading zero",
       [](const Parts& p) -> std::string {
         if (p.number.size() != 2 || p.number[0] != '0') return "";
         return p.canonical.substr(1);
       }},
      {"a line break inside",
       [](const Parts& p) {
         return p.party ? p.number + "-" + p.type + "/\n" + p.body
                        : p.number + "/" + YearPath(p, "/") + p.type + "-\n" + p.body;
       }},
      {"a page break inside",  // a converter's text: blank lines and the page's number between
       [](const Parts& p) {
         return p.party ? p.number + "-" + p.type + "/\n\n- 2 -\n\n" + p.body
                        : p.number + "/" + YearPath(p, "/") + p.type + "-\n\nTrang 2/5\n\n" + p.body;
       }},
      {"a blank inside the body",  // OCR: "05-CT/T W", "30/2020/NĐ-C P"
       [](const Parts& p) -> std::string {
         const std::size_t cut = p.body.size() - 1;
         if (p.body.size() < 2 || (static_cast<unsigned char>(p.body[cut]) & 0xC0) == 0x80) return "";
         const std::string body = p.body.substr(0, cut) + " " + p.body.substr(cut);
         return p.party ? p.number + "-" + p.type + "/" + body
                        : p.number + "/" + YearPath(p, "/") + p.type + "-" + body;
       }},
      {"a blank inside the year",  // OCR: "30/20 20/NĐ-CP"
       [](const Parts& p) -> std::string {
         if (p.party || p.year.empty()) return "";
         return p.number + "/" + p.year.substr(0, 2) + " " + p.year.substr(2) + "/" + p.type + "-" + p.body;
       }},
      {"backslashes for slashes",  // "45\\2019\\TT-BTC"
       [](const Parts& p) {
         return ReplaceAll(p.canonical, "/", "\\");
       }},
  };
}

// The sentences a written number is set in: cited by its type's name, and not.
std::string Cited(const Parts& p, const std::string& written) {
  return "Các đơn vị quán triệt " + p.type_name + " số " + written + " ngày 12/3 trong toàn ngành.";
}
std::string Uncited(const std::string& written) {
  return "Theo đó, " + written + " đã được các đơn vị triển khai.";
}
std::string GluedSo(const std::string& written) {
  return "Thực hiện văn bản số" + written + ", các đơn vị triển khai.";
}

// What the extractor reads in `sentence`: right (the canonical alone), wrong (anything else) or nothing.
enum class Outcome { kRight, kWrong, kNothing };
Outcome Read(const std::string& sentence, const std::string& canonical, std::string* read) {
  const std::vector<IdentifierMention> found = vankien::analysis::ExtractIdentifiers(sentence);
  read->clear();
  for (const IdentifierMention& m : found) *read += (read->empty() ? "" : " ; ") + m.canonical;
  if (found.empty()) return Outcome::kNothing;
  return found.size() == 1 && found[0].canonical == canonical ? Outcome::kRight : Outcome::kWrong;
}

}  // namespace

int main(int argc, char** argv) {
  std::string show;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: messy_variants [--show SPOILING] TSV...\n";
    return 2;
  }
  std::set<std::string> canonicals;
  for (const std::string& file : files) {
    std::ifstream in(file);
    if (!in) {
      std::cerr << file << ": cannot be read\n";
      return 2;
    }
    std::string line;
    std::getline(in, line);
    int column = -1;
    {
      std::istringstream header(line);
      std::string field;
      for (int i = 0; std::getline(header, field, '\t'); ++i) {
        if (field == "canonical") column = i;
      }
    }
    if (column < 0) {
      std::cerr << file << ": no column named canonical in its header\n";
      return 2;
    }
    while (std::getline(in, line)) {
      std::istringstream row(line);
      std::string field;
      for (int i = 0; std::getline(row, field, '\t'); ++i) {
        if (i == column && !field.empty()) canonicals.insert(field);
      }
    }
  }
  std::vector<Parts> numbers;
  for (const std::string& canonical : canonicals) {
    if (Parts parts; TakeApart(canonical, &parts)) numbers.push_back(parts);
  }
  std::printf("%zu numbers of the regular shapes with a known body (of %zu distinct in the tables)\n\n", numbers.size(),
              canonicals.size());
  std::printf("%-38s %6s | %-22s | %-22s\n", "spoiling", "system", "cited: right/wrong/of",
              "not cited: right/wrong/of");
  for (const Spoiling& spoiling : Spoilings()) {
    for (const bool party : {true, false}) {
      int tried = 0;
      int right[2] = {0, 0};
      int wrong[2] = {0, 0};
      for (const Parts& p : numbers) {
        if (p.party != party) continue;
        const std::string written = spoiling.write(p);
        if (written.empty()) continue;
        ++tried;
        const std::string sentences[2] = {Cited(p, written), Uncited(written)};
        for (int s = 0; s < 2; ++s) {
          std::string read;
          const Outcome outcome = Read(sentences[s], p.canonical, &read);
          right[s] += outcome == Outcome::kRight;
          wrong[s] += outcome == Outcome::kWrong;
          if (spoiling.name == show && outcome != Outcome::kRight) {
            std::printf("  %s | %s | read: %s\n", s == 0 ? "cited    " : "not cited", sentences[s].c_str(),
                        read.empty() ? "nothing" : read.c_str());
          }
        }
      }
      if (tried == 0) continue;
      std::printf("%-38s %6s | %5d %4d %5d %5.3f | %5d %4d %5d %5.3f\n", spoiling.name.c_str(),
                  party ? "Party" : "State",
                  right[0], wrong[0], tried, static_cast<double>(right[0]) / tried, right[1], wrong[1], tried,
                  static_cast<double>(right[1]) / tried);
    }
  }
  // "số" glued to the number, the clean form: "số05-CT/TW".
  int right = 0;
  for (const Parts& p : numbers) {
    std::string read;
    right += Read(GluedSo(p.canonical), p.canonical, &read) == Outcome::kRight;
  }
  std::printf("%-38s %6s | %5d of %5zu\n", "số glued to the number", "both", right, numbers.size());
  return 0;
}
