#!/usr/bin/env bash
# Archive benchmarks (docs/BENCHMARKS.md): import throughput and peak RSS, on-disk size, and
# archiveSearch latency, over a generated corpus. Usage: scripts/bench-archive.sh [MESSAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-1000000}
release="${CARGO_TARGET_DIR:-target}/release"
work=${BENCH_DIR:-/tmp/scrm-bench}
corpus="$work/corpus-$messages.jsonl"
data="$work/data-$messages"

cargo build --release --bin scrm --example archive_search_latency
cargo build --release -p archive --example gen_corpus --bench import_floor
mkdir -p "$work"
if [ ! -f "$corpus" ]; then
  "$release"/examples/gen_corpus --messages "$messages" --seed 7 > "$corpus"
fi
echo "corpus: $corpus ($(wc -l < "$corpus") lines, $(du -h "$corpus" | cut -f1))"

echo "== floor: parse + extract + seal only"
IMPORT_BENCH_FILE="$corpus" cargo bench -p archive --bench import_floor 2>/dev/null | tail -n 8

rm -rf "$data"
"$release"/scrm --data-dir "$data" tenant create --slug bench --name Bench \
  --admin-email ops@bench.local --admin-password Bench-Admin-2026 > /dev/null
echo "== import (end to end: parse, encrypt, chain, index, commit)"
/usr/bin/time -f "wall %e s, peak RSS %M KiB" \
  "$release"/scrm --data-dir "$data" archive import --tenant bench "$corpus" 2> >(grep -v '^progress' >&2)

echo "== on-disk size"
db_bytes=$(du -cb "$data"/scrm.db* | tail -n 1 | cut -f1)
index_bytes=$(du -sb "$data/index" | cut -f1)
echo "database: $db_bytes bytes, index: $index_bytes bytes"
echo "per message: $(( (db_bytes + index_bytes) / messages )) bytes (database $(( db_bytes / messages )), index $(( index_bytes / messages )))"

echo "== verify (full: chain and every sealed original)"
/usr/bin/time -f "wall %e s" "$release"/scrm --data-dir "$data" archive verify --tenant bench
echo "== verify --quick (chain only)"
/usr/bin/time -f "wall %e s" "$release"/scrm --data-dir "$data" archive verify --tenant bench --quick

echo "== archiveSearch latency (HTTP + GraphQL + index + decryption), first page of 20"
"$release"/examples/archive_search_latency "$data" bench ops@bench.local Bench-Admin-2026 30
