#!/usr/bin/env bash
# Archive puller throughput (docs/BENCHMARKS.md, "Archive puller"): the same generated messages
# pulled from the loopback WeCom (each one's random key sealed under the tenant's 2048-bit RSA
# key, as WeCom's archive delivers them) and imported from a file, end to end, both into a
# fresh SQLite data dir. Usage: scripts/bench-pull.sh [MESSAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-100000}
release="${CARGO_TARGET_DIR:-target}/release"
work=${BENCH_DIR:-/tmp/scrm-bench-pull}
corpus="$work/corpus-$messages.jsonl"
fake_port=${FAKE_PORT:-19480}
scrm_port=${SCRM_PORT:-19481}
password=Bench-Admin-2026

cargo build --release --bin scrm
cargo build --release -p archive --example gen_corpus
mkdir -p "$work"
if [ ! -f "$corpus" ]; then
  "$release"/examples/gen_corpus --messages "$messages" --seed 7 > "$corpus"
fi
echo "corpus: $corpus ($(wc -l < "$corpus") lines)"

# The corp's archive key pair: WeCom holds the public key, the tenant the private one.
openssl genrsa -out "$work/archive-key.pem" 2048 2> /dev/null
openssl rsa -in "$work/archive-key.pem" -pubout -out "$work/archive-pub.pem" 2> /dev/null
"$release"/scrm dev wecom-fixture --staff 2 --customers 0 --groups 0 \
  --archive-corpus "$corpus" --archive-public-key "$work/archive-pub.pem" > "$work/fixture.json"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done; }
trap cleanup EXIT
"$release"/scrm dev wecom-fake --bind "127.0.0.1:$fake_port" --fixture "$work/fixture.json" \
  > "$work/fake.log" 2>&1 &
pids+=($!)
wait_for() { for _ in $(seq 1 600); do curl -sf "$1" > /dev/null 2>&1 && return 0; sleep 0.1; done; echo "$1 never answered" >&2; return 1; }
# Any path answers once the fake listens (WeCom's errors are HTTP 200).
wait_for "http://127.0.0.1:$fake_port/cgi-bin/gettoken"

fresh_tenant() {
  rm -rf "$1"
  "$release"/scrm --data-dir "$1" tenant create --slug bench --name Bench \
    --admin-email ops@bench.local --admin-password "$password" > /dev/null 2>&1
}

# The pull: settings through the server as an admin would set them, then the operator's pull.
data="$work/data-pull"
fresh_tenant "$data"
"$release"/scrm --data-dir "$data" serve --bind "127.0.0.1:$scrm_port" > "$work/serve.log" 2>&1 &
serve_pid=$!
pids+=($serve_pid)
wait_for "http://127.0.0.1:$scrm_port/healthz"
python3 - "$scrm_port" "$password" "$work/archive-key.pem" <<'EOF'
import json, sys, urllib.request
port, password, key_path = sys.argv[1], sys.argv[2], sys.argv[3]
def graphql(query, variables, token=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables}).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
    )
    answer = json.load(urllib.request.urlopen(request))
    if answer.get("errors"):
        sys.exit(f"GraphQL error: {answer['errors']}")
    return answer["data"]
token = graphql(
    "mutation($i: LoginInput!) { login(input: $i) { token } }",
    {"i": {"tenant": "bench", "email": "ops@bench.local", "password": password}},
)["login"]["token"]
settings = graphql(
    "mutation($i: WecomSettingsUpdateInput!) { wecomSettingsUpdate(input: $i) { wecomSettings { archiveKeyVersions } userErrors { field message } } }",
    {"i": {"corpId": "wwfakecorp0001", "archiveSecret": "fake-archive-secret",
           "archivePrivateKeys": [{"version": 1, "pem": open(key_path).read()}]}},
    token,
)["wecomSettingsUpdate"]
if settings["userErrors"]:
    sys.exit(f"wecomSettingsUpdate refused: {settings['userErrors']}")
EOF
kill "$serve_pid"
wait "$serve_pid" 2> /dev/null || true

echo "== pull from the loopback WeCom (GetChatData pages of 1000, RSA + AES per message, then the import path)"
# The generated media ids are unknown to the fake: each GetMediaData is answered 10005 at once
# (a warning per message, filtered out here), so media bytes are not part of the figure.
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KiB" \
  "$release"/scrm --data-dir "$data" --wecom-base-url "http://127.0.0.1:$fake_port" \
  archive pull --tenant bench --page-size 1000 2> >(grep -v 'WARN\|INFO' >&2) | tail -n 3

echo "== import of the same messages from the file"
data="$work/data-import"
fresh_tenant "$data"
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KiB" \
  "$release"/scrm --data-dir "$data" archive import --tenant bench "$corpus" \
  2> >(grep -v '^progress\|INFO' >&2) | tail -n 3
