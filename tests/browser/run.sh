#!/usr/bin/env bash
# Browser tests: a fresh demo database, `inclusio serve` on a free loopback port, the tests in
# this folder run by `node --test` against Debian's chromium (playwright-core, no downloaded
# browser), then the server is stopped.
# Usage: tests/browser/run.sh [path/to/inclusio [test files...]]  (default: every *.test.mjs here)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$(realpath "${1:-$root/build/inclusio}")"
[ $# -gt 0 ] && shift
only=("$@")
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium_bin" ]; then echo "browser-tests: $chromium_bin ontbreekt (apt-get install chromium)" >&2; exit 1; fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

db="$tmp/browser.db"
"$bin" --db "$db" init >/dev/null
"$bin" --db "$db" demo >/dev/null

# Test accounts, made the way an administrator would: one per role in the acceptance flow and two
# contractors (organisations taken from the demo data).
password="Bt-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
read -r kvk_a kvk_b name_a name_b < <("$bin" --db "$db" --json contract list | node -e '
  const d = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const seen = new Map();
  for (const c of d.items) if (!seen.has(c.contractor.kvk)) seen.set(c.contractor.kvk, c.contractor.name);
  const orgs = [...seen.entries()];
  if (orgs.length < 2) { console.error("browser-tests: de demodata heeft minder dan twee opdrachtnemers"); process.exit(1); }
  console.log(orgs[0][0], orgs[1][0], encodeURIComponent(orgs[0][1]), encodeURIComponent(orgs[1][1]));')
add_user() { printf '%s\n' "$password" | "$bin" --db "$db" user add "$@" --password-stdin >/dev/null; }
add_user bt.inkoop --role inkoop --municipality zoetermeer
add_user bt.srteam --role sr-team --municipality zoetermeer
add_user bt.beheer --role beheer
add_user bt.opdrachtnemer.a --role opdrachtnemer --organisation "$kvk_a"
add_user bt.opdrachtnemer.b --role opdrachtnemer --organisation "$kvk_b"

# The daily jobs run when a test asks (jobs run --date D through INCLUSIO_BIN), not in the server.
INCLUSIO_JOBS=off "$bin" --db "$db" serve --host 127.0.0.1 --port 0 --static "$root/web" >"$tmp/server.log" 2>&1 &
server_pid=$!
base=""
for _ in $(seq 1 100); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$tmp/server.log" | head -1 || true)"
  [ -n "$base" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "browser-tests: de server startte niet:" >&2; cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "browser-tests: de server meldde geen adres" >&2; cat "$tmp/server.log" >&2; exit 1; }

export INCLUSIO_BASE_URL="$base"
export INCLUSIO_TEST_PASSWORD="$password"
export INCLUSIO_CONTRACTOR_A_KVK="$kvk_a" INCLUSIO_CONTRACTOR_B_KVK="$kvk_b"
export INCLUSIO_CONTRACTOR_A_NAME="$name_a" INCLUSIO_CONTRACTOR_B_NAME="$name_b"
export CHROMIUM="$chromium_bin"
export INCLUSIO_BIN="$bin" INCLUSIO_DB="$db"
mkdir -p "$here/artifacts"
cd "$here"
status=0
if [ ${#only[@]} -gt 0 ]; then files=("${only[@]}"); else files=(./*.test.mjs); fi
node --test --test-concurrency=1 --test-reporter=spec "${files[@]}" || status=$?
if [ "$status" -ne 0 ]; then echo "--- server log ---" >&2; tail -n 50 "$tmp/server.log" >&2; fi
exit "$status"
