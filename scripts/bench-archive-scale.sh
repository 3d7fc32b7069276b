#!/usr/bin/env bash
# The archive at scale (docs/BENCHMARKS.md, issue 18): import MESSAGES generated messages with the
# importer's progress recorded against time, then the rate-over-time chart, the size, verify and
# search latency. Usage: scripts/bench-archive-scale.sh [MESSAGES] (default 10,000,000: a 3.6 GB
# corpus and about as much disk again for the archive).
#
# Writes, beside the corpus in BENCH_DIR (default /tmp/scrm-bench): progress-MESSAGES.log (each
# progress line prefixed with the epoch seconds it was read), import-rate-MESSAGES.svg/.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-10000000}
release="${CARGO_TARGET_DIR:-target}/release"
work=${BENCH_DIR:-/tmp/scrm-bench}
corpus="$work/corpus-$messages.jsonl"
data="$work/data-$messages"
log="$work/progress-$messages.log"

cargo build --release --bin scrm --example archive_search_latency
cargo build --release -p archive --example gen_corpus
mkdir -p "$work"
if [ ! -f "$corpus" ]; then
  "$release"/examples/gen_corpus --messages "$messages" --seed 7 > "$corpus"
fi
echo "corpus: $corpus ($(wc -l < "$corpus") lines, $(du -h "$corpus" | cut -f1))"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), load $(cut -d ' ' -f 1-3 /proc/loadavg)"

rm -rf "$data" "$log"
"$release"/scrm --data-dir "$data" tenant create --slug bench --name Bench \
  --admin-email ops@bench.local --admin-password Bench-Admin-2026 > /dev/null
echo "== import (progress against time in $log)"
# Peak RSS counts the index files tantivy maps and touches (clean pages the kernel can drop) with
# the process's own memory: a sampler splits the two.
(
  pid=""
  for _ in $(seq 1 100); do
    pid=$(pgrep -n -f -- "^$release/scrm --data-dir $data archive import" || true)
    [ -n "$pid" ] && break
    sleep 0.1
  done
  peak_anon=0 peak_file=0
  while [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; do
    read -r anon file < <(awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {print a+0, f+0}' \
      "/proc/$pid/status" 2>/dev/null || echo "0 0")
    [ "$anon" -gt "$peak_anon" ] && peak_anon=$anon
    [ "$file" -gt "$peak_file" ] && peak_file=$file
    sleep 0.5
  done
  echo "peak anonymous RSS $((peak_anon / 1024)) MiB, peak file-backed RSS $((peak_file / 1024)) MiB (sampled every 0.5 s)" >&2
) &
sampler=$!
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" \
  "$release"/scrm --data-dir "$data" archive import --tenant bench "$corpus" \
  2> >(while IFS= read -r line; do
         case "$line" in
           progress:*) echo "$(date +%s.%N) $line" >> "$log" ;;
           *) echo "$line" >&2 ;;
         esac
       done)
wait "$sampler"
sleep 1
# The importer prints a progress line every 3 s: a run of a few seconds has too few for a chart.
if [ "$(cat "$log" 2>/dev/null | wc -l)" -ge 3 ]; then
  python3 scripts/plot_import_rate.py "$log" "$work/import-rate-$messages.svg" \
    "scrm archive import, $messages messages, SQLite, $(nproc) cores"
else
  echo "rate chart: skipped (fewer than 3 progress lines; import more messages)"
fi

echo "== on-disk size"
python3 -c 'import json, glob, sys; segments = json.load(open(glob.glob(sys.argv[1] + "/index/*/meta.json")[0]))["segments"]; print(f"search index segments: {len(segments)}")' "$data"
db_bytes=$(du -cb "$data"/scrm.db* | tail -n 1 | cut -f1)
index_bytes=$(du -sb "$data/index" | cut -f1)
echo "database: $db_bytes bytes, index: $index_bytes bytes"
echo "per message: $(( (db_bytes + index_bytes) / messages )) bytes (database $(( db_bytes / messages )), index $(( index_bytes / messages )))"

echo "== verify (full) and verify --quick"
/usr/bin/time -f "wall %e s" "$release"/scrm --data-dir "$data" archive verify --tenant bench
/usr/bin/time -f "wall %e s" "$release"/scrm --data-dir "$data" archive verify --tenant bench --quick

echo "== archiveSearch latency, first page of 20 with totalCount: truth queries and rare terms"
python3 scripts/rare_terms.py "$corpus" tests/fixtures/archive-truth.json 12 > "$work/rare-$messages.txt"
"$release"/examples/archive_search_latency "$data" bench ops@bench.local Bench-Admin-2026 30 \
  "$work/rare-$messages.txt"
