#!/usr/bin/env python3
"""How far two labellings of topics agree: micro-averaged precision, recall and F1 of SECOND
taken against FIRST, over the documents SECOND labels (both files as tests/data/topic_labels.tsv:
a header, then collection, docid and comma-separated topics), how many documents got the same
set, how many each left without a topic, and the topics one gave and the other did not.
Two careful readers' agreement is about the ceiling of any classifier scored on one of them.

usage: tools/topic_agreement.py FIRST_TSV SECOND_TSV
  e.g. tools/topic_agreement.py tests/data/topic_labels.tsv tests/data/topic_labels_agreement.tsv
"""
import collections
import sys


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            topics = fields[2] if len(fields) > 2 else ""
            labels[(fields[0], fields[1])] = {code for code in topics.split(",") if code}
    return labels


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    first, second = read_labels(sys.argv[1]), read_labels(sys.argv[2])
    missing = [key for key in second if key not in first]
    if missing:
        sys.exit(f"{sys.argv[1]}: no labels for {len(missing)} documents of {sys.argv[2]}, "
                 f"e.g. {'/'.join(missing[0])}")
    agreed = sum(len(first[key] & topics) for key, topics in second.items())
    given = sum(len(topics) for topics in second.values())
    gold = sum(len(first[key]) for key in second)
    precision = agreed / given if given else 1.0
    recall = agreed / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"documents {len(second)}: second against first micro P {precision:.3f} "
          f"R {recall:.3f} F1 {f1:.3f} (agreed {agreed}, second gave {given}, first gave {gold})")
    print(f"same set of topics: {sum(first[key] == topics for key, topics in second.items())}; "
          f"no topic: first {sum(not first[key] for key in second)}, "
          f"second {sum(not topics for topics in second.values())}, "
          f"both {sum(not first[key] and not topics for key, topics in second.items())}")
    only_first, only_second = collections.Counter(), collections.Counter()
    for key, topics in second.items():
        only_first.update(first[key] - topics)
        only_second.update(topics - first[key])
    for name, counts in (("first only", only_first), ("second only", only_second)):
        print(f"{name}: " + ", ".join(f"{code} {n}" for code, n in counts.most_common()))


if __name__ == "__main__":
    main()
