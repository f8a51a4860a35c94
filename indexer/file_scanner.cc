#include "indexer/file_scanner.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "readers/file_reader.h"
#include "schema/file_state.h"

namespace vankien::indexer {
namespace fs = std::filesystem;
namespace {

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

// What a file that is neither regular nor a folder is, for the reasons given.
std::string KindOf(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO (named pipe)";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

// Whether `path` is `folder` or below it; both canonical.
bool IsWithin(const fs::path& path, const fs::path& folder) {
  return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first == folder.end();
}

// What a walked entry turns out to be.
struct Verdict {
  enum Kind { kFile, kFolder, kFolderLink, kGone, kUnreadable, kRefused } kind;
  std::string reason;  // for kUnreadable and kRefused
};

// Judges a walked entry by its own type (a link is not followed to find it). A link is resolved
// in full (canonical) before it is compared with the canonical `roots`, so that neither a chain
// of links nor ".." in one leads out unseen; then its final target's type is judged.
Verdict Judge(const fs::directory_entry& entry, const std::vector<fs::path>& roots, LinkPolicy links) {
  const fs::path& path = entry.path();
  std::error_code error;
  const fs::file_status own = entry.symlink_status(error);
  if (error == std::errc::permission_denied) return {Verdict::kUnreadable, "cannot read: " + error.message()};
  if (error) return {Verdict::kGone, ""};  // removed since its folder was listed
  if (fs::is_directory(own)) return {Verdict::kFolder, ""};
  if (fs::is_regular_file(own)) return {Verdict::kFile, ""};
  if (!fs::is_symlink(own)) return {Verdict::kRefused, KindOf(own.type()) + ", not a regular file"};
  const fs::path written = fs::read_symlink(path, error);  // what the link says, for the reasons
  const fs::path real = fs::canonical(path, error);
  if (error == std::errc::permission_denied) return {Verdict::kUnreadable, "cannot read: " + error.message()};
  if (error == std::errc::too_many_symbolic_link_levels) {
    return {Verdict::kRefused, "a link loop (the link leads to " + written.string() + ")"};
  }
  if (error) return {Verdict::kRefused, "a link to nothing: it leads to " + written.string() + ", which does not exist"};
  const fs::file_status status = fs::status(real, error);
  if (error) return {Verdict::kUnreadable, "cannot read: " + error.message()};
  if (fs::is_directory(status)) return {Verdict::kFolderLink, ""};
  if (links == LinkPolicy::kInsideRoots &&
      std::none_of(roots.begin(), roots.end(), [&](const fs::path& root) { return IsWithin(real, root); })) {
    return {Verdict::kRefused, "a link leading outside the indexed folders, to " + real.string() +
                                   " (vankien-index --follow-links follows it)"};
  }
  if (!fs::is_regular_file(status)) {
    return {Verdict::kRefused, "a link to " + KindOf(status.type()) + " (" + real.string() + "), not a regular file"};
  }
  return {Verdict::kFile, ""};
}

}  // namespace

ScanResult ScanPaths(const std::vector<fs::path>& paths, LinkPolicy links) {
  ScanResult result;
  // Where links found in folders may lead: the paths given, each resolved in full.
  std::vector<fs::path> real_roots;
  for (const fs::path& given : paths) {
    std::error_code error;
    fs::path real = fs::canonical(given, error);
    if (!error) real_roots.push_back(std::move(real));
  }
  // `key` is where the file is found (a link keeps its own place, so that removing the link
  // removes its documents); a file reached twice (overlapping roots, a link to a file also
  // listed) is taken once, under its first key in path order.
  std::vector<std::pair<ScannedFile, fs::path>> found;  // with where each really is
  auto add_file = [&](const fs::path& file, const fs::path& key, const std::string& id) {
    std::error_code error;
    fs::path real = fs::weakly_canonical(fs::absolute(file), error);
    if (error) real = fs::absolute(file).lexically_normal();
    ScannedFile scanned;
    scanned.path = key;
    scanned.id = id;
    scanned.size = fs::file_size(file, error);
    if (!error) scanned.mtime_ns = schema::FileModificationTime(file, error);
    if (error) {
      result.problems.push_back(file.string() + ": cannot read: " + error.message());
      if (error == std::errc::permission_denied) result.unreadable.insert(key);  // not gone: keep it
      return;
    }
    found.emplace_back(std::move(scanned), std::move(real));
  };

  for (const fs::path& given : paths) {
    std::error_code error;
    fs::file_status status = fs::status(given, error);
    if (error || !fs::exists(status)) {
      result.problems.push_back(given.string() + ": no such file or directory");
      continue;
    }
    fs::path root = fs::weakly_canonical(fs::absolute(given), error);
    if (fs::is_directory(status)) {
      result.roots.push_back({root, true, true, {}});
      ScanRoot& scan_root = result.roots.back();
      fs::recursive_directory_iterator it(given, fs::directory_options::none, error);
      if (error) {
        result.problems.push_back(given.string() + ": cannot list: " + error.message());
        scan_root.complete = false;
        continue;
      }
      // Where a walked path is, under the root as given (absolute, normalised).
      auto under_root = [&](const fs::path& walked) {
        return (root / walked.lexically_relative(given)).lexically_normal();
      };
      // An error ends the walk (the iterator may then equal the end): it is checked after each
      // step, not only inside the loop.
      for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (IsHidden(it->path())) {
          if (it->is_directory(error)) it.disable_recursion_pending();
          continue;
        }
        const Verdict verdict = Judge(*it, real_roots, links);
        // A folder that cannot be opened is reported and left out, and the walk goes on.
        if (verdict.kind == Verdict::kFolder) {
          std::error_code open_error;
          fs::directory_iterator probe(it->path(), open_error);
          if (open_error) {
            result.problems.push_back(it->path().string() + ": cannot list: " + open_error.message());
            scan_root.unlisted.push_back(under_root(it->path()));
            it.disable_recursion_pending();
          }
          continue;
        }
        // A link to a folder is not followed (a loop needs no guard); a gone entry is gone.
        if (verdict.kind == Verdict::kFolderLink || verdict.kind == Verdict::kGone) continue;
        if (verdict.kind == Verdict::kRefused) {
          result.refused.emplace(under_root(it->path()), verdict.reason);
          continue;
        }
        if (verdict.kind == Verdict::kUnreadable) {
          // No permission to look at it: it is there, so what the index holds of it is kept.
          if (readers::IsIndexableFile(it->path())) {
            result.problems.push_back(it->path().string() + ": " + verdict.reason);
            result.unreadable.insert(under_root(it->path()));
          }
          continue;
        }
        if (!readers::IsIndexableFile(it->path())) {
          result.ignored.push_back(under_root(it->path()));
          continue;
        }
        const fs::path relative = it->path().lexically_relative(given);
        add_file(it->path(), (root / relative).lexically_normal(), relative.generic_string());
      }
      if (error) {
        result.problems.push_back(given.string() + ": cannot list all of it: " + error.message());
        scan_root.complete = false;
      }
    } else if (fs::is_regular_file(status)) {
      // A file named explicitly is read whatever its extension: as XML if .xml, else as text.
      result.roots.push_back({root, false, true, {}});
      add_file(given, root, given.filename().generic_string());
    } else {
      result.problems.push_back(given.string() + ": not a regular file or directory");
    }
  }
  std::sort(result.ignored.begin(), result.ignored.end());
  result.ignored.erase(std::unique(result.ignored.begin(), result.ignored.end()), result.ignored.end());
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.path < b.first.path; });
  std::set<fs::path> seen;
  for (auto& [file, real] : found) {
    if (seen.insert(real).second) result.files.push_back(std::move(file));
  }
  return result;
}

}  // namespace vankien::indexer
