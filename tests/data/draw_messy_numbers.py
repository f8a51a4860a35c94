#!/usr/bin/env python3
"""Draws a sample of documents holding messily written numbers for tests/data/messy_numbers.tsv,
from a candidate listing of `number_candidates --list --all`, leaving out every document already
in a gold set, at random with a fixed seed (used for sample `third`, see messy_numbers.md).

usage: tests/data/draw_messy_numbers.py LISTING COUNT SEED GOLD_TSV...
A document is messy when it holds a candidate that starts with a number and either
- is rejected or read only in part while its shape holds a known type or body code (T, B, K), or
- is read, but written otherwise than its canonical form (blanks, en dashes and the padding of the
  first number aside): "312/QĐNS/TW" read as 312-QĐNS/TW, "121/2003/NĐCP" as 121/2003/NĐ-CP.
The second kind keeps the draw independent of what today's extractor already reads.
Prints corpus, document and the messy candidates' strings, one document a line, sorted."""
import random
import re
import sys

PREFIXES = ("data/", "viwiki/", "test_tokenized/")


def document_key(corpus, path):
    for prefix in PREFIXES:
        if path.startswith(prefix):
            path = path[len(prefix):]
    return corpus, path


def written_as_canonical(written, canonical):
    plain = re.sub(r"\s+", "", written).replace("–", "-").replace("—", "-")
    return plain.lstrip("0") == canonical.lstrip("0")


def is_messy(status, shape, written):
    if not re.match(r"[9Y]", shape):
        return False
    if status.startswith("read "):
        return not written_as_canonical(written, status[len("read "):])
    return re.search(r"[TBK]", shape) is not None and re.search(r"[/-]", shape) is not None


def main():
    listing, count, seed, gold = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    used = set()
    for path in gold:
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 2 and not line.startswith("#"):
                used.add(document_key(fields[0], fields[1]))
    messy = {}
    for line in open(listing, encoding="utf-8"):
        corpus, doc, _, status, shape, written = line.rstrip("\n").split("\t")
        if document_key(corpus, doc) not in used and is_messy(status, shape, written):
            messy.setdefault((corpus, doc), []).append(written)
    pool = sorted(messy)
    sample = sorted(random.Random(seed).sample(pool, min(count, len(pool))))
    for corpus, doc in sample:
        print("\t".join([corpus, doc] + messy[(corpus, doc)]))
    print(f"# {len(pool)} messy documents not in a gold set, {len(sample)} drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
