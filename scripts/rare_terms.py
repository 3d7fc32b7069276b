#!/usr/bin/env python3
"""Rare search terms of a generated corpus, chosen as the PostgreSQL peer chooses them.

Prints up to COUNT terms, one per line: the code words of internal notes and the parcel numbers
found in at most 100 messages, spread evenly over the corpus's time order (the oldest are the
worst case for a plan that walks the time index backwards), then a few of the truth file's
canaries (absent terms: what a miss costs). Used by scripts/bench-archive-scale.sh so that our
rare-term latency is measured on the same kind of terms as the peer's (docs/BENCHMARKS.md).

Usage: scripts/rare_terms.py CORPUS.jsonl TRUTH.json [COUNT]
"""

import json
import sys

from bench_archive_pg_peer import CODE_WORD, PARCEL, evenly


def main():
    corpus, truth_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    code_words, parcels = {}, {}
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            # A message counts once per term, as a search counts messages.
            for found in set(CODE_WORD.findall(line)):
                code_words[found] = code_words.get(found, 0) + 1
            # The peer reads normalised text (lower case); the raw corpus writes "SF…".
            for found in set(PARCEL.findall(line.lower())):
                parcels[found] = parcels.get(found, 0) + 1
    rare = evenly([word for word, n in code_words.items() if n <= 100], count * 2 // 3)
    rare += evenly([word for word, n in parcels.items() if n <= 100], count - len(rare))
    with open(truth_path, encoding="utf-8") as truth:
        rare += list(json.load(truth).get("canaries", []))[:4]
    for term in dict.fromkeys(rare):
        print(term)


if __name__ == "__main__":
    main()
