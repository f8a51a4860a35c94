#!/usr/bin/env python3
"""Draws the documents labelled in tests/data/relations.tsv (see relations.md).

Round 1: a document is a candidate when it writes a document number (a rough pattern: digits, a
dash or slash, a capital) and anywhere one of the relation words the brief lists, with or
without the "_" of a word-segmented text. Round 2 and later, for more relations per label: one
of those words stands at most 60 characters before a number; the documents of every earlier
round (ROUND_COUNTS per collection) are left out. Round 10 found one such document left (in
baomoi), so from round 11 a relation word anywhere will do again, as in round 1, the documents of
every earlier round still left out. Rounds 3 and later are held out: drawn after the rounds
before them were tuned on.
Candidates with at most 12 numbers (so that every mention of a kept document can be labelled)
are sorted, shuffled with random.Random(SEED) and the first COUNT kept, where SEED is
"vankien-relations-<collection>" in round 1 and "vankien-relations-r<ROUND>-<collection>" in
the later rounds.
Prints "collection<TAB>docid".

usage: draw_relations.py ROUND COUNT BAOMOI_DIR VIETNEWS_DIR
"""
import functools
import os
import random
import re
import sys

CUE = (r"thay[ _]thế|bãi[ _]bỏ|hủy[ _]bỏ|huỷ[ _]bỏ|sửa[ _]đổi|bổ[ _]sung|hướng[ _]dẫn|quy[ _]định[ _]chi[ _]tiết"
       r"|thực[ _]hiện|triển[ _]khai|cụ[ _]thể[ _]hó?oá?|sơ[ _]kết|tổng[ _]kết|căn[ _]cứ|hết[ _]hiệu[ _]lực")
NUMBER = r"\b\d{1,4}\s?(?:/\s?\d{4}\s?)?[-/–]\s?[A-ZĐ]{1,6}\b"
# Documents per collection drawn in each round.
ROUND_COUNTS = {1: 45, 2: 40, 3: 30, 4: 30, 5: 40, 6: 40, 7: 40, 8: 40, 9: 40, 10: 40, 11: 20}
ANYWHERE = re.compile(CUE, re.IGNORECASE)
CLOSE_BEFORE = re.compile(r"(?:" + CUE + r").{0,60}?" + NUMBER, re.IGNORECASE)


# Each round leaves out the draws of every round before it, so the draws and the scans behind them
# are kept: without it round N scanned each corpus 2^(N-1) times (hours by round 10).
@functools.lru_cache(maxsize=None)
def candidates(folder, cue):
    files = []
    for root, _, names in os.walk(folder):
        for name in names:
            if not name.startswith("."):
                files.append(os.path.relpath(os.path.join(root, name), folder))
    out = []
    for doc in sorted(files):
        with open(os.path.join(folder, doc), encoding="utf-8", errors="replace") as f:
            text = f.read()
        if 1 <= len(re.findall(NUMBER, text)) <= 12 and cue.search(text):
            out.append(doc)
    return tuple(out)


@functools.lru_cache(maxsize=None)
def drawn(collection, folder, round_, count):
    if round_ == 1:
        docs = list(candidates(folder, ANYWHERE))
        random.Random("vankien-relations-" + collection).shuffle(docs)
        return tuple(docs[:count])
    earlier = set()
    for earlier_round in range(1, round_):
        earlier |= set(drawn(collection, folder, earlier_round, ROUND_COUNTS[earlier_round]))
    # Round 10 found one candidate left; from round 11 a relation word anywhere will do again.
    cue = ANYWHERE if round_ >= 11 else CLOSE_BEFORE
    docs = [d for d in candidates(folder, cue) if d not in earlier]
    random.Random(f"vankien-relations-r{round_}-" + collection).shuffle(docs)
    return tuple(docs[:count])


def main():
    round_, count, baomoi, vietnews = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    for collection, folder in (("baomoi", baomoi), ("vietnews", vietnews)):
        for doc in drawn(collection, folder, round_, count):
            print(f"{collection}\t{doc}")


if __name__ == "__main__":
    main()
