// vankien-extract: reads one file of a format given on the command line from standard input and
// writes what it holds as JSON (readers/extraction_json.h) to standard output. vankien-index
// runs it for every PDF, DOCX, ODT, HTML, .doc and RTF file (readers/child_extraction.h), so a
// file that crashes or exhausts a parsing library costs that file alone; the limits are set on
// this process before a byte of the file is read.
#include <sys/resource.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <new>
#include <string>

#include "readers/child_extraction.h"
#include "readers/extraction_json.h"
#include "readers/format_readers.h"

namespace {

using namespace vankien::readers;

[[noreturn]] void Usage(const std::string& problem) {
  std::cerr << "vankien-extract: " << problem
            << "\nusage: vankien-extract --format pdf|docx|odt|html|doc|rtf [--no-ocr] [--threads N]"
               " [--max-memory-mb N] [--max-cpu-seconds N] [--max-unpacked-mb N] [--max-ratio X] < FILE\n";
  std::exit(kExitUsage);
}

FileFormat FormatNamed(const std::string& name) {
  for (FileFormat format : {FileFormat::kPdf, FileFormat::kDocx, FileFormat::kOdt, FileFormat::kHtml,
                            FileFormat::kDoc, FileFormat::kRtf}) {
    if (FormatName(format) == name) return format;
  }
  Usage("unknown format: " + name);
}

void Limit(int resource, rlim_t soft, rlim_t hard) {
  const rlimit limit{soft, hard};
  ::setrlimit(resource, &limit);
}

// AddressSanitizer reserves terabytes of address space for its shadow memory at start, so under
// it a limit on the address space fails every allocation that follows: tools/check.sh's
// sanitizer build reads with memory unlimited (and does not run the test of the limit).
#if defined(__SANITIZE_ADDRESS__)  // GCC's sign
constexpr bool kAddressSpaceLimitWorks = false;
#elif defined(__has_feature)  // clang's
#if __has_feature(address_sanitizer)
constexpr bool kAddressSpaceLimitWorks = false;
#else
constexpr bool kAddressSpaceLimitWorks = true;
#endif
#else
constexpr bool kAddressSpaceLimitWorks = true;
#endif

}  // namespace

int main(int argc, char** argv) {
  FileFormat format = FileFormat::kUnknown;
  ExtractOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string option = argv[i];
    if (option == "--no-ocr") {
      options.ocr = false;
      continue;
    }
    if (i + 1 >= argc) Usage(option + " needs a value");
    const std::string value = argv[++i];
    try {
      if (option == "--format") format = FormatNamed(value);
      else if (option == "--threads") options.threads = static_cast<unsigned>(std::stoul(value));
      else if (option == "--max-memory-mb" && kAddressSpaceLimitWorks) Limit(RLIMIT_AS, std::stoull(value) << 20, std::stoull(value) << 20);
      else if (option == "--max-memory-mb") std::stoull(value);  // checked, not applied (see above)
      else if (option == "--max-cpu-seconds") Limit(RLIMIT_CPU, std::stoull(value), std::stoull(value) + 5);
      else if (option == "--max-unpacked-mb") options.max_unpacked_bytes = std::stoull(value) << 20;
      else if (option == "--max-ratio") options.max_ratio = std::stod(value);
      else Usage("unknown option " + option);
    } catch (const std::logic_error&) {
      Usage("bad value for " + option + ": " + value);
    }
  }
  if (format == FileFormat::kUnknown) Usage("--format is required");
  Limit(RLIMIT_CORE, 0, 0);  // a crash is reported by the indexer; a core file helps no one
  // Tesseract's own OpenMP threads would multiply the threads the OCR already runs.
  ::setenv("OMP_THREAD_LIMIT", "1", 1);

  try {
    const std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::cout << ExtractionToJson(ReadFormat(format, bytes, options));
    std::cout.flush();
    return std::cout ? 0 : kExitUnreadable;
  } catch (const MissingComponent& missing) {
    std::cerr << missing.package() << '\t' << missing.what() << '\n';
    return kExitMissing;
  } catch (const ExtractionError& error) {
    std::cerr << error.what() << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "out of memory while reading it (the limit is --max-memory-mb)\n";
  } catch (const std::exception& error) {
    std::cerr << "cannot read it: " << error.what() << '\n';
  }
  return kExitUnreadable;
}
