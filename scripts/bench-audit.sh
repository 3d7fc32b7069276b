#!/usr/bin/env bash
# What the audit entry costs an archive read (docs/BENCHMARKS.md, "Audit log"): archiveSearch
# latency over the generated archive, with every read audited, beside the same server with the
# read's audit write skipped — the benchmark-only `bench-unaudited-reads` feature, switched on
# per run by SCRM_BENCH_UNAUDITED_READS=1. Runs alternate, so a shared machine's load falls on
# both alike.
#
# Usage: scripts/bench-audit.sh [MESSAGES] [PAIRS] [ROUNDS]
#   MESSAGES  archive size (default 1000000; the corpus and its import are reused from
#             scripts/bench-archive.sh under BENCH_DIR, or made here)
#   PAIRS     audited/unaudited runs (default 3)
#   ROUNDS    searches per truth query and run (default 100; 16 queries)
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-1000000}
pairs=${2:-3}
rounds=${3:-100}
release="${CARGO_TARGET_DIR:-target}/release"
work=${BENCH_DIR:-/tmp/scrm-bench}
corpus="$work/corpus-$messages.jsonl"
data="$work/data-$messages"

# The scrm binary (corpus import) is the ordinary build. The latency example is built with the
# switch: one binary serves both ways, since the feature only makes the switch exist and it is
# off unless the environment variable is set. It is copied aside, so the next ordinary build
# replaces it in the target dir.
cargo build --release --bin scrm
cargo build --release -p archive --example gen_corpus
cargo build --release --features bench-unaudited-reads --example archive_search_latency
mkdir -p "$work"
latency="$work/archive_search_latency-bench"
cp "$release/examples/archive_search_latency" "$latency"
if [ ! -f "$corpus" ]; then
  "$release"/examples/gen_corpus --messages "$messages" --seed 7 > "$corpus"
fi
if [ ! -f "$data/imported" ]; then
  rm -rf "$data"
  "$release"/scrm --data-dir "$data" tenant create --slug bench --name Bench \
    --admin-email ops@bench.local --admin-password Bench-Admin-2026 > /dev/null
  "$release"/scrm --data-dir "$data" archive import --tenant bench "$corpus" 2> >(grep -v '^progress' >&2)
  touch "$data/imported"
fi

echo "== archiveSearch over $messages messages, $rounds rounds x 16 queries per run; $(uptime)"
for pair in $(seq "$pairs"); do
  for mode in audited unaudited; do
    if [ "$mode" = unaudited ]; then export SCRM_BENCH_UNAUDITED_READS=1; else unset SCRM_BENCH_UNAUDITED_READS; fi
    printf '%-10s run %s: ' "$mode" "$pair"
    "$latency" "$data" bench ops@bench.local Bench-Admin-2026 "$rounds" 2>/dev/null | grep '^ALL' \
      | awk '{ printf "samples %s  p50 %s ms  p95 %s ms  p99 %s ms  max %s ms\n", $2, $3, $4, $5, $6 }'
  done
done
unset SCRM_BENCH_UNAUDITED_READS
echo "== load after: $(uptime)"
