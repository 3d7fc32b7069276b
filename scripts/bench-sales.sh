#!/usr/bin/env bash
# Customers by tag on a seeded sales tenant (docs/BENCHMARKS.md, "Sales: customers by tag on a
# seeded tenant"): `scrm dev seed-sales` fills a fresh tenant (100,000 customers, 1,000 staff,
# 300,000 follow-ups, 20,000 deals over a year, seed 7), then the real server is asked over
# HTTP, as a console would, for the first page of customers carrying a popular, a mid and a
# rare tag, and two tags at once; the latencies are reported (scripts/bench_sales_run.py).
#
# Usage: scripts/bench-sales.sh [REQUESTS]
# SQLite in a fresh data dir by default. With DATABASE_URL=postgres://USER:PASS@HOST:PORT/DB set,
# the database `scrm_bench` on that server is dropped, recreated and used instead.
# Sizes: BENCH_CUSTOMERS, BENCH_STAFF, BENCH_FOLLOW_UPS, BENCH_DEALS (defaults as above).
# PostgreSQL's statistics are gathered (ANALYZE) after seeding, as autovacuum does within a
# minute of a bulk load: without that, the first minute measures plans made without statistics.
# On SQLite `scrm serve` gathers them itself when it starts (`PRAGMA optimize`, api/src/db.rs);
# the script waits for them before measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-300}
customers=${BENCH_CUSTOMERS:-100000}
staff=${BENCH_STAFF:-1000}
follow_ups=${BENCH_FOLLOW_UPS:-300000}
deals=${BENCH_DEALS:-20000}
release="${CARGO_TARGET_DIR:-target}/release"
data=${BENCH_DIR:-/tmp/scrm-bench-sales}
port=${SCRM_PORT:-19492}
password=Bench-Admin-2026

# BENCH_SKIP_BUILD=1: use the binary already built. BENCH_DASHBOARD_FIELDS=1: also time each
# dashboard field alone (scripts/bench_sales_run.py).
[[ -n "${BENCH_SKIP_BUILD:-}" ]] || cargo build --release --bin scrm
rm -rf "$data"
mkdir -p "$data"
if [[ -n "${DATABASE_URL:-}" ]]; then
  server_url=$DATABASE_URL
  psql "$server_url" -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS scrm_bench" \
    -c "CREATE DATABASE scrm_bench"
  export DATABASE_URL="${server_url%/*}/scrm_bench"
  echo "database: PostgreSQL, scrm_bench"
else
  echo "database: SQLite, $data/scrm.db"
fi
scrm() { "$release"/scrm --data-dir "$data" "$@"; }

scrm tenant create --slug bench --name Bench --admin-email ops@bench.local \
  --admin-password "$password" > /dev/null
/usr/bin/time -f 'seed-sales: %e s wall, %U s user, peak RSS %M KiB' \
  "$release"/scrm --data-dir "$data" dev seed-sales --tenant bench --customers "$customers" \
  --staff "$staff" --follow-ups "$follow_ups" --deals "$deals" --days 365 --seed 7

if [[ -n "${DATABASE_URL:-}" ]]; then
  psql "$DATABASE_URL" -q -c "ANALYZE"
  psql "$DATABASE_URL" -Atc "SELECT 'database size: ' || pg_size_pretty(pg_database_size('scrm_bench'))
    || ' (' || pg_database_size('scrm_bench') || ' bytes)'"
else
  # Checkpoint the WAL into the file first, so the size is the database's.
  sqlite3 "$data/scrm.db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
  echo "database size: $(stat -c %s "$data/scrm.db") bytes"
fi

"$release"/scrm --data-dir "$data" serve --bind "127.0.0.1:$port" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
if [[ -z "${DATABASE_URL:-}" ]]; then
  for _ in $(seq 1 300); do
    [[ "$(sqlite3 "$data/scrm.db" "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")" == 1 ]] && break
    sleep 0.1
  done
  echo "sqlite: statistics gathered by the server ($(sqlite3 "$data/scrm.db" "SELECT count(*) FROM sqlite_stat1") rows)"
fi
python3 scripts/bench_sales_run.py "$port" "$password" "$requests"
