#!/usr/bin/env python3
"""Draws the sample of tests/data/names.tsv: references that may be short or plenum names of
documents, found by patterns broader than analysis/document_name.cc's (so that its misses are
in the sample too), from the unpacked corpora, at random with a fixed seed.

usage: tools/name_candidates.py BAOMOI_DIR VIWIKI_DIR PER_KIND [SEED [GOLD_TSV...]]
GOLD_TSV: gold sets (corpus and document in the first two columns) whose documents are left
out, so that a fresh sample is held out from every document already labelled.
Prints one candidate a line: corpus, doc id, begin, end (byte offsets in the file), kind, and
the text around it to judge by (for the person labelling; never to be committed)."""
import os
import random
import re
import sys
import unicodedata

TYPE = r"(?:nghị quyết|chỉ thị|quy định|quyết định|kết luận|hướng dẫn|thông tri|nghị định|thông báo)"
SHORT = re.compile(TYPE + r"\s+(?:số\s*)?\d{1,4}(?![\d\w])(?!\s*[-/–—]\s*\w)", re.I)
PLENUM = re.compile(
    r"(?:(?:nghị quyết|hội nghị)\s+(?:hội nghị\s+)?(?:trung ương|tư|tw|ban chấp hành trung ương|lần thứ)"
    r"|nq\s*(?:tw|tư)\s*\d"
    r"|nghị quyết\s+đại hội\s+(?:đại biểu toàn quốc\s+|đảng\s+)?(?:lần thứ\s+)?[xvi\d]+)", re.I)


def documents(corpus, root):
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(folder, name)
                yield corpus, os.path.relpath(path, root), path


def document_key(corpus, doc):
    """A document's name the same whichever folder of the archive the gold set counts from."""
    for prefix in ("data/", "viwiki/"):
        if doc.startswith(prefix):
            return corpus, doc[len(prefix):]
    return corpus, doc


def labelled_documents(gold_paths):
    """The document_key of every document of the gold sets."""
    used = set()
    for gold in gold_paths:
        for line in open(gold, encoding="utf-8"):
            fields = line.lstrip("# ").split("\t")
            if len(fields) > 2:
                used.add(document_key(fields[0], fields[1]))
    return used


def main():
    baomoi, viwiki, per_kind = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 21
    used = labelled_documents(sys.argv[5:])
    found = {"short": [], "plenum": []}
    for corpus, doc, path in list(documents("baomoi", baomoi)) + list(documents("viwiki", viwiki)):
        if document_key(corpus, doc) in used:
            continue
        data = open(path, "rb").read()
        text = unicodedata.normalize("NFC", data.decode("utf-8", "replace"))
        if text.encode("utf-8") != data:
            continue  # offsets are bytes of the file: keep to files already in NFC
        for kind, pattern in (("short", SHORT), ("plenum", PLENUM)):
            for m in pattern.finditer(text):
                begin = len(text[:m.start()].encode("utf-8"))
                end = begin + len(m.group(0).encode("utf-8"))
                found[kind].append((corpus, doc, begin, end, text, m.start(), m.end()))
    rng = random.Random(seed)
    for kind in ("short", "plenum"):
        sample = rng.sample(found[kind], min(per_kind, len(found[kind])))
        sample.sort(key=lambda c: (c[0], c[1], c[2]))
        for corpus, doc, begin, end, text, s, e in sample:
            context = text[max(0, s - 220):s] + "[[" + text[s:e] + "]]" + text[e:e + 160]
            print("\t".join([corpus, doc, str(begin), str(end), kind, context.replace("\n", " ").replace("\t", " ")]))
        print(f"# {kind}: {len(found[kind])} candidates, {len(sample)} drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
