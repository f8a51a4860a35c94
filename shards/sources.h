// Where the shards of an index are, for each of the three ways an index is named: a plain
// index folder (one shard), a sharded index folder (shards/layout.h), or a Xapian stub file
// listing local and remote databases. The stub is read here rather than by Xapian so that remote
// shards are opened with explicit time limits (a stub has no setting for them).
#ifndef VANKIEN_SHARDS_SOURCES_H_
#define VANKIEN_SHARDS_SOURCES_H_

#include <string>
#include <vector>

namespace vankien::shards {

struct ShardSource {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  // kLocal: the folder (absolute, or as given); kTcp: the host; kProgram: the program run (as
  // `remote :PROGRAM ARGS` says, for xapian-progsrv over ssh).
  std::string location;
  unsigned port = 0;      // kTcp
  std::string arguments;  // kProgram
  // How messages name the shard: its folder, HOST:PORT, or the program line.
  std::string name;
};

// The shards of the index named `path`, in order. A stub's relative folders are taken relative
// to the stub's own folder, as Xapian does; lines may be "auto|glass|chert PATH",
// "remote HOST:PORT", "remote :PROGRAM ARGS", "tcp HOST PORT" (Xapian's older form), blank or
// "#" comments. Throws ShardError (shards/layout.h) for a stub it cannot read, a line of
// another kind, a bad port, or more than kMaxShards shards. A path that is neither a sharded
// folder nor a stub file is one local shard (opening it tells whether it is an index).
std::vector<ShardSource> SourcesOf(const std::string& path);

}  // namespace vankien::shards

#endif  // VANKIEN_SHARDS_SOURCES_H_
