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

}  // namespace

ScanResult ScanPaths(const std::vector<fs::path>& paths) {
  ScanResult result;
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
        // A folder that cannot be opened is reported and left out, and the walk goes on.
        if (it->is_directory(error)) {
          if (it->is_symlink(error)) continue;  // not followed
          std::error_code open_error;
          fs::directory_iterator probe(it->path(), open_error);
          if (open_error) {
            result.problems.push_back(it->path().string() + ": cannot list: " + open_error.message());
            scan_root.unlisted.push_back(under_root(it->path()));
            it.disable_recursion_pending();
          }
          continue;
        }
        if (!it->is_regular_file(error)) {
          // No permission to look at it: it is there, so what the index holds of it is kept. A
          // link to nothing is gone.
          if (error == std::errc::permission_denied && readers::IsIndexableFile(it->path())) {
            result.problems.push_back(it->path().string() + ": cannot read: " + error.message());
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
