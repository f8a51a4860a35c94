#!/usr/bin/env python3
"""Draws a sample of documents holding messily written numbers for tests/data/messy_numbers.tsv,
from a candidate listing of `number_candidates --list --all`, leaving out every document already
in a gold set, at random with a fixed seed (used for sample `third`, see messy_numbers.md).

usage: tests/data/draw_messy_numbers.py [--with-codes] LISTING COUNT SEED GOLD_TSV...
A document is messy when it holds a candidate that starts with a number and either
- is rejected or read only in part while its shape holds a known type or body code (T, B, K), or
- is read, but written otherwise than its canonical form (blanks, en dashes and the padding of the
  first number aside): "312/QĐNS/TW" read as 312-QĐNS/TW, "121/2003/NĐCP" as 121/2003/NĐ-CP.
The second kind keeps the draw independent of what today's extractor already reads.
--with-codes draws from a broader pool instead (sample `sixth`): every document holding a candidate
whose shape starts with a number (9 or Y) and holds a code (T, B, K or A) and a slash or dash,
whatever its status, messy or clean, so that the sample measures ordinary text with numbers; the
candidates printed are then those of that shape. The status is not read, so the LISTING may be one
with its status column cut out (`cut -f1-3,5-`), for a sample labelled before its statuses are seen.
Prints corpus, document and the messy candidates' strings, one document a line, sorted."""
import random
import re
import sys

PREFIXES = ("data/", "viwiki/", "test_tokenized/")
# The corpus whose files a path inside an unpacked archive names, for gold files without a
# corpus column (abbreviations_judged.tsv: qid, typed, document, judgement).
CORPUS_OF_PREFIX = {"data/": "baomoi", "viwiki/": "viwiki", "test_tokenized/": "vietnews"}


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


def has_code(shape):
    return (re.match(r"[9Y]", shape) is not None and re.search(r"[TBKA]", shape) is not None
            and re.search(r"[/-]", shape) is not None)


def main():
    args = sys.argv[1:]
    with_codes = "--with-codes" in args
    if with_codes:
        args.remove("--with-codes")
    listing, count, seed, gold = args[0], int(args[1]), int(args[2]), args[3:]
    used = set()
    for path in gold:
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if len(fields) <= 2 or line.startswith("#"):
                continue
            if fields[0] in CORPUS_OF_PREFIX.values():
                used.add(document_key(fields[0], fields[1]))
            else:
                for field in fields:
                    for prefix, corpus in CORPUS_OF_PREFIX.items():
                        if field.startswith(prefix):
                            used.add(document_key(corpus, field))
    messy = {}
    for line in open(listing, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        corpus, doc, shape, written = fields[0], fields[1], fields[-2], fields[-1]
        if document_key(corpus, doc) in used:
            continue
        if has_code(shape) if with_codes else is_messy(fields[3], shape, written):
            messy.setdefault((corpus, doc), []).append(written)
    pool = sorted(messy)
    sample = sorted(random.Random(seed).sample(pool, min(count, len(pool))))
    for corpus, doc in sample:
        print("\t".join([corpus, doc] + messy[(corpus, doc)]))
    kind = "with-codes" if with_codes else "messy"
    print(f"# {len(pool)} {kind} documents not in a gold set, {len(sample)} drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
