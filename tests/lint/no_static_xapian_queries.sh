#!/usr/bin/env bash
# Fails when code uses one of Xapian's static Query objects (Query::MatchAll, Query::MatchNothing,
# under any alias such as Q::MatchAll). Their reference counts are not atomic: copied from
# several threads they are freed while in use, which crashed vankien-serve (issue 19). Build the
# query afresh instead: query::MatchEverything() (query/match_everything.h).
# usage: no_static_xapian_queries.sh SOURCE_DIR
set -euo pipefail
cd "$1"
found=$(grep -rnE --include='*.cc' --include='*.h' '(::|\.)Match(All|Nothing)\b' \
          analysis schema readers indexer query server tools tests 2>/dev/null |
        grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$found" ]; then
  echo "Xapian's static queries are not safe to copy across threads; use query::MatchEverything():"
  echo "$found"
  exit 1
fi
echo "no static Xapian queries"
