// A query matching every document, made afresh for each use. Xapian offers one as a static
// object (Query::MatchAll), but its reference count is a plain integer: copies made in several
// threads at once miscount it, and the query is freed while still in use. vankien-serve crashed
// so under concurrent load (issue 19); tests/lint/no_static_xapian_queries.sh keeps it out.
#ifndef VANKIEN_QUERY_MATCH_EVERYTHING_H_
#define VANKIEN_QUERY_MATCH_EVERYTHING_H_

#include <string>

#include <xapian.h>

namespace vankien::query {

// Every document, with no weight of its own; each call returns a new, unshared query.
inline Xapian::Query MatchEverything() { return Xapian::Query(std::string()); }

}  // namespace vankien::query

#endif  // VANKIEN_QUERY_MATCH_EVERYTHING_H_
