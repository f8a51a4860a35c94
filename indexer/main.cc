// vankien-index: builds and updates a vankien index from folders of documents.
#include <unistd.h>

#include <boost/program_options.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

#include "indexer/index_check.h"
#include "indexer/indexer.h"
#include "schema/deleted_documents.h"
#include "shards/sharded_index.h"

namespace po = boost::program_options;
using vankien::indexer::IndexError;
using vankien::indexer::IndexOptions;
using vankien::indexer::Reporter;
using vankien::indexer::Verbosity;

namespace {

// Exit codes, documented in --help and the README.
constexpr int kExitOk = 0;
constexpr int kExitSomeFilesFailed = 1;
constexpr int kExitUsageOrIndexError = 2;

constexpr const char* kUsage =
    "Usage: vankien-index --db DIR [options] PATH...\n"
    "Indexes the documents under each PATH into the index DIR — .xml (vankien format), .txt,\n"
    "PDF (scanned pages with OCR), DOCX, ODT, HTML, .doc and RTF, told by their content —\n"
    "and keeps it in step on later runs: new files are added, changed ones re-indexed,\n"
    "removed ones removed, unchanged ones skipped.\n"
    "A link found in a folder is followed only to a file inside the PATHs (resolving every link);\n"
    "others, links to nothing, link loops, FIFOs, sockets and devices are reported and skipped.\n"
    "A PATH that is itself a link is followed.\n\n";

constexpr const char* kExitCodes =
    "\nExit status:\n"
    "  0  every file was indexed (or was unchanged)\n"
    "  1  some files could not be indexed; each was reported, the rest are indexed\n"
    "  2  usage error, or the index could not be opened or written\n";

// "64M", "2G", "500000": a byte count with an optional K, M or G suffix.
std::uintmax_t ParseSize(const std::string& text) {
  const std::string usage = "--max-file-size " + text + ": give a size such as 500000, 64M or 2G";
  if (text.empty() || text[0] < '0' || text[0] > '9') throw std::invalid_argument(usage);
  std::size_t used = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &used);
  } catch (const std::out_of_range&) {
    throw std::invalid_argument(usage);
  }
  std::string suffix = text.substr(used);
  int shift = suffix.empty() ? 0 : suffix == "K" || suffix == "k" ? 10 : suffix == "M" || suffix == "m" ? 20
            : suffix == "G" || suffix == "g" ? 30 : -1;
  if (shift < 0 || value > (~0ULL >> shift)) throw std::invalid_argument(usage);
  return value << shift;
}

// The taxonomy used when --topics is not given: the installed one, else the source tree's.
// The installed data file, else the source tree's (a build run in place); "" when neither is.
std::string DefaultDataFile(const char* installed, const char* source) {
  for (const char* candidate : {installed, source}) {
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate, error)) return candidate;
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  IndexOptions options;
  std::string db;
  std::vector<std::string> paths;
  std::string files_from;
  std::string max_file_size = "64M";
  std::string topics_file;
  std::string plenums_file;
  std::string abbreviations_file;
  po::options_description visible("Options");
  visible.add_options()
      ("db", po::value<std::string>(&db)->value_name("DIR"), "the index directory (created if missing)")
      ("files-from", po::value<std::string>(&files_from)->value_name("FILE"),
       "also index the paths listed in FILE, one per line ('-' reads standard input)")
      ("jobs,j", po::value<unsigned>(&options.jobs)->value_name("N"),
       "analysis threads (default: one per core)")
      ("max-file-size", po::value<std::string>(&max_file_size)->value_name("SIZE"),
       "refuse files larger than SIZE bytes; K, M, G suffixes (default 64M)")
      ("batch", po::value<std::size_t>(&options.batch_documents)->value_name("N"),
       "commit every N documents (default 500)")
      ("topics", po::value<std::string>(&topics_file)->value_name("FILE"),
       "the topic taxonomy (default: the installed topics.xml, else corpus/topics.xml of the "
       "source tree)")
      ("plenums", po::value<std::string>(&plenums_file)->value_name("FILE"),
       "the plenum table that names such as \"Nghị quyết Trung ương 4 khóa XII\" are resolved with "
       "(default: the installed plenums.xml, else corpus/plenums.xml of the source tree)")
      ("abbreviations", po::value<std::string>(&abbreviations_file)->value_name("FILE"),
       "the abbreviations (UBND, HĐND …) that queries find written either way (default: the "
       "installed abbreviations.xml, else corpus/abbreviations.xml of the source tree)")
      ("follow-links", "follow links found in the folders to files anywhere, not only inside the PATHs "
                       "(a link to /etc/shadow would make it searchable)")
      ("no-topics", "assign no topics")
      ("no-abbreviations", "store no abbreviation table: queries find abbreviations only as written")
      ("no-ocr", "do not read scanned pages with OCR (a PDF page without text is then left out)")
      ("shards", po::value<std::size_t>(&options.shards)->value_name("N"),
       "make DIR a sharded index of N shards, each file going to the shard its path hashes to "
       "(docs/shards.md); every later run must give the same N")
      ("rebuild", "build the index anew from the PATHs given (reclaims the space of replaced and "
                  "removed documents; reads an index of an older version); the old index is "
                  "searchable until the new one replaces it")
      ("check", "check that the index is consistent, then exit (0 consistent, 2 not)")
      ("quiet,q", "print only problems")
      ("verbose,v", "print what happens to every file")
      ("help,h", "show this help and exit")
      ("version", "show the version and exit");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&paths));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("path", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    options.limits.max_bytes = ParseSize(max_file_size);
    options.limits.extract.ocr = vm.count("no-ocr") == 0;
  } catch (const std::exception& e) {
    std::cerr << "vankien-index: " << e.what() << "\nTry 'vankien-index --help'.\n";
    return kExitUsageOrIndexError;
  }
  if (vm.count("help")) {
    std::cout << kUsage << visible << kExitCodes;
    return kExitOk;
  }
  if (vm.count("version")) {
    std::cout << "vankien-index " << VANKIEN_VERSION << "\n";
    return kExitOk;
  }
  if (!files_from.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (files_from != "-") {
      file.open(files_from);
      if (!file) {
        std::cerr << "vankien-index: cannot read the file list " << files_from << "\n";
        return kExitUsageOrIndexError;
      }
      in = &file;
    }
    for (std::string line; std::getline(*in, line);) {
      if (!line.empty()) paths.push_back(line);
    }
  }
  if (vm.count("check")) {
    if (db.empty()) {
      std::cerr << "vankien-index: --check needs --db DIR\n";
      return kExitUsageOrIndexError;
    }
    try {
      const vankien::shards::ShardedIndex index(db);
      std::vector<std::string> problems = vankien::indexer::CheckShardedIndex(index);
      for (const std::string& problem : problems) std::cerr << problem << "\n";
      std::cout << vankien::schema::LiveDocumentCount(index.combined(), index.Deleted())
                << " documents; "
                << (problems.empty() ? "consistent" : std::to_string(problems.size()) + " problems") << "\n";
      return problems.empty() ? kExitOk : kExitUsageOrIndexError;
    } catch (const Xapian::Error& e) {
      std::cerr << "vankien-index: cannot open the index " << db << ": " << e.get_description() << "\n";
      return kExitUsageOrIndexError;
    } catch (const std::runtime_error& e) {
      std::cerr << "vankien-index: the index " << db << " is damaged: " << e.what() << "\n";
      return kExitUsageOrIndexError;
    }
  }
  if (db.empty() || paths.empty()) {
    std::cerr << "vankien-index: " << (db.empty() ? "--db DIR is required" : "no PATH to index")
              << "\nTry 'vankien-index --help'.\n";
    return kExitUsageOrIndexError;
  }
  if (vm.count("quiet") && vm.count("verbose")) {
    std::cerr << "vankien-index: --quiet and --verbose exclude each other\n";
    return kExitUsageOrIndexError;
  }
  if (options.batch_documents == 0) options.batch_documents = 1;
  options.db = db;
  for (const std::string& path : paths) options.paths.emplace_back(path);

  Verbosity verbosity = vm.count("quiet")     ? Verbosity::kQuiet
                        : vm.count("verbose") ? Verbosity::kVerbose
                                              : Verbosity::kNormal;
  Reporter reporter(verbosity, ::isatty(STDERR_FILENO) == 1);
  std::optional<vankien::indexer::Taxonomy> taxonomy;
  options.rebuild = vm.count("rebuild") > 0;
  if (vm.count("follow-links")) options.links = vankien::indexer::LinkPolicy::kAnywhere;
  if (!vm.count("no-topics")) {
    if (topics_file.empty()) topics_file = DefaultDataFile(VANKIEN_INSTALLED_TOPICS, VANKIEN_SOURCE_TOPICS);
    if (topics_file.empty()) {
      reporter.Note("no topic taxonomy found (--topics FILE): documents get no topics");
    } else {
      try {
        taxonomy = vankien::indexer::LoadTaxonomy(topics_file);
      } catch (const vankien::indexer::TaxonomyError& e) {
        std::cerr << "vankien-index: " << e.what() << "\n";
        return kExitUsageOrIndexError;
      }
      options.taxonomy = &*taxonomy;
    }
  }
  std::optional<vankien::indexer::PlenumTable> plenums;
  if (plenums_file.empty()) plenums_file = DefaultDataFile(VANKIEN_INSTALLED_PLENUMS, VANKIEN_SOURCE_PLENUMS);
  if (plenums_file.empty()) {
    reporter.Note("no plenum table found (--plenums FILE): plenum names are linked only where a number is beside them");
  } else {
    try {
      plenums = vankien::indexer::LoadPlenumTable(plenums_file);
    } catch (const vankien::indexer::PlenumTableError& e) {
      std::cerr << "vankien-index: " << e.what() << "\n";
      return kExitUsageOrIndexError;
    }
    options.plenums = &*plenums;
  }
  std::optional<vankien::indexer::AbbreviationTable> abbreviations;
  if (!vm.count("no-abbreviations")) {
    if (abbreviations_file.empty()) {
      abbreviations_file = DefaultDataFile(VANKIEN_INSTALLED_ABBREVIATIONS, VANKIEN_SOURCE_ABBREVIATIONS);
    }
    if (abbreviations_file.empty()) {
      reporter.Note("no abbreviation table found (--abbreviations FILE): queries find abbreviations only as written");
    } else {
      try {
        abbreviations = vankien::indexer::LoadAbbreviationTable(abbreviations_file);
      } catch (const vankien::indexer::AbbreviationTableError& e) {
        std::cerr << "vankien-index: " << e.what() << "\n";
        return kExitUsageOrIndexError;
      }
      options.abbreviations = &*abbreviations;
    }
  }
  try {
    vankien::indexer::IndexSummary summary = vankien::indexer::UpdateIndex(options, &reporter);
    reporter.Summary(summary);
    return summary.failed > 0 ? kExitSomeFilesFailed : kExitOk;
  } catch (const IndexError& e) {
    std::cerr << "vankien-index: " << e.what() << "\n";
    return kExitUsageOrIndexError;
  } catch (const std::exception& e) {
    std::cerr << "vankien-index: unexpected error: " << e.what() << "\n";
    return kExitUsageOrIndexError;
  }
}
