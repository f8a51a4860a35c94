#include "server/static_files.h"

namespace vankien::server {
namespace fs = std::filesystem;

std::optional<fs::path> ResolveStaticPath(const fs::path& root, std::string_view request_path) {
  if (request_path.empty() || request_path.front() != '/') return std::nullopt;
  std::string_view relative = request_path.substr(1);
  if (relative.empty()) relative = "index.html";
  // Refuse anything a path could use to climb out before asking the filesystem.
  if (relative.find('\0') != std::string_view::npos || relative.find('\\') != std::string_view::npos ||
      relative.front() == '/') {
    return std::nullopt;
  }
  fs::path candidate = fs::path(relative).lexically_normal();
  if (candidate.empty() || candidate.is_absolute() || *candidate.begin() == "..") return std::nullopt;
  for (const fs::path& part : candidate) {
    if (part == ".." || (!part.empty() && part.string().front() == '.')) return std::nullopt;
  }
  // Symbolic links are resolved and must still lead inside the root.
  std::error_code error;
  fs::path real_root = fs::canonical(root, error);
  if (error) return std::nullopt;
  fs::path real = fs::canonical(real_root / candidate, error);
  if (error || !fs::is_regular_file(real, error)) return std::nullopt;
  auto [root_end, real_it] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  if (root_end != real_root.end()) return std::nullopt;
  return real;
}

std::string ContentTypeFor(const fs::path& file) {
  const std::string extension = file.extension().string();
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".js") return "text/javascript; charset=utf-8";
  if (extension == ".json") return "application/json";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".ico") return "image/x-icon";
  return "application/octet-stream";
}

}  // namespace vankien::server
