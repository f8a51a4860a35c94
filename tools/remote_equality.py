#!/usr/bin/env python3
"""Whether remote shards give the answers of one index of the same files (issue 23): known-item
queries as a run (vankien-query --run-format trec, ids and scores), and drawn searches with
filters, facets, the timeline, date orders, document numbers and deep pages as JSON. Each pair
is judged by tests/e2e/same_answers.py (hits of equal score may come in another order).

usage: remote_equality.py QUERY_BIN ONE STUB WORK DOCS SEED
  WORK holds queries.tsv and queries-plain.tsv (eval_common.sh's known_item_queries); DOCS the
  indexed corpora, whose baomoi/ articles give the document numbers cited. Prints how many
  queries were compared and how many differ, and the first differences; exits 1 if any differ."""
import json
import os
import random
import re
import subprocess
import sys

SAME_ANSWERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e", "same_answers.py")
# Numbers of the Party's and the Government's documents as articles cite them.
NUMBER = re.compile(r"\b\d{1,4}-(?:NQ|CT|QĐ|KL|HD|TB|QC)/TW\b|\b\d{1,4}/20\d\d/(?:NĐ-CP|QĐ-TTg|QH1\d)\b")
FILTERS = ["body:TW", "body:TU", "body:HU", "body:CP", "type:NQ", "type:CT", "type:QĐ", "type:KL",
           "kind:article", "kind:document", "year:2017", "year:2016", "date:2017-03..2017-06",
           "date:..2016", "date:8/2017"]
OPTIONS = [[], ["--facets"], ["--timeline"], ["--facets", "--timeline"], ["--sort", "date"],
           ["--sort", "oldest"], ["--offset", "900"], ["-n", "20", "--page", "3"],
           ["--facets", "--sort", "date", "--offset", "100"]]
FULL = ["-n", "1000"]
MOST_MATCHES = 100_000  # beyond, a tie at a deep page is not judged (reported as a difference)


def query_tool(binary, db, args, stdin=None):
    run = subprocess.run([binary, "--db", db] + args, input=stdin, capture_output=True, text=True)
    # 1 is "nothing matched", still an answer.
    if run.returncode not in (0, 1):
        raise RuntimeError(f"vankien-query --db {db} {' '.join(args)}: {run.stderr.strip()}")
    return run.stdout


def judge(kind, *paths):
    """same_answers.py's verdict: 0 same, 3 Xapian's known miss over several databases, 1 differ."""
    run = subprocess.run([sys.executable, SAME_ANSWERS, kind] + list(paths), capture_output=True, text=True)
    return run.returncode, run.stdout.strip()


def parse_run(text):
    """A TREC run as {qid: [hit]}, hits as same_answers.py reads them (id, rank, score)."""
    run = {}
    for line in text.splitlines():
        head, rank, score, _ = line.rsplit(" ", 3)
        qid, _, doc = head.split(" ", 2)
        run.setdefault(qid, []).append({"id": doc, "rank": int(rank), "score": float(score)})
    return run


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False)


class Tally:
    def __init__(self, label):
        self.label, self.compared, self.known, self.differ = label, 0, 0, []

    def add(self, what, verdict, detail):
        self.compared += 1
        if verdict == 3:
            self.known += 1
        elif verdict != 0:
            self.differ.append(f"{what}: {detail}")

    def report(self):
        print(f"  {self.label:<44} {self.compared:5d} compared, {len(self.differ)} differ, "
              f"{self.known} known misses of Xapian 1.4 (docs/shards.md)")
        for line in self.differ[:5]:
            print("    " + line.splitlines()[0][:300])


def compare_runs(binary, one, stub, queries, work, tally):
    """Top 10 of each query on both; the first 30 as the full lists a tie at the page's edge needs."""
    with open(queries, encoding="utf-8") as source:
        text = source.read()
    pages = [parse_run(query_tool(binary, db, ["--run-format", "trec", "--limit", "10"], text)) for db in (one, stub)]
    fulls = [parse_run(query_tool(binary, db, ["--run-format", "trec", "--limit", "30"], text)) for db in (one, stub)]
    qids = [line.split("\t", 1)[0] for line in text.splitlines() if "\t" in line]
    for qid in qids:
        single, sharded = pages[0].get(qid, []), pages[1].get(qid, [])
        # Identical pages need no judging; the rest go to same_answers.py.
        if single == sharded:
            tally.add(qid, 0, "")
            continue
        files = [os.path.join(work, name) for name in ("a.json", "b.json", "fa.json", "fb.json")]
        for path, hits in zip(files, (single, sharded, fulls[0].get(qid, []), fulls[1].get(qid, []))):
            write_json(path, {"offset": 0, "hits": hits})
        tally.add(f"query {qid}", *judge("search", *files))


def cited_numbers(docs, rng, count):
    """COUNT numbers drawn among those the baomoi articles cite (sorted first: the draw is fixed)."""
    found = set()
    for root, _, names in os.walk(os.path.join(docs, "baomoi")):
        for name in names:
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as source:
                found.update(NUMBER.findall(source.read()))
    return rng.sample(sorted(found), min(count, len(found)))


def drawn_searches(queries, docs, rng, count):
    """COUNT (options, query): words of the known-item queries, filters, numbers, each with options."""
    with open(queries, encoding="utf-8") as source:
        words = [line.rstrip("\n").split("\t", 1)[1].split() for line in source if "\t" in line]
    numbers = cited_numbers(docs, rng, count // 4)
    searches = []
    for i in range(count):
        form = i % 4
        if form == 3 and numbers:
            query = numbers[(i // 4) % len(numbers)]
        else:
            phrase = " ".join(rng.choice(words)[:rng.randint(1, 3)])
            query = {0: phrase, 1: f"{phrase} {rng.choice(FILTERS)}", 2: rng.choice(FILTERS)}.get(form, phrase)
        searches.append((rng.choice(OPTIONS), query))
    return searches, numbers


def sort_of(options):
    return options[options.index("--sort") + 1] if "--sort" in options else "relevance"


def compare_searches(binary, one, stub, searches, work, tally):
    for options, query in searches:
        answers = [query_tool(binary, db, ["--json"] + options + ["--", query]) for db in (one, stub)]
        what = f"{' '.join(options)} «{query}»"
        if answers[0] == answers[1]:
            tally.add(what, 0, "")
            continue
        files = [os.path.join(work, name) for name in ("a.json", "b.json", "fa.json", "fb.json")]
        fulls = [query_tool(binary, db, ["--json", "--sort", sort_of(options)] + FULL + ["--", query]) for db in (one, stub)]
        for path, text in zip(files, answers + fulls):
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        verdict = judge("search", *files)
        matches = json.loads(answers[0]).get("total", {}).get("upper", 0)
        if verdict[0] == 1 and matches > len(json.loads(fulls[0])["hits"]):
            # Hits tied at the page may lie beyond the first 1000 (the most one request returns:
            # a filter alone ties every match): the whole lists, page by page.
            for path, db in zip(files[2:], (one, stub)):
                write_json(path, {"hits": every_hit(binary, db, options, query, min(matches, MOST_MATCHES))})
            verdict = judge("search", *files)
        tally.add(what, *verdict)


def every_hit(binary, db, options, query, matches):
    hits = []
    for offset in range(0, matches, 1000):
        page = query_tool(binary, db, ["--json", "--sort", sort_of(options), "--offset", str(offset)] + FULL + ["--", query])
        hits += json.loads(page)["hits"]
    return hits


def compare_exact(binary, one, stub, requests, work, tally):
    for args in requests:
        answers = [query_tool(binary, db, ["--json"] + args) for db in (one, stub)]
        files = [os.path.join(work, name) for name in ("a.json", "b.json")]
        for path, text in zip(files, answers):
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        tally.add(" ".join(args), *judge("exact", *files))


def main():
    binary, one, stub, work, docs, seed = sys.argv[1:7]
    rng = random.Random(int(seed))
    tallies = [Tally("known items, top 10 (trec run)"), Tally("known items without diacritics, top 10"),
               Tally("drawn searches (JSON: totals, facets, pages)"), Tally("--cite NUMBER (JSON)"),
               Tally("--show ID of known-item answers (JSON)")]
    queries = os.path.join(work, "queries.tsv")
    compare_runs(binary, one, stub, queries, work, tallies[0])
    compare_runs(binary, one, stub, os.path.join(work, "queries-plain.tsv"), work, tallies[1])
    searches, numbers = drawn_searches(queries, docs, rng, 200)
    compare_searches(binary, one, stub, searches, work, tallies[2])
    compare_exact(binary, one, stub, [["--cite", number] for number in numbers[:20]], work, tallies[3])
    with open(os.path.join(work, "qrels.tsv"), encoding="utf-8") as source:
        answers = sorted({"baomoi/" + line.split("\t")[1] for line in source if "\t" in line})
    compare_exact(binary, one, stub, [["--show", doc] for doc in rng.sample(answers, min(20, len(answers)))],
                  work, tallies[4])
    print("equality, one index against 3 remote shards:")
    for tally in tallies:
        tally.report()
    compared = sum(t.compared for t in tallies)
    differ = sum(len(t.differ) for t in tallies)
    print(f"  total: {compared} compared, {differ} differ")
    sys.exit(1 if differ else 0)


main()
