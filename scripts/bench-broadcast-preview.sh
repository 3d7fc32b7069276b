#!/usr/bin/env bash
# broadcastPreview over a large tenant (docs/BENCHMARKS.md, "Broadcast preview"): 100,000
# customers (a tenth followed twice), 20 staff, 200 tags in 10 groups, ~5 tags per follow, a
# week of earlier mass messages, and a three-clause tag filter; the preview is asked through
# the real server over HTTP, as a console would, and its latency reported.
# Usage: scripts/bench-broadcast-preview.sh [CUSTOMERS] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
requests=${2:-300}
release="${CARGO_TARGET_DIR:-target}/release"
data=${BENCH_DIR:-/tmp/scrm-bench-preview}
port=${SCRM_PORT:-19491}
password=Bench-Admin-2026

cargo build --release --bin scrm
rm -rf "$data"
"$release"/scrm --data-dir "$data" tenant create --slug bench --name Bench \
  --admin-email ops@bench.local --admin-password "$password" > /dev/null
python3 scripts/bench_preview_seed.py "$data/scrm.db" "$customers"

"$release"/scrm --data-dir "$data" serve --bind "127.0.0.1:$port" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
python3 scripts/bench_preview_run.py "$port" "$password" "$requests"
