#!/usr/bin/env bash
# Runs the goals/dashboard browser test on its own: a fresh demo database, `inclusio serve` on a
# free loopback port, the database's private strings (candidate references, pseudonyms, contact names)
# exported for the privacy check, then node --test against Debian's chromium.
# Usage: tests/browser/run_goals.sh [path/to/inclusio]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$(realpath "${1:-$root/build/inclusio}")"
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi
tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
db="$tmp/goals.db"
"$bin" --db "$db" init >/dev/null
"$bin" --db "$db" demo >/dev/null
sqlite3 "$db" "SELECT candidate_ref FROM realisations WHERE candidate_ref IS NOT NULL;
               SELECT lower(hex(pseudonym)) FROM persons;
               SELECT name FROM employer_contacts;" > "$tmp/private.txt"
"$bin" --db "$db" serve --host 127.0.0.1 --port 0 --static "$root/web" >"$tmp/server.log" 2>&1 &
server_pid=$!
base=""
for _ in $(seq 1 100); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$tmp/server.log" | head -1 || true)"
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$tmp/server.log" >&2; exit 1; }
export INCLUSIO_BASE_URL="$base" INCLUSIO_PRIVATE_STRINGS="$tmp/private.txt" CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$here"
node --test --test-concurrency=1 --test-reporter=spec ./goals_dashboard.test.mjs
