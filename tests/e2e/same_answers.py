#!/usr/bin/env python3
"""Whether two vankien-query JSON answers are the same answer, one from a single index and one
from the same files in shards: equal but for the order of hits of equal score (and date, for
the date orders), which Xapian breaks by document id, and ids differ between the two.

usage: same_answers.py KIND SINGLE SHARDED [SINGLE_FULL]
  KIND is search, related or exact. For search and related, SINGLE_FULL is the single index's
  answer to the same request from offset 0 with a large limit: a page of the sharded answer may
  hold any of the documents tied at its edge. Prints what differs and exits 1, or exits 0."""
import json
import sys


def score_key(score):
    # Scores summed in another order differ in their last bits.
    return float(f"{score:.9g}")


def group_key(hit, sort):
    key = (hit.get("role"), score_key(hit["score"]))
    return key + (hit.get("date"),) if sort in ("date", "oldest") else key


def without_rank(hit):
    return {k: v for k, v in hit.items() if k != "rank"}


def same_hits(single_full, sharded, offset, sort, where):
    """Each sharded hit is the full list's hit at its position, or one tied with it."""
    problems = []
    by_id = {hit["id"]: hit for hit in single_full}
    seen = set()
    for j, hit in enumerate(sharded):
        at = offset + j
        if at >= len(single_full):
            problems.append(f"{where}: hit {at + 1} ({hit['id']}) beyond the single index's {len(single_full)}")
            continue
        expected_key = group_key(single_full[at], sort)
        tied = {h["id"] for h in single_full if group_key(h, sort) == expected_key}
        if hit["id"] not in tied:
            problems.append(f"{where}: hit {at + 1} is {hit['id']} {group_key(hit, sort)}, expected one of "
                            f"{sorted(tied)} {expected_key}")
        elif without_rank(hit) | {"score": 0} != without_rank(by_id[hit["id"]]) | {"score": 0}:
            problems.append(f"{where}: hit {hit['id']} differs")
        if hit.get("rank") not in (None, at + 1):
            problems.append(f"{where}: hit {hit['id']} has rank {hit.get('rank')}, expected {at + 1}")
        if hit["id"] in seen:
            problems.append(f"{where}: {hit['id']} twice")
        seen.add(hit["id"])
    return problems


def main():
    kind, single_path, sharded_path = sys.argv[1:4]
    single = json.load(open(single_path))
    sharded = json.load(open(sharded_path))
    problems = []
    if kind == "exact":
        if single != sharded:
            problems.append("the answers differ")
    elif kind == "search":
        full = json.load(open(sys.argv[4]))
        # Totals are compared where the single index counted them exactly; estimates come from
        # posting list sizes, which shards split otherwise.
        exact = single.get("total", {}).get("exact", True)
        rest = lambda answer: {k: v for k, v in answer.items() if k != "hits" and (exact or k != "total")}
        if rest(single) != rest(sharded):
            problems.append(f"totals, facets or the rest differ: {rest(single)} against {rest(sharded)}")
        if len(single["hits"]) != len(sharded["hits"]):
            problems.append(f"{len(single['hits'])} hits against {len(sharded['hits'])}")
        problems += same_hits(full["hits"], sharded["hits"], single.get("offset", 0), single.get("sort"), "hits")
    elif kind == "related":  # SINGLE_FULL: the single index's answer with a large limit
        full = json.load(open(sys.argv[4]))
        if {k: v for k, v in single.items() if k != "similar"} != {k: v for k, v in sharded.items() if k != "similar"}:
            problems.append("cites or cited_by differ")
        if len(single["similar"]) != len(sharded["similar"]):
            problems.append(f"{len(single['similar'])} similar documents against {len(sharded['similar'])}")
        problems += same_hits(full["similar"], sharded["similar"], 0, "relevance", "similar")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


main()
