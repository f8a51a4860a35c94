// Serving the files of the web page, and nothing else: a request path is resolved inside the
// static directory, and refused when it names anything outside it ("..", encoded or not,
// symbolic links leading out, absolute paths).
#ifndef VANKIEN_SERVER_STATIC_FILES_H_
#define VANKIEN_SERVER_STATIC_FILES_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vankien::server {

// The file that `request_path` (already URL-decoded, starting with '/') names inside `root`, or
// nullopt when it names nothing there or anything outside. "/" names index.html.
std::optional<std::filesystem::path> ResolveStaticPath(const std::filesystem::path& root,
                                                       std::string_view request_path);

// The Content-Type of a file by its extension.
std::string ContentTypeFor(const std::filesystem::path& file);

}  // namespace vankien::server

#endif  // VANKIEN_SERVER_STATIC_FILES_H_
