"""What restoring diacritics could reach from the index's text at best (issue 25).

tools/eval_restoration.sh measures vankien's restoration, which reads the context of the
documents a query finds. This asks how far any model of word sequences learnt from the same
text could go: it counts, over every file of the given folders, how each written form of the
titles' words stands alone, in pairs and in threes (only the sequences the titles hold, so that
memory stays small), then restores each title stripped of its marks with the most probable
chain of forms (Viterbi; "stupid backoff" from three words to two to one). A form is compared
without regard to where its tone mark sits (hoá = hóa), as vankien's exact forms are.

usage: restoration_ceiling.py TITLES.txt DIR...   (tools/restoration_ceiling.sh runs it)
Prints word and whole-title accuracy for the most frequent form alone, pairs and threes.
"""
import collections
import math
import os
import re
import sys
import unicodedata

TONES = "\u0301\u0300\u0309\u0303\u0323"
WORD = re.compile(r"[^\W\d_]+")
# Where a sequence of words ends: no pair or three is counted across these.
BREAK = re.compile(r"[.!?;:\n\"“”()\[\],…]")
BACKOFF = 0.4
MOST_FORMS = 8


def folded(word):
    word = word.replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def form(word):
    """A written form as compared: lower case, with its tone apart from the letters it sits on."""
    letters = unicodedata.normalize("NFD", word.lower())
    tone = "".join(c for c in letters if c in TONES)
    return unicodedata.normalize("NFC", "".join(c for c in letters if c not in TONES)) + tone


def sequences(text):
    for part in BREAK.split(text):
        words = [form(w) for w in WORD.findall(part)]
        if words:
            yield words


def main():
    titles = [[form(w) for w in WORD.findall(line)] for line in open(sys.argv[1], encoding="utf-8")]
    titles = [t for t in titles if t]
    wanted = [set(), set(), set()]  # the folded words, pairs and threes of the titles
    for title in titles:
        plain = [folded(w) for w in title]
        for n in range(3):
            wanted[n].update(tuple(plain[i:i + n + 1]) for i in range(len(plain) - n))
    counts = [collections.Counter(), collections.Counter(), collections.Counter()]
    for folder in sys.argv[2:]:
        for root, _, files in os.walk(folder):
            for name in files:
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = f.read().replace("_", " ")  # vietnews joins a word's syllables with '_'
                for words in sequences(text):
                    plain = [folded(w) for w in words]
                    for n in range(3):
                        for i in range(len(words) - n):
                            if tuple(plain[i:i + n + 1]) in wanted[n]:
                                counts[n][tuple(words[i:i + n + 1])] += 1
    total = sum(counts[0].values()) or 1
    forms = collections.defaultdict(list)
    for (word,), count in counts[0].items():
        forms[folded(word)].append((count, word))

    def alone(c):
        return (counts[0].get((c,), 0) + 0.1) / total

    def after(b, c):
        pair = counts[1].get((b, c), 0)
        return pair / counts[0][(b,)] if pair else BACKOFF * alone(c)

    def after_two(a, b, c):
        three = counts[2].get((a, b, c), 0)
        return three / counts[1][(a, b)] if three else BACKOFF * after(b, c)

    def restore(plain, order):
        candidates = [[w for _, w in sorted(forms.get(p, []), reverse=True)[:MOST_FORMS]] or [p] for p in plain]
        if order == 1:
            return [c[0] for c in candidates]
        # States: the last two forms (the last one for pairs); each with its score and chain.
        chains = {(None, c): (math.log(alone(c)), [c]) for c in candidates[0]}
        for j in range(1, len(plain)):
            following = {}
            for c in candidates[j]:
                for (a, b), (score, chain) in chains.items():
                    p = after(b, c) if order == 2 or a is None else after_two(a, b, c)
                    state = (b, c) if order == 3 else (None, c)
                    if state not in following or following[state][0] < score + math.log(p):
                        following[state] = (score + math.log(p), chain + [c])
            chains = following
        return max(chains.values())[1]

    for order, name in ((1, "most frequent form"), (2, "pairs"), (3, "threes")):
        words = right = whole = 0
        for title in titles:
            guess = restore([folded(w) for w in title], order)
            good = sum(g == t for g, t in zip(guess, title))
            words += len(title)
            right += good
            whole += good == len(title)
        print(f"{name:<20} titles {len(titles)} words {words} word_accuracy {right / words:.4f} "
              f"title_accuracy {whole / len(titles):.4f}")


if __name__ == "__main__":
    main()
