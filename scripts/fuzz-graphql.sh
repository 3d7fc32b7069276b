#!/usr/bin/env bash
# Fuzzes the GraphQL API with schemathesis, generated from schema.graphql, against a fresh
# server on a temporary data dir: as an anonymous caller and as the signed-in administrator.
# Fails if any response is a server error (5xx), carries the INTERNAL code or an error without
# a code (checks in scripts/fuzz_checks.py), or if the server stops answering /healthz. Run by hand (not in CI): see docs/SECURITY.md.
#
#   scripts/fuzz-graphql.sh            # 120 seconds per identity
#   FUZZ_SECONDS=600 scripts/fuzz-graphql.sh
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-120}"
port="${FUZZ_PORT:-18080}"
url="http://127.0.0.1:$port"

if ! command -v st >/dev/null 2>&1; then
  echo "==> installing schemathesis"
  python3 -m pip install -q schemathesis
fi

echo "==> building"
cargo build --release -q

data_dir=$(mktemp -d)
report_dir=$(mktemp -d)
server_log="$data_dir/server.log"
cleanup() {
  if [[ -n "${server_pid:-}" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

SCRM_DATA_DIR="$data_dir" target/release/scrm serve --bind "127.0.0.1:$port" >"$server_log" 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do
  curl -fs "$url/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
password=$(sed -n 's/^ *password: *//p' "$server_log" | head -n 1)
token=$(curl -fs "$url/graphql" -H 'content-type: application/json' \
  -d "{\"query\":\"mutation { login(input: {tenant: \\\"default\\\", email: \\\"admin@localhost\\\", password: \\\"$password\\\"}) { token } }\"}" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')

failed=0
for identity in anonymous admin; do
  headers=()
  if [[ "$identity" == admin ]]; then headers=(-H "Authorization: Bearer $token"); fi
  echo "==> fuzzing as $identity for ${seconds}s"
  if ! SCHEMATHESIS_HOOKS=fuzz_checks PYTHONPATH=scripts st run schema.graphql \
      --url "$url/graphql" "${headers[@]}" \
      --checks no_internal_error --max-time "$seconds" --workers 2 \
      --report ndjson --report-dir "$report_dir/$identity" --no-color; then
    failed=1
  fi
done

echo "==> checking the server"
if ! curl -fs "$url/healthz" >/dev/null; then
  echo "FAIL: the server stopped answering /healthz"; failed=1
fi
if grep -rl '"INTERNAL"' "$report_dir" >/dev/null 2>&1; then
  echo "FAIL: a response carried the INTERNAL code (see $report_dir)"; failed=1
fi
if grep -q 'panicked\|overflowed its stack' "$server_log"; then
  echo "FAIL: the server panicked:"; grep -m 5 'panicked\|overflowed' "$server_log"; failed=1
fi
requests=$(cat "$report_dir"/*/*.ndjson 2>/dev/null | grep -c '"ScenarioFinished"\|"request"' || true)
echo "==> done: reports in $report_dir ($requests events)"
exit "$failed"
