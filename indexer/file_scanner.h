// Finds the files to index under the paths given on the command line.
#ifndef VANKIEN_INDEXER_FILE_SCANNER_H_
#define VANKIEN_INDEXER_FILE_SCANNER_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace vankien::indexer {

struct ScannedFile {
  std::filesystem::path path;  // absolute and normalised: the file's key in the index
  std::string id;              // path below the root it was found under ("a/b.txt")
  std::uintmax_t size = 0;
  int64_t mtime_ns = 0;        // modification time, nanoseconds since the epoch
};

// A path given to the indexer and what was found under it.
struct ScanRoot {
  std::filesystem::path path;  // absolute and normalised
  bool is_directory = false;
  // False when the directory could not be listed to its end: files missing from the scan may
  // still exist, so none of them may be taken as removed.
  bool complete = true;
  // Folders below it that could not be listed (no permission): nothing under them may be taken
  // as removed either. Absolute and normalised, like the files.
  std::vector<std::filesystem::path> unlisted;
};

struct ScanResult {
  std::vector<ScanRoot> roots;
  std::vector<ScannedFile> files;        // indexable files (readers::IsIndexableFile), sorted by path
  std::vector<std::string> problems;     // "PATH: reason" for paths that could not be scanned
  // Files found whose size and time could not be read for want of permission (each also in
  // `problems`): what the index holds of them is kept until they can be read.
  std::set<std::filesystem::path> unreadable;
  std::vector<std::filesystem::path> ignored;  // regular files with other extensions, sorted, each once
  // Entries found in a folder that are not read, by path (absolute and normalised, like the
  // files), each with why: a FIFO, socket or device (opening one may block or act on hardware),
  // a link to nothing, a link loop, a link to such a file, or a link leading outside the roots.
  // What the index holds under such a path goes: it is no longer a file the index may read.
  std::map<std::filesystem::path, std::string> refused;
};

// Where a link found in a folder may lead. A folder's content is what its owner put there; a
// link in it to /etc/shadow must not make that file searchable. Paths named on the command
// line are followed whatever they are links to: they are the user's explicit choice.
enum class LinkPolicy {
  kInsideRoots,  // only to a file inside one of the paths given (after resolving every link)
  kAnywhere,     // to any file (--follow-links)
};

// Walks every path: a directory recursively for its indexable files (hidden entries, whose
// names start with '.', are left out; symbolic links to directories are not followed), a file
// as itself whatever its extension. A file is listed under the path where it was found (a link
// to a file, under the link's path, so that removing the link removes the file from the index);
// a file found twice (two overlapping roots, a link to a file also listed) is listed once, under
// the first of its paths. A folder that cannot be opened is reported and left out. Nothing is
// opened but folders: a FIFO is never waited on. Links found in folders are followed as `links`
// allows; the others are in `refused`, with special files and broken links.
ScanResult ScanPaths(const std::vector<std::filesystem::path>& paths, LinkPolicy links);

}  // namespace vankien::indexer

#endif  // VANKIEN_INDEXER_FILE_SCANNER_H_
