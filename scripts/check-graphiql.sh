#!/usr/bin/env bash
# Renders GraphiQL (GET /graphql) in headless Chromium with the internet blocked and checks,
# from the rendered DOM, that the editor and the documentation explorer (with the schema's
# root types, fetched by introspection) are there and that the Content-Security-Policy
# blocked nothing. Proves the page needs nothing but this server.
#
# Usage: bash scripts/check-graphiql.sh        (builds target/debug/scrm first)
#        SCRM_BIN=path/to/scrm bash scripts/check-graphiql.sh   (skips the build)
#
# How the internet is blocked, twice over: Chromium sends every request not for 127.0.0.1 to a
# proxy at 127.0.0.1:9, where nothing listens (--proxy-server, --proxy-bypass-list), and
# resolves no host but 127.0.0.1 (--host-resolver-rules; IP literals included). Either alone
# stops a request for another host, by name or by address. Before the real check the script
# proves the block: the same browser must fail to load http://example.com/ with the block's
# own error (ERR_PROXY_CONNECTION_FAILED), not merely for want of a network.
#
# Needs Chromium at /usr/bin/chromium; as root (CI) it installs it with apt-get if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
fail() { echo "check-graphiql: FAIL: $*" >&2; exit 1; }

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "check-graphiql: installing Chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [ -x "$CHROMIUM" ] || fail "no Chromium at $CHROMIUM (apt-get install chromium, or set CHROMIUM)"
fi

if [ -z "${SCRM_BIN:-}" ]; then
  cargo build -q --bin scrm
  SCRM_BIN=target/debug/scrm
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh server on a free port (the OS picks it; the log line says which), SQLite in a temp dir.
env -u DATABASE_URL SCRM_LOG_FORMAT=text RUST_LOG=info \
  "$SCRM_BIN" --data-dir "$work/data" serve --bind 127.0.0.1:0 >"$work/server.log" 2>&1 &
server_pid=$!
address=
for _ in $(seq 1 300); do # up to a minute, for a loaded machine
  address=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/server.log" | head -n 1 || true)
  [ -n "$address" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server did not start"; }
  sleep 0.2
done
[ -n "$address" ] || { cat "$work/server.log" >&2; fail "the server did not say where it listens"; }
echo "check-graphiql: server at $address"

# Dumps the DOM of $1 after up to 15 s of (virtual) time, in a new profile each time;
# Chromium's own messages go to $2.
render() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 60 "$CHROMIUM" \
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$profile" \
    --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1" \
    --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="127.0.0.1" \
    --virtual-time-budget=15000 --dump-dom "$1" 2>"$2"
}

# The block holds: an outside page does not load.
render "http://example.com/" "$work/outside.log" >"$work/outside.html" || true
if grep -qi "example domain" "$work/outside.html" ||
  ! grep -qE 'net::ERR_(PROXY_CONNECTION_FAILED|NAME_NOT_RESOLVED)' "$work/outside.log"; then
  tail -n 20 "$work/outside.log" >&2
  fail "the browser was not stopped from loading example.com: the internet is not blocked"
fi

render "$address/graphql" "$work/chromium.log" >"$work/dom.html" ||
  { tail -n 20 "$work/chromium.log" >&2; fail "Chromium failed"; }

check() { # description, extended regex that the rendered DOM must match
  grep -qE "$2" "$work/dom.html" || {
    echo "--- rendered DOM (first 3000 bytes):" >&2
    head -c 3000 "$work/dom.html" >&2
    echo >&2
    fail "$1"
  }
}
check "GraphiQL did not render (no .graphiql-container)" 'class="graphiql-container'
check "no query editor (no CodeMirror element)" 'class="CodeMirror'
check "the documentation explorer is not open" 'class="graphiql-doc-explorer'
check "the documentation explorer shows no root types (introspection failed?)" '>Root Types<'
check "the documentation explorer does not list type Query" 'graphiql-doc-explorer-type-name[^>]*>Query<'
check "the documentation explorer does not list type Mutation" 'graphiql-doc-explorer-type-name[^>]*>Mutation<'
check "the sign-in bar is missing" 'id="scrm-signin"'
if grep -q 'data-csp-violations' "$work/dom.html"; then
  fail "the Content-Security-Policy blocked: $(grep -oE 'data-csp-violations="[^"]*"' "$work/dom.html")"
fi
echo "check-graphiql: ok: GraphiQL rendered offline with its documentation explorer (Query, Mutation)"
