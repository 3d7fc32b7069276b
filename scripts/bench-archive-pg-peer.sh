#!/usr/bin/env bash
# The PostgreSQL peer of archiveSearch (docs/BENCHMARKS.md, "Compliance archive"), to run beside
# scripts/bench-archive.sh on the same corpus. Usage: scripts/bench-archive-pg-peer.sh [MESSAGES]
#
# The peer is what a SQL shop would build instead of the archive: one PostgreSQL table holding
# every message's normalised searchable text IN CLEAR (`msgid, sent_at_ms, text`), a pg_trgm GIN
# index on the text and a B-tree on the time, searched with `text LIKE '%q%'` ordered by time,
# newest 20 (`LIMIT 20`), plus `count(*)` for the exact total. The text is the archive's own
# (`Message::searchable_text`, normalised by `archive::normalize::normalize`, dumped by
# `archive/examples/searchable_tsv.rs`), so a match means what it means for archiveSearch: the
# normalised query is a substring of the normalised text, and the counts can be compared with
# archiveSearch's totalCount.
#
# What it measures: the TSV dump (our parse + normalisation, timed apart: not PostgreSQL's work);
# the `\copy` load, the GIN and time index builds and ANALYZE (msg/s for the load alone and with
# the indexes); the table's size with its indexes, per message, beside the corpus's; and, for
# the truth queries (tests/fixtures/archive-truth.json, as examples/archive_search_latency.rs)
# plus rare terms picked from the corpus (code words, parcel numbers: ≤ 100 matches each), ROUNDS
# rounds of page + count in ONE psql session, client-side latency (psql `\timing`) p50/p95/p99/max
# per query, for the truth queries, the rare terms and overall, with PostgreSQL's counts checked
# against a plain substring count of the TSV and the plans PostgreSQL chose.
#
# What it does not have, and is not: no encryption at rest (the text is plaintext on disk, in
# the table, its indexes and the WAL), no sealed originals, no hash chain, no access control or
# audit log, no HTTP or GraphQL in front (our side's latency includes those); the database's own
# settings are used as found (printed below: the CI cluster runs with fsync = off). It is the
# peer to compare against, not a recommendation.
#
# Environment: DATABASE_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres; its
# table scrm_peer_messages is dropped and recreated, and dropped again at the end unless
# KEEP_TABLE=1; the TSV stays in BENCH_DIR as peer-$MESSAGES.tsv), BENCH_DIR (default /tmp/scrm-bench: the same
# corpus-$MESSAGES.jsonl as bench-archive.sh, generated with seed 7 if missing), ROUNDS (30),
# CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-1000000}
release="${CARGO_TARGET_DIR:-target}/release"
work=${BENCH_DIR:-/tmp/scrm-bench}
corpus="$work/corpus-$messages.jsonl"
tsv="$work/peer-$messages.tsv"
db=${DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
rounds=${ROUNDS:-30}
table=scrm_peer_messages

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
sql() { psql "$db" -X -q -At -v ON_ERROR_STOP=1 "$@"; }

echo "== machine"
echo "cores: $(nproc), cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "server: $(sql -c 'SHOW server_version')"
sql -F ' ' -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name)
  FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'fsync',
  'synchronous_commit', 'max_parallel_workers_per_gather', 'lc_ctype', 'jit')" |
  sed 's/^/settings: /'

echo "== build (release)"
started=$(now)
cargo build --release -p archive --example searchable_tsv --example gen_corpus
echo "build: $(since "$started") s"

mkdir -p "$work"
if [ ! -f "$corpus" ]; then
  "$release"/examples/gen_corpus --messages "$messages" --seed 7 > "$corpus"
fi
corpus_bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus ($(wc -l < "$corpus") lines, $corpus_bytes bytes, $(( corpus_bytes / messages )) bytes/message)"

echo "== dump: parse + searchable text + normalise → COPY text (ours, not PostgreSQL's)"
started=$(now)
"$release"/examples/searchable_tsv "$corpus" > "$tsv"
dump_s=$(since "$started")
rows=$(wc -l < "$tsv")
echo "dump: $rows rows, $(stat -c %s "$tsv") bytes in $dump_s s ($(rate "$rows" "$dump_s") msg/s)"

echo "== load into $table (fresh table)"
sql <<SQL
SET client_min_messages TO warning;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DROP TABLE IF EXISTS $table;
CREATE TABLE $table (msgid text, sent_at_ms bigint, text text);
SQL
# pg_trgm only makes trigrams of characters the database's LC_CTYPE calls alphanumeric: under the
# C locale, Chinese text has none and the GIN index cannot help with it. A query shorter than
# three characters has no trigram either (开户, 定投, …): PostgreSQL then scans the table.
echo "pg_trgm trigrams of '风险测评': $(sql -c "SELECT cardinality(show_trgm('风险测评'))") (0: this LC_CTYPE hides Chinese from the GIN index)"
started=$(now)
sql -c "\\copy $table (msgid, sent_at_ms, text) FROM '$tsv' WITH (FORMAT text)"
load_s=$(since "$started")
echo "copy:           $load_s s ($(rate "$rows" "$load_s") msg/s)"
started=$(now)
sql -c "CREATE INDEX ${table}_text_trgm ON $table USING gin (text gin_trgm_ops)"
gin_s=$(since "$started")
echo "gin trigram:    $gin_s s"
started=$(now)
sql -c "CREATE INDEX ${table}_sent_at ON $table (sent_at_ms)"
time_s=$(since "$started")
echo "time index:     $time_s s"
started=$(now)
sql -c "ANALYZE $table"
analyze_s=$(since "$started")
echo "analyze:        $analyze_s s"
total_s=$(awk -v a="$load_s" -v b="$gin_s" -v c="$time_s" -v d="$analyze_s" 'BEGIN { printf "%.2f", a + b + c + d }')
echo "load alone: $(rate "$rows" "$load_s") msg/s; load + indexes + analyze: $total_s s ($(rate "$rows" "$total_s") msg/s)"

echo "== size"
sql -F ' ' <<SQL | while read -r total heap indexes gin btree; do
SELECT pg_total_relation_size('$table'), pg_relation_size('$table'), pg_indexes_size('$table'),
       pg_relation_size('${table}_text_trgm'), pg_relation_size('${table}_sent_at');
SQL
  echo "table with indexes: $total bytes (heap $heap, indexes $indexes: gin $gin, time $btree; the rest is TOAST, free space and visibility maps)"
  echo "per message: $(( total / rows )) bytes (heap $(( heap / rows )), gin $(( gin / rows )), time index $(( btree / rows ))); corpus line $(( corpus_bytes / messages )) bytes"
done

echo "== queries: page (newest 20) + count(*), $rounds rounds, one psql session"
python3 scripts/bench_archive_pg_peer.py --db "$db" --table "$table" --tsv "$tsv" \
  --truth tests/fixtures/archive-truth.json --normaliser "$release"/examples/searchable_tsv \
  --rounds "$rounds"

if [ "${KEEP_TABLE:-0}" != 1 ]; then
  sql -c "DROP TABLE $table"
  echo "dropped $table"
fi
