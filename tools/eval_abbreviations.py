"""Measures abbreviations found as their words (tools/eval_abbreviations.sh says how to run it).

For every unambiguous abbreviation of the table, two queries: its first form typed alone and
its first expansion typed as free words. For each, the documents "of the other form" are those
a quoted search finds writing the other form and not the form typed ("Ủy ban nhân dân" -"UBND"
for the query UBND). Quoted phrases are never expanded, so these sets do not depend on the table.
Printed: how many of them the typed query matches at all, and within its first 100, with the
table off (vankien-index --no-abbreviations) and on; the search time of the typed queries.
"""
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

PAGE = 1000
MAX_PAGES = 20  # a query matching more lists its first 20,000 only


def timings(build, index, queries):
    """The search time p50/p99 of the queries, asking for the first 10 results as people do."""
    lines = "".join(f"{qid}\t{query}\n" for qid, query in queries.items())
    out = subprocess.run([f"{build}/query/vankien-query", "--db", index, "--run-format", "tsv", "--limit", "10",
                          "--timings"], input=lines, capture_output=True, text=True)
    return out.stderr.strip()


def run_pages(build, index, queries):
    """{qid: [docid, ...] in rank order} for {qid: query}, paging through every match."""
    ranked = {qid: [] for qid in queries}
    pending = dict(queries)
    for page in range(MAX_PAGES):
        if not pending:
            break
        lines = "".join(f"{qid}\t{query}\n" for qid, query in pending.items())
        out = subprocess.run([f"{build}/query/vankien-query", "--db", index, "--run-format", "tsv", "--limit",
                              str(PAGE), "--offset", str(page * PAGE), "--timings"],
                             input=lines, capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(out.stderr)
        counts = {}
        for line in out.stdout.splitlines():
            qid, docid, _ = line.split("\t")
            ranked[qid].append(docid)
            counts[qid] = counts.get(qid, 0) + 1
        pending = {qid: q for qid, q in pending.items() if counts.get(qid, 0) == PAGE}
    return ranked


def table_entries(path):
    """(first form, first expansion) of each unambiguous abbreviation."""
    entries = []
    for element in ET.parse(path).getroot():
        if element.get("ambiguous") == "true":
            continue
        entries.append((element.find("form").text, element.find("expansion").text))
    return entries


def set_table(build, index, table):
    """Stores `table` in the index ("": none). Indexing an empty folder writes the table alone."""
    option = ["--abbreviations", table] if table else ["--no-abbreviations"]
    with tempfile.TemporaryDirectory() as empty:
        subprocess.run([f"{build}/indexer/vankien-index", "-q", "--db", index, *option, empty], check=True)


def fold(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def context(docs, docid, words, width=70):
    """The words around the first place the document writes `words` (folded, punctuation aside)."""
    text = open(docs + docid, encoding="utf-8", errors="replace").read()
    pattern = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", fold(words)))
    found = re.search(r"(?<!\w)" + pattern + r"(?!\w)", fold(text))
    if not found:
        return "?"
    start, end = max(0, found.start() - width), found.end() + width
    return " ".join(text[start:end].split())


def main():
    build, index, docs, table, judged = sys.argv[1:6]
    draw = sys.argv[6:]
    entries = table_entries(table)
    typed, others = {}, {}
    for i, (form, expansion) in enumerate(entries):
        typed[f"a{i}"], others[f"a{i}"] = form, f'"{expansion}" -"{form}"'
        typed[f"e{i}"], others[f"e{i}"] = expansion, f'"{form}" -"{expansion}"'
    set_table(build, index, "")
    other_docs = run_pages(build, index, others)
    results, times = {}, {}
    for label, state in (("without the table", ""), ("with the table", table)):
        set_table(build, index, state)
        results[label] = run_pages(build, index, typed)
        times[label] = {kind: timings(build, index, {q: t for q, t in typed.items() if q[0] == kind}) for kind in "ae"}
    print(f"{len(entries)} unambiguous abbreviations of {table}; documents of the other form: those writing it and not the form typed")
    print(f"{'queries':<20} {'table':<18} {'other-form docs':>15} {'matched':>9} {'in first 100':>13}  first 10: time")
    for kind, name in (("a", "abbreviation typed"), ("e", "expansion typed")):
        qids = [q for q in typed if q[0] == kind]
        total = sum(len(other_docs[q]) for q in qids)
        for label, ranked in results.items():
            matched = sum(len(set(other_docs[q]) & set(ranked[q])) for q in qids)
            first = sum(len(set(other_docs[q]) & set(ranked[q][:100])) for q in qids)
            print(f"{name:<20} {label:<18} {total:>15} {matched:>9} {first:>13}  {times[label][kind]}")
    # Judged precision: of the documents found only through the table, how many use the other
    # form in the sense of the one typed.
    try:
        rows = [line.rstrip("\n").split("\t") for line in open(judged, encoding="utf-8") if not line.startswith("#")]
    except FileNotFoundError:
        rows = []
    if rows:
        good = sum(1 for row in rows if row[3] == "1")
        print(f"judged sample ({judged}): {good}/{len(rows)} = {good / len(rows):.3f} found in the sense typed")
    if draw:
        n, seed = int(draw[1]), int(draw[2])
        before, after = results["without the table"], results["with the table"]
        pool = []
        for qid in typed:
            gained = set(other_docs[qid]) & (set(after[qid][:100]) - set(before[qid][:100]))
            pool.extend((qid, docid) for docid in sorted(gained))
        random.Random(seed).shuffle(pool)
        for qid, docid in pool[:n]:
            i = int(qid[1:])
            other = entries[i][1] if qid[0] == "a" else entries[i][0]
            print(f"DRAW\t{qid}\t{typed[qid]}\t{docid}\t{context(docs, docid, other)}")


if __name__ == "__main__":
    main()
