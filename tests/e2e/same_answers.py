#!/usr/bin/env python3
"""Whether two vankien-query JSON answers are the same answer, one from a single index and one
from the same files in shards: equal but for the order of hits of equal score (and date, for
the date orders), which Xapian breaks by document id, and ids differ between the two.

usage: same_answers.py KIND SINGLE SHARDED [SINGLE_FULL SHARDED_FULL]
  KIND is search, related or exact. For search and related, SINGLE_FULL and SHARDED_FULL are the
  answers to the same request from offset 0 with a large limit: a page of the sharded answer may
  hold any of the documents tied at its edge. Prints what differs and exits 1, or exits 0.

  Exits 3 instead of 1 when the only difference is Xapian 1.4's over several databases
  (docs/shards.md, "Known difference"): the sharded page's hits are not those its own full list
  has at their places, while that full list agrees with the single index's."""
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
        if hit["id"] not in tied or group_key(hit, sort) != expected_key:
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


def known_miss(single_full, sharded_full, sharded_page, offset, sort):
    """Whether the sharded full list agrees with the single index's, and the sharded page is that
    full list from `offset` with documents left out: each of its hits the same, at the same score,
    in the same order."""
    if same_hits(single_full, sharded_full, 0, sort, "full"):
        return False
    by_id = {hit["id"]: (i, hit) for i, hit in enumerate(sharded_full)}
    last = offset - 1
    for hit in sharded_page:
        if hit["id"] not in by_id:
            return False
        at, full_hit = by_id[hit["id"]]
        if at <= last or without_rank(hit) != without_rank(full_hit):
            return False
        last = at
    return True


def report_known(problems):
    print("Xapian's matcher over several databases left a document out of the page (docs/shards.md):")
    for problem in problems:
        print("  " + problem)
    sys.exit(3)


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
        sharded_full = json.load(open(sys.argv[5]))
        # Totals are compared where the single index counted them exactly; estimates come from
        # posting list sizes, which shards split otherwise. Xapian's matcher may stop short of
        # counting every match of a page on shards where one index counted them all: the shards'
        # total must then say so (not exact) and its bounds hold the exact count.
        rest = lambda answer: {k: v for k, v in answer.items() if k not in ("hits", "total")}
        if rest(single) != rest(sharded):
            problems.append(f"facets or the rest differ: {rest(single)} against {rest(sharded)}")
        total, sharded_total = single.get("total", {}), sharded.get("total", {})
        if total.get("exact", True) and total != sharded_total:
            counted = total.get("lower")
            if sharded_total.get("exact", True) or not sharded_total["lower"] <= counted <= sharded_total["upper"]:
                problems.append(f"totals differ: {total} against {sharded_total}")
        if len(single["hits"]) != len(sharded["hits"]):
            problems.append(f"{len(single['hits'])} hits against {len(sharded['hits'])}")
        hit_problems = same_hits(full["hits"], sharded["hits"], single.get("offset", 0), single.get("sort"), "hits")
        if not problems and hit_problems and known_miss(full["hits"], sharded_full["hits"], sharded["hits"],
                                                        single.get("offset", 0), single.get("sort")):
            report_known(hit_problems)
        problems += hit_problems
    elif kind == "related":
        full = json.load(open(sys.argv[4]))
        sharded_full = json.load(open(sys.argv[5]))
        if {k: v for k, v in single.items() if k != "similar"} != {k: v for k, v in sharded.items() if k != "similar"}:
            problems.append("cites or cited_by differ")
        if len(single["similar"]) != len(sharded["similar"]):
            problems.append(f"{len(single['similar'])} similar documents against {len(sharded['similar'])}")
        hit_problems = same_hits(full["similar"], sharded["similar"], 0, "relevance", "similar")
        if not problems and hit_problems and known_miss(full["similar"], sharded_full["similar"], sharded["similar"],
                                                        0, "relevance"):
            report_known(hit_problems)
        problems += hit_problems
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


main()
