#!/usr/bin/env python3
"""Query half of scripts/bench-archive-pg-peer.sh: the PostgreSQL peer of archiveSearch.

Builds the query list (the truth file's searches, normalised by the archive's own function
through `searchable_tsv --normalise-queries`, plus rare terms taken from the corpus), counts
every query's matches in the TSV itself (a plain substring test, independent of PostgreSQL),
then runs ONE psql session with `\\timing on`: a warm-up pass over every query, then ROUNDS
rounds of each query, where a round is the first page (newest 20 by time) and `count(*)`, the
two things one archiveSearch request returns. The latency of a round is the sum of psql's two
"Time:" lines (client-side: statement sent, result received over the local socket). One
`EXPLAIN (ANALYZE, TIMING OFF)` per query afterwards names the plans and gives PostgreSQL's own
execution time. Python 3 standard library only; PostgreSQL through `psql`.
"""

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile

CODE_WORD = re.compile(r"(?:青龙计划|朱雀行动|玄武密钥|白虎名单)-[0-9a-f]{8}")
PARCEL = re.compile(r"sf[0-9]{12}")
UNESCAPE = re.compile(r"\\(.)")
UNESCAPED = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(field):
    if "\\" not in field:
        return field
    return UNESCAPE.sub(lambda m: UNESCAPED.get(m.group(1), m.group(1)), field)


def texts(tsv):
    with open(tsv, encoding="utf-8") as rows:
        for row in rows:
            yield unescape(row.rstrip("\n").split("\t", 2)[2])


def normalise(binary, queries):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as file:
        file.write("".join(query + "\n" for query in queries))
        file.flush()
        out = subprocess.run(
            [binary, "--normalise-queries", file.name],
            check=True, capture_output=True, text=True,
        ).stdout
    return out.split("\n")[: len(queries)]


def evenly(items, count):
    """`count` items spread over `items` (first, last and between), in order."""
    if len(items) <= count:
        return list(items)
    if count == 1:
        return [items[0]]
    return [items[round(i * (len(items) - 1) / (count - 1))] for i in range(count)]


def sql_like(query):
    pattern = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    literal = pattern.replace("'", "''")
    return f"text LIKE '%' || '{literal}' || '%'"


def percentiles(samples):
    samples = sorted(samples)
    def at(quantile):
        index = min(max(math.ceil(len(samples) * quantile), 1), len(samples)) - 1
        return samples[index]
    return at(0.50), at(0.95), at(0.99), samples[-1]


def psql(db, script):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".sql") as file:
        file.write(script)
        file.flush()
        done = subprocess.run(
            ["psql", db, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", file.name],
            capture_output=True, text=True,
        )
    if done.returncode != 0:
        sys.exit(f"psql failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout.split("\n")


def time_ms(line):
    # "Time: 12.345 ms" or "Time: 1234.567 ms (00:01.235)"
    return float(line.split()[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--table", required=True)
    parser.add_argument("--tsv", required=True)
    parser.add_argument("--truth", required=True)
    parser.add_argument("--normaliser", required=True, help="the searchable_tsv binary")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--rare", type=int, default=12, help="code words and parcel numbers")
    args = parser.parse_args()

    truth = json.load(open(args.truth, encoding="utf-8"))
    truth_raw = [case["q"] for case in truth["search"]]
    canaries_raw = list(truth.get("canaries", []))
    normalised = normalise(args.normaliser, truth_raw + canaries_raw)
    queries = [(query, "truth") for query in normalised[: len(truth_raw)]]
    canaries = normalised[len(truth_raw):]

    # Rare terms from the corpus: the unique code words of internal notes and parcel numbers,
    # spread over the corpus's time range (the oldest are the worst case for a plan that walks
    # the time index backwards until it has 20 rows).
    code_words, parcels = {}, {}
    for text in texts(args.tsv):
        for found in CODE_WORD.findall(text):
            code_words[found] = code_words.get(found, 0) + 1
        for found in PARCEL.findall(text):
            parcels[found] = parcels.get(found, 0) + 1
    rare = evenly([word for word, n in code_words.items() if n <= 100], args.rare * 2 // 3)
    rare += evenly([word for word, n in parcels.items() if n <= 100], args.rare - len(rare))
    # The truth file's canaries belong to its own 5,000-message sample; kept (a few) to show
    # what an absent term costs, whatever their count here.
    rare += canaries[:4]
    known = {query for query, _ in queries}
    queries += [(term, "rare") for term in dict.fromkeys(rare) if term not in known]

    # Independent counts: a substring test over the TSV, as archiveSearch defines a match.
    expected = {query: 0 for query, _ in queries}
    for text in texts(args.tsv):
        for query in expected:
            if query in text:
                expected[query] += 1
    queries = [(q, kind) for q, kind in queries if kind == "truth" or expected[q] <= 100]

    table = args.table
    def statements(query):
        where = sql_like(query)
        return (
            f"SELECT msgid, sent_at_ms FROM {table} WHERE {where} "
            f"ORDER BY sent_at_ms DESC, msgid DESC LIMIT 20;",
            f"SELECT count(*) FROM {table} WHERE {where};",
        )

    script = ["\\timing on"]
    for index, (query, _) in enumerate(queries):
        script.append(f"\\echo @@ warm {index}")
        script.extend(statements(query))
    for index, (query, _) in enumerate(queries):
        for round_ in range(args.rounds):
            script.append(f"\\echo @@ {index} {round_}")
            script.extend(statements(query))
    print(f"psql session: {len(queries)} queries ({sum(k == 'truth' for _, k in queries)} truth, "
          f"{sum(k == 'rare' for _, k in queries)} rare), 1 warm-up pass + {args.rounds} rounds, "
          f"2 statements a round", flush=True)
    lines = psql(args.db, "\n".join(script) + "\n")

    samples = {index: [] for index in range(len(queries))}
    split = {index: ([], []) for index in range(len(queries))}
    counts = {index: set() for index in range(len(queries))}
    page_rows = {index: set() for index in range(len(queries))}
    current, times, rows, previous = None, [], 0, None
    def finish():
        if current is None or current[0] == "warm":
            return
        index = int(current[0])
        if len(times) != 2:
            sys.exit(f"unexpected psql output for query {index}: {times}")
        samples[index].append(times[0] + times[1])
        split[index][0].append(times[0])
        split[index][1].append(times[1])
    for line in lines:
        if line.startswith("@@ "):
            finish()
            current, times, rows, previous = line.split()[1:], [], 0, None
        elif line.startswith("Time: "):
            times.append(time_ms(line))
            if len(times) == 1:
                page = rows
            elif current is not None and current[0] != "warm":
                counts[int(current[0])].add(int(previous))
                page_rows[int(current[0])].add(page)
        elif line:
            rows += 1
            previous = line
    finish()

    # Plans and server-side execution time, one EXPLAIN ANALYZE per statement and query.
    explain = []
    for index, (query, _) in enumerate(queries):
        page, count = statements(query)
        explain += [f"\\echo @@ {index} page", f"EXPLAIN (ANALYZE, TIMING OFF) {page}",
                    f"\\echo @@ {index} count", f"EXPLAIN (ANALYZE, TIMING OFF) {count}"]
    plans = {index: {"page": [], "count": []} for index in range(len(queries))}
    server = {index: 0.0 for index in range(len(queries))}
    current = None
    for line in psql(args.db, "\n".join(explain) + "\n"):
        if line.startswith("@@ "):
            _, index, which = line.split()
            current = (int(index), which)
        elif current and line.strip().startswith("Execution Time:"):
            server[current[0]] += float(line.split()[-2])
        elif current:
            node = re.search(r"(Parallel )?(Seq Scan|Index Scan Backward|Index Scan|Index Only Scan|"
                             r"Bitmap Index Scan|Bitmap Heap Scan)", line)
            if node and node.group(0) not in plans[current[0]][current[1]]:
                plans[current[0]][current[1]].append(node.group(0))

    def short(nodes):
        names = {"Parallel Seq Scan": "pseq", "Seq Scan": "seq", "Index Scan Backward": "time-idx",
                 "Bitmap Index Scan": "gin", "Bitmap Heap Scan": "", "Index Scan": "idx",
                 "Index Only Scan": "idx-only"}
        return "+".join(filter(None, (names.get(node, node) for node in nodes))) or "?"

    print(f"\n{'query':<22} {'kind':<5} {'count':>9} {'substr':>9} {'rows':>4} {'p50 ms':>8} "
          f"{'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'page p50':>8} {'count p50':>9} {'server ms':>9}  "
          f"plan (page / count)")
    mismatches = 0
    for index, (query, kind) in enumerate(queries):
        p50, p95, p99, top = percentiles(samples[index])
        count = counts[index].pop() if len(counts[index]) == 1 else counts[index]
        mismatches += count != expected[query]
        rows = max(page_rows[index])
        label = query if len(query) <= 20 else query[:19] + "…"
        # Pad by display width: CJK characters take two columns.
        pad = 22 - sum(2 if ord(c) > 0x2E80 else 1 for c in label)
        print(f"{label}{' ' * max(pad, 1)} {kind:<5} {count:>9} {expected[query]:>9} {rows:>4} "
              f"{p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {top:>8.1f} {percentiles(split[index][0])[0]:>8.1f} "
              f"{percentiles(split[index][1])[0]:>9.1f} {server[index]:>9.1f}  "
              f"{short(plans[index]['page'])} / {short(plans[index]['count'])}")
    print()
    for name, selected in (("ALL truth", "truth"), ("ALL rare", "rare"), ("ALL", None)):
        pooled = [s for i, (_, kind) in enumerate(queries) if selected in (None, kind)
                  for s in samples[i]]
        if pooled:
            p50, p95, p99, top = percentiles(pooled)
            print(f"{name:<22} {len(pooled):>5} samples   p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                  f"p99 {p99:.1f} ms, max {top:.1f} ms")
    print("\ncount: PostgreSQL's count(*); substr: lines of the TSV whose text contains the query "
          "(Python); rows: first-page size; latency: page + count, client-side (psql \\timing), and "
          "the p50 of each alone; "
          "server ms: one EXPLAIN ANALYZE of both; plan: time-idx = backward scan of the time "
          "index, gin = trigram bitmap scan, (p)seq = (parallel) sequential scan")
    if mismatches:
        sys.exit(f"{mismatches} queries: PostgreSQL's count differs from the substring count")


if __name__ == "__main__":
    main()
