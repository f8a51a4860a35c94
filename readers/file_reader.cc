#include "readers/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "analysis/utf8.h"
#include "readers/file_format.h"
#include "readers/legacy_encoding.h"
#include "readers/paragraph_text.h"
#include "readers/text_cleanup.h"
#include "readers/txt_reader.h"
#include "readers/xml_reader.h"

namespace vankien::readers {
namespace {

// Text that is not UTF-8 and not in a legacy encoding that could be told is refused when it
// has this many ill-formed sequences; a few stray ones are indexed with replacement instead.
constexpr double kMaxInvalidShare = 0.01;
constexpr std::size_t kInvalidAlwaysAllowed = 16;

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  return head.find('\0') != std::string_view::npos;
}

}  // namespace

bool IsIndexableFile(const std::filesystem::path& path) {
  return FormatOfName(path) != FileFormat::kUnknown || !path.has_extension();
}

namespace {

// The corpus XML or a plain-text article, read here: vankien's own parsers.
ReadResult ReadOwnFormat(std::string_view bytes, const std::string& id, bool xml) {
  ReadResult result;
  std::string decoded;  // the text of a legacy-encoded file, in UTF-8
  // XML may legitimately be UTF-16 (pugixml converts it); plain text must be UTF-8.
  const bool utf16_bom = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  if (!xml && utf16_bom) {
    result.error = ReadError{"UTF-16 text is not supported: convert the file to UTF-8"};
    return result;
  }
  if (!(xml && utf16_bom)) {
    if (LooksBinary(bytes)) {
      result.error = ReadError{"binary file (contains NUL bytes), not text"};
      return result;
    }
    const std::size_t invalid = analysis::CountInvalidUtf8(bytes);
    // Plain text typed in TCVN3, VNI, VISCII or Windows-1258 is read as the Unicode it
    // means, even a short file with few ill-formed sequences. (XML names its encoding.)
    const std::optional<LegacyEncoding> legacy =
        invalid > 0 && !xml ? DetectLegacyBytes(bytes) : std::nullopt;
    if (legacy) {
      decoded = DecodeLegacyBytes(bytes, *legacy);
      bytes = decoded;
    } else if (invalid > kInvalidAlwaysAllowed && invalid > kMaxInvalidShare * bytes.size()) {
      result.error = ReadError{
          "not UTF-8: " + std::to_string(invalid) +
          " ill-formed sequences, nor Vietnamese in a legacy encoding that could be told "
          "(TCVN3, VNI, VISCII, Windows-1258); convert it to UTF-8"};
      return result;
    }
  }
  return xml ? ReadXmlDocuments(bytes) : ReadTextArticle(bytes, id);
}

}  // namespace

ReadResult RecordsOfExtraction(const Extraction& extraction, const std::string& id) {
  ReadResult result = ReadTextArticle(PlainText(extraction), id, LineBreaks::kWrapped);
  result.pages = extraction.pages;
  result.ocr_pages = extraction.ocr_pages;
  result.ocr_seconds = extraction.ocr_seconds;
  result.notes = extraction.notes;
  if (result.error) {
    // A file whose only text the reader left out (scanned pages with OCR off) gets one line
    // saying why, not a note and then "empty file".
    if (!result.notes.empty()) {
      std::string why;
      for (const std::string& note : result.notes) why += (why.empty() ? "" : "; ") + note;
      result.error->message = "no text to index: " + why;
      result.notes.clear();
    }
    return result;
  }
  // What the container says fills what the text does not: its title, date and source are
  // often a template's ("Microsoft Word - Document1", the day the file was saved), so the
  // text's own come first.
  const ContainerMetadata& container = extraction.metadata;
  for (schema::DocumentRecord& record : result.documents) {
    if (record.title.empty()) record.title = CollapseWhitespace(container.title);
    if (record.date.empty()) record.date = container.date;
    if (record.source.empty()) record.source = CollapseWhitespace(container.source);
    if (record.subject.empty() && record.kind == "article") record.subject = CollapseWhitespace(container.subject);
  }
  return result;
}

ReadResult ReadDocumentBytes(std::string_view bytes, const std::string& id, const ReadOptions& options) {
  ReadResult result;
  if (bytes.empty()) {
    result.error = ReadError{"empty file"};
    return result;
  }
  const FileFormat format = DetectFormat(bytes, id);
  switch (format) {
    case FileFormat::kUnknown:
      result.foreign_format = true;
      result.error = ReadError{"not a document format vankien reads"};
      return result;
    case FileFormat::kXml:
    case FileFormat::kText:
      result = ReadOwnFormat(bytes, id, format == FileFormat::kXml);
      break;
    default:
      try {
        result = RecordsOfExtraction(ExtractInChild(format, bytes, options.extract, options.child), id);
      } catch (const MissingComponent& missing) {
        result.missing_package = missing.package();
        result.error = ReadError{missing.what()};
      } catch (const ExtractionError& error) {
        result.error = ReadError{std::string(FormatName(format)) + ": " + error.what()};
      }
  }
  result.format = FormatName(format);
  for (schema::DocumentRecord& record : result.documents) record.path = id;
  return result;
}

namespace {

// Closes a file descriptor when it goes out of scope.
class OpenFile {
 public:
  explicit OpenFile(int fd) : fd_(fd) {}
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  ~OpenFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const { return fd_; }

 private:
  int fd_;
};

ReadError CannotRead(int error_number) { return ReadError{std::string("cannot read: ") + std::strerror(error_number)}; }

}  // namespace

std::optional<ReadError> ReadFileBytes(const std::filesystem::path& path, const ReadOptions& limits,
                                       std::string* bytes) {
  // What the scan saw as a regular file may since have been replaced. Opening without waiting
  // (O_NONBLOCK: a FIFO would otherwise block the open until a writer came; O_NOCTTY: a
  // terminal must not become the controlling one) and judging the open file, not the name,
  // refuses whatever is there now that is not a regular file.
  const OpenFile file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (file.fd() < 0) return CannotRead(errno);
  struct stat info {};
  if (::fstat(file.fd(), &info) != 0) return CannotRead(errno);
  if (!S_ISREG(info.st_mode)) return ReadError{"cannot read: not a regular file"};
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > limits.max_bytes) {
    return ReadError{"too large: " + std::to_string(size) + " bytes, over the limit of " +
                     std::to_string(limits.max_bytes) + " (--max-file-size)"};
  }
  bytes->assign(static_cast<std::size_t>(size), '\0');
  std::size_t done = 0;
  while (done < bytes->size()) {
    const ssize_t got = ::read(file.fd(), bytes->data() + done, bytes->size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return CannotRead(errno);
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  char more = 0;
  ssize_t extra = 0;
  do {
    extra = ::read(file.fd(), &more, 1);
  } while (extra < 0 && errno == EINTR);
  if (extra < 0) return CannotRead(errno);
  if (done != size || extra != 0) return ReadError{"cannot read: the file changed size while it was being read"};
  return std::nullopt;
}

ReadResult ReadDocumentFile(const std::filesystem::path& path, const std::string& id,
                            const ReadOptions& options) {
  std::string bytes;
  if (auto error = ReadFileBytes(path, options, &bytes)) {
    ReadResult result;
    result.error = std::move(error);
    return result;
  }
  return ReadDocumentBytes(bytes, id, options);
}

}  // namespace vankien::readers
