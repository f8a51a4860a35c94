#include "shards/sources.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

#include "shards/layout.h"

namespace vankien::shards {
namespace fs = std::filesystem;
namespace {

std::string_view Trimmed(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

unsigned PortOf(std::string_view text, const std::string& stub) {
  unsigned port = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (error != std::errc() || end != text.data() + text.size() || port == 0 || port > 65535) {
    throw ShardError("the stub file " + stub + " gives a bad port \"" + std::string(text.substr(0, 20)) + "\"");
  }
  return port;
}

ShardSource Local(std::string_view folder, const fs::path& base) {
  fs::path path(folder);
  if (path.is_relative()) path = base / path;
  return {ShardSource::Kind::kLocal, path.string(), 0, "", path.string()};
}

ShardSource Tcp(std::string_view host, std::string_view port, const std::string& stub) {
  if (host.empty()) throw ShardError("the stub file " + stub + " names a remote shard without a host");
  const std::string host_text(host);
  const unsigned number = PortOf(port, stub);
  return {ShardSource::Kind::kTcp, host_text, number, "", host_text + ":" + std::to_string(number)};
}

// One line of a stub that is not blank or a comment.
ShardSource SourceOfLine(std::string_view line, const fs::path& base, const std::string& stub) {
  const std::size_t space = line.find_first_of(" \t");
  const std::string_view kind = line.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? std::string_view() : Trimmed(line.substr(space));
  if ((kind == "auto" || kind == "glass" || kind == "chert") && !rest.empty()) return Local(rest, base);
  if (kind == "remote" && !rest.empty() && rest[0] == ':') {
    const std::string_view command = rest.substr(1);
    const std::size_t blank = command.find_first_of(" \t");
    ShardSource source{ShardSource::Kind::kProgram, std::string(command.substr(0, blank)), 0,
                       blank == std::string_view::npos ? "" : std::string(Trimmed(command.substr(blank))),
                       std::string(rest)};
    if (source.location.empty()) throw ShardError("the stub file " + stub + " names a remote program without a name");
    return source;
  }
  if (kind == "remote") {
    const std::size_t colon = rest.rfind(':');
    if (colon == std::string_view::npos) throw ShardError("the stub file " + stub + " names a remote shard without a port");
    return Tcp(rest.substr(0, colon), rest.substr(colon + 1), stub);
  }
  if (kind == "tcp") {
    const std::size_t blank = rest.find_first_of(" \t");
    if (blank == std::string_view::npos) throw ShardError("the stub file " + stub + " names a tcp shard without a port");
    return Tcp(rest.substr(0, blank), Trimmed(rest.substr(blank)), stub);
  }
  throw ShardError("the stub file " + stub + " has a line vankien cannot open: \"" +
                   std::string(line.substr(0, 80)) + "\"");
}

std::vector<ShardSource> SourcesOfStub(const fs::path& stub) {
  std::error_code error;
  if (fs::file_size(stub, error) > kMaxStubBytes || error) {
    throw ShardError("the stub file " + stub.string() + " cannot be read or is too large to be one");
  }
  std::ifstream in(stub);
  if (!in) throw ShardError("cannot read the stub file " + stub.string());
  std::vector<ShardSource> sources;
  for (std::string line; std::getline(in, line);) {
    const std::string_view text = Trimmed(line);
    if (text.empty() || text[0] == '#') continue;
    if (sources.size() == kMaxShards) {
      throw ShardError("the stub file " + stub.string() + " lists more than " + std::to_string(kMaxShards) + " shards");
    }
    sources.push_back(SourceOfLine(text, stub.parent_path(), stub.string()));
  }
  if (sources.empty()) throw ShardError("the stub file " + stub.string() + " lists no database");
  return sources;
}

}  // namespace

std::vector<ShardSource> SourcesOf(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    const fs::path stub = StubPath(path);
    if (!fs::exists(stub, error)) return {Local(path, fs::path())};
    RecordedShardCount(path);  // refuses a stub vankien-index did not write
    return SourcesOfStub(stub);
  }
  if (fs::is_regular_file(path, error)) return SourcesOfStub(fs::absolute(path));
  return {Local(path, fs::path())};
}

}  // namespace vankien::shards
