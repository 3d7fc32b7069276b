#!/usr/bin/env bash
# Checks deploy/nginx.conf for real: nginx (installed if missing) terminates TLS in front of a
# debug `scrm serve` with `--trusted-proxy 127.0.0.1/32`, and we ask through it for readiness, a
# GraphQL sign-in, the HTTP→HTTPS redirect and a WebSocket upgrade on /graphql/ws.
# Run from the repository root; CI runs it (.ci/run). Needs root only to install nginx.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-nginx: $*" >&2; exit 1; }

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# CI passes the binary `cargo test` just built (SCRM_BIN): `cargo build` alone resolves features
# without the dev-dependencies and would compile the whole workspace a second time.
if [ -z "${SCRM_BIN:-}" ]; then
  cargo build -q --bin scrm
  SCRM_BIN=target/debug/scrm
fi
work=$(mktemp -d)
scrm_pid=""
cleanup() {
  [ -n "$scrm_pid" ] && kill "$scrm_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
scrm_port=$(free_port); https_port=$(free_port); http_port=$(free_port)

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=scrm.example.internal" \
  -keyout "$work/scrm.key" -out "$work/scrm.crt" >/dev/null 2>&1

# The site as shipped, with this run's ports and certificate.
sed -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$scrm_port;|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|https://\$host\$request_uri|https://\$host:$https_port\$request_uri|" \
    -e "s|/etc/nginx/tls/|$work/|" deploy/nginx.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  include $work/site.conf;
}
CONF
"$NGINX" -t -c "$work/nginx.conf" -p "$work" 2>&1 | grep -q "test is successful" \
  || { "$NGINX" -t -c "$work/nginx.conf" -p "$work"; fail "nginx refuses deploy/nginx.conf"; }

"$SCRM_BIN" --data-dir "$work/data" serve --bind "127.0.0.1:$scrm_port" \
  --trusted-proxy 127.0.0.1/32 > "$work/scrm.out" 2>&1 &
scrm_pid=$!
"$NGINX" -c "$work/nginx.conf" -p "$work"

base="https://scrm.example.internal:$https_port"
resolve=(--resolve "scrm.example.internal:$https_port:127.0.0.1" --resolve "scrm.example.internal:$http_port:127.0.0.1")
for _ in $(seq 1 100); do
  curl -sk "${resolve[@]}" -o /dev/null -w '%{http_code}' "$base/readyz" | grep -q 200 && break
  sleep 0.2
done
curl -sk "${resolve[@]}" "$base/readyz" | grep -q '"ready"' || fail "/readyz through nginx is not ready"

password=$(sed -n 's/^ *password: *//p' "$work/scrm.out")
[ -n "$password" ] || fail "the first start printed no admin password"
body=$(printf '{"query":"mutation { login(input: {tenant: \\"default\\", email: \\"admin@localhost\\", password: \\"%s\\"}) { token } }"}' "$password")
token=$(curl -sk "${resolve[@]}" "$base/graphql" -H 'content-type: application/json' -d "$body" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"] or "")')
[ -n "$token" ] || fail "sign-in through nginx returned no token"

redirect=$(curl -s "${resolve[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "http://scrm.example.internal:$http_port/graphql")
[[ "$redirect" == "308 https://scrm.example.internal:$https_port/graphql" ]] || fail "port 80 does not redirect to HTTPS: $redirect"

upgrade=$(curl -sk --http1.1 "${resolve[@]}" -o /dev/null -w '%{http_code}' --max-time 3 \
  -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' -H 'Sec-WebSocket-Protocol: graphql-transport-ws' \
  "$base/graphql/ws" || true)
[ "$upgrade" = "101" ] || fail "WebSocket upgrade through nginx answered $upgrade, not 101"

metrics=$(curl -sk "${resolve[@]}" -o /dev/null -w '%{http_code}' "$base/metrics")
[ "$metrics" = "403" ] || fail "/metrics is reachable through nginx ($metrics); it must stay internal"
curl -s "http://127.0.0.1:$scrm_port/metrics" | grep -q '^scrm_archive_index_lag{tenant="default"} 0$' \
  || fail "/metrics on scrm's own address does not report the default tenant"

echo "check-nginx: ok (TLS, sign-in, redirect, WebSocket upgrade and /metrics kept internal, through deploy/nginx.conf)"
