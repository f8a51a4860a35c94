// Legacy encodings on real Vietnamese text: sentences of a corpus encoded in TCVN3, VNI,
// VISCII and Windows-1258, then detected and decoded back — as raw bytes and as the text a
// format misreads them as; how often plain UTF-8 paragraphs are taken for a legacy encoding;
// and how fast text is decoded.
//
// usage: bench_legacy DIR [FILES] [SENTENCES]   (DIR: a folder of UTF-8 text files)
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "analysis/utf8.h"
#include "readers/legacy_charsets.h"
#include "readers/legacy_encoding.h"

namespace {

using vankien::readers::LegacyEncoding;

constexpr LegacyEncoding kEncodings[] = {LegacyEncoding::kTcvn3, LegacyEncoding::kVni,
                                         LegacyEncoding::kViscii, LegacyEncoding::kCp1258};

double Seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string Nfc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(utf8), status);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string AsWindows1252(const std::string& bytes) {
  std::string out;
  for (char c : bytes) {
    vankien::analysis::AppendUtf8(vankien::readers::Windows1252(static_cast<unsigned char>(c)), &out);
  }
  return out;
}

int CountWords(const std::string& s) {
  std::istringstream in(s);
  std::string word;
  int words = 0;
  while (in >> word) ++words;
  return words;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (CountWords(line) > 0) lines.push_back(line);
  }
  return lines;
}

// Sentences of a line: cut after ". ".
std::vector<std::string> Sentences(const std::string& line) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t end = line.find(". ", start);
    end = end == std::string::npos ? line.size() : end + 1;
    sentences.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return sentences;
}

const char* Bucket(int words) { return words < 10 ? "5-9 words" : words < 20 ? "10-19 words" : "20+ words"; }

struct Tally {
  int right = 0, wrong = 0, none = 0, undecoded = 0;
};

void Print(const std::string& name, const Tally& t) {
  const int all = t.right + t.wrong + t.none;
  std::cout << "  " << name << ": " << t.right << "/" << all << " right ("
            << (all ? 100.0 * t.right / all : 0) << "%), " << t.wrong << " wrong encoding, "
            << t.none << " not detected, " << t.undecoded << " right but decoded differently\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_legacy DIR [FILES] [SENTENCES]\n";
    return 2;
  }
  const std::size_t max_files = argc > 2 ? std::stoul(argv[2]) : 300;
  const std::size_t max_sentences = argc > 3 ? std::stoul(argv[3]) : 400;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.size() > max_files) paths.resize(max_files);

  std::vector<std::string> paragraphs;
  std::vector<std::string> sentences;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    for (const std::string& line : Lines(buffer.str())) {
      paragraphs.push_back(line);
      for (const std::string& sentence : Sentences(line)) {
        const int words = CountWords(sentence);
        if (words >= 5 && words <= 80 && sentences.size() < max_sentences) sentences.push_back(sentence);
      }
    }
  }
  std::cout << paths.size() << " files, " << paragraphs.size() << " paragraphs, "
            << sentences.size() << " sentences\n";

  // Detection accuracy.
  std::map<std::string, Tally> raw, misread;
  int unencodable = 0;
  for (const std::string& sentence : sentences) {
    const std::string expected = Nfc(sentence);
    const char* bucket = Bucket(CountWords(sentence));
    for (LegacyEncoding encoding : kEncodings) {
      const std::optional<std::string> bytes = vankien::readers::EncodeLegacy(sentence, encoding);
      if (!bytes) {
        ++unencodable;
        continue;
      }
      const std::string name(vankien::readers::LegacyEncodingName(encoding));
      auto tally = [&](std::map<std::string, Tally>& tallies, std::optional<LegacyEncoding> found,
                       const std::string& decoded) {
        for (const std::string& key : {name, std::string(bucket), std::string("all")}) {
          Tally& t = tallies[key];
          if (!found) ++t.none;
          else if (*found != encoding) ++t.wrong;
          else ++t.right;
          if (found == encoding && decoded != expected) ++t.undecoded;
        }
      };
      const auto raw_found = vankien::readers::DetectLegacyBytes(*bytes);
      tally(raw, raw_found, vankien::readers::DecodeLegacyBytes(*bytes, encoding));
      const std::string text = AsWindows1252(*bytes);
      const auto misread_found = vankien::readers::DetectMisreadText(text);
      tally(misread, misread_found, vankien::readers::DecodeMisreadText(text, encoding));
    }
  }
  std::cout << "detection of raw bytes (" << unencodable << " sentence encodings impossible):\n";
  for (const auto& [name, t] : raw) Print(name, t);
  std::cout << "detection of misread text:\n";
  for (const auto& [name, t] : misread) Print(name, t);

  // False positives on the corpus as it is.
  int false_positives = 0;
  std::size_t bytes = 0;
  const double detect_start = Seconds();
  for (const std::string& paragraph : paragraphs) {
    bytes += paragraph.size();
    if (auto found = vankien::readers::DetectMisreadText(paragraph)) {
      ++false_positives;
      if (false_positives <= 5) {
        std::cout << "  false positive (" << vankien::readers::LegacyEncodingName(*found)
                  << "): " << paragraph.substr(0, 160) << "\n";
      }
    }
  }
  const double detect_seconds = Seconds() - detect_start;
  std::cout << "false positives on UTF-8 paragraphs: " << false_positives << " of "
            << paragraphs.size() << "\n";
  std::cout << "detection speed on UTF-8 paragraphs: " << bytes / 1e6 / detect_seconds << " MB/s\n";

  // Conversion speed, on the paragraphs typed in each encoding.
  for (LegacyEncoding encoding : kEncodings) {
    std::vector<std::string> raw_texts, misread_texts;
    std::size_t raw_bytes = 0, misread_bytes = 0;
    for (const std::string& paragraph : paragraphs) {
      if (auto encoded = vankien::readers::EncodeLegacy(paragraph, encoding)) {
        raw_bytes += encoded->size();
        misread_texts.push_back(AsWindows1252(*encoded));
        misread_bytes += misread_texts.back().size();
        raw_texts.push_back(std::move(*encoded));
      }
    }
    std::size_t out = 0;
    double start = Seconds();
    for (const std::string& text : raw_texts) out += vankien::readers::DecodeLegacyBytes(text, encoding).size();
    const double raw_seconds = Seconds() - start;
    start = Seconds();
    for (const std::string& text : misread_texts) out += vankien::readers::DecodeMisreadText(text, encoding).size();
    const double misread_seconds = Seconds() - start;
    std::cout << vankien::readers::LegacyEncodingName(encoding) << ": " << raw_texts.size()
              << " paragraphs, decoding raw bytes " << raw_bytes / 1e6 / raw_seconds
              << " MB/s, misread text " << misread_bytes / 1e6 / misread_seconds << " MB/s ("
              << out << " bytes out)\n";
  }
  return 0;
}
