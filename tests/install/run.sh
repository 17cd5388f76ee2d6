#!/usr/bin/env bash
# Installing inclusio and running it as a service (issue 15; docs/operations.md). Usage:
#   tests/install/run.sh            (make install-test; part of make test)
# 1. `make install DESTDIR=<scratch> PREFIX=/usr`: the layout, no trace of DESTDIR in the binary,
#    the manual page (lint, every command, every environment variable), `make uninstall` leaves
#    no file.
# 2. `make install PREFIX=<scratch>` (no DESTDIR, so the binary's own interface path exists): from
#    another directory, without INCLUSIO_WEB_DIR, `init`, `user add`, `serve`; login through the
#    API, the interface, the OpenAPI description without login (linted when a Spectral ruleset is
#    in the tree), a clean stop; `make uninstall` leaves no file. Under strace when it is there:
#    every system call the service made must be allowed by the unit's SystemCallFilter.
# 3. The systemd unit: `systemd-analyze verify` without a complaint, `security` exposure <= 2.0.
# 4. The nginx site (when nginx is there): `nginx -t` with a throwaway certificate, then nginx in
#    front of the server of step 2: HTTP redirects to HTTPS, HSTS, login through it (Secure cookie).
# 5. The Debian package (when dpkg-buildpackage is there; SKIP_DEB=1 skips it): built from a copy
#    of the tree, lintian without errors, extracted with dpkg-deb -x into a scratch root: layout,
#    version, maintainer scripts; the packaged binary runs and serves the packaged interface.
# Prints "install: N passed, M failed"; exits non-zero when any check failed. KEEP_WORK=1 keeps
# the scratch directory (logs, traces) for a look afterwards.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-install.XXXXXX")
VERSION=$(cat "$ROOT/VERSION")
unset INCLUSIO_WEB_DIR INCLUSIO_DB INCLUSIO_KEY_FILE INCLUSIO_SECURE_COOKIE DESTDIR PREFIX
PIDS=()
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  if [ -n "${KEEP_WORK:-}" ]; then echo "install: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
PASS=0; FAIL=0

pass() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); echo "FAIL: $*" >&2; return 0; }
check() { if [ "$2" = "$3" ]; then pass; else fail "$1: expected '$2', got '$3'"; fi; }
# check_file NAME PATH: PATH is a regular file.
check_file() { if [ -f "$2" ]; then pass; else fail "$1: $2 missing"; fi; }
skip() { echo "install: skipped: $*"; }
# no_files NAME DIR: nothing but (empty) directories left under DIR.
no_files() {
  local left
  left=$(find "$2" ! -type d 2>/dev/null | head -5)
  if [ -z "$left" ]; then pass; else fail "$1: files left: $left"; fi
}
# json EXPR FILE: a value from a JSON file (node, which the API tests need anyway).
json() { node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[2],"utf8")); const v=eval(process.argv[1]); console.log(typeof v==="object"?JSON.stringify(v):v)' "$1" "$2" 2>/dev/null; }

# start_server NAME [env VAR=VALUE...] BIN DB: `BIN --db DB serve --port 0` started from / (under
# $WRAP, e.g. strace, when set); sets SERVER_PID (the inclusio process) and PORT.
start_server() {
  local name=$1; shift
  local envs=()
  if [ "$1" = env ]; then shift; while [[ "$1" == *=* ]]; do envs+=("$1"); shift; done; fi
  local bin=$1 db=$2
  local out=$WORK/serve.$name.out
  (cd / && exec env "${envs[@]}" ${WRAP:-} "$bin" --db "$db" serve --port 0) >"$out" 2>&1 &
  local launcher=$!
  PIDS+=("$launcher")
  PORT=""
  for _ in $(seq 1 100); do
    PORT=$(sed -n 's|.*luistert op http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$out")
    [ -n "$PORT" ] && break
    kill -0 "$launcher" 2>/dev/null || break
    sleep 0.2
  done
  # Under strace the server is strace's child; otherwise the launcher became the server (exec).
  SERVER_PID=$(pgrep -P "$launcher" 2>/dev/null | head -1)
  SERVER_PID=${SERVER_PID:-$launcher}
  if [ -z "$PORT" ]; then fail "$name: server did not start: $(head -5 "$out")"; return 1; fi
  pass
}

# stop_server NAME: SIGTERM, and the server says it stopped.
stop_server() {
  local name=$1
  kill -TERM "$SERVER_PID" 2>/dev/null
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  PIDS=()
  if grep -q "gestopt (SIGTERM)" "$WORK/serve.$name.out"; then pass; else fail "$name: no clean stop: $(tail -3 "$WORK/serve.$name.out")"; fi
}

# login NAME BASE USER PASSWORD [CURL ARGS...]: POST /api/v1/session; the cookie jar in $WORK/NAME.jar,
# the answer in $WORK/NAME.login.json, the headers in $WORK/NAME.login.h.
login() {
  local name=$1 base=$2 user=$3 password=$4; shift 4
  local code
  code=$(curl -s "$@" -o "$WORK/$name.login.json" -D "$WORK/$name.login.h" -w '%{http_code}' -c "$WORK/$name.jar" \
    -H 'Content-Type: application/json' --data "{\"username\":\"$user\",\"password\":\"$password\"}" "$base/api/v1/session")
  check "$name: login answers 200" 200 "$code"
  check "$name: login returns the user" "$user" "$(json 'd.user.username' "$WORK/$name.login.json")"
}

# --- 1. make install DESTDIR=... PREFIX=/usr -------------------------------------------------
STAGE=$WORK/stage
if ! make -C "$ROOT" -s install DESTDIR="$STAGE" PREFIX=/usr >"$WORK/install1.log" 2>&1; then
  fail "make install DESTDIR PREFIX=/usr: $(tail -20 "$WORK/install1.log")"
  echo "install: $PASS passed, $FAIL failed"; exit 1
fi
pass
BIN=$STAGE/usr/bin/inclusio
if [ -x "$BIN" ]; then pass; else fail "binary not installed executable: $BIN"; fi
check_file "interface" "$STAGE/usr/share/inclusio/web/index.html"
if diff -r "$ROOT/web" "$STAGE/usr/share/inclusio/web" >/dev/null; then pass; else fail "installed interface differs from web/"; fi
for m in "$ROOT"/src/store/migrations/*.sql; do check_file "migration" "$STAGE/usr/share/inclusio/migrations/$(basename "$m")"; done
check_file "manual page" "$STAGE/usr/share/man/man1/inclusio.1"
for f in README.md operations.md web.md examples/inclusio.service examples/nginx-inclusio.conf; do
  check_file "docs" "$STAGE/usr/share/doc/inclusio/$f"
done
check "--version" "inclusio $VERSION" "$("$BIN" --version 2>&1)"
# The interface path built in is the installed one, without the staging root.
check "built-in interface path" "1" "$("$BIN" serve --help | grep -cF 'anders /usr/share/inclusio/web)')"
if grep -aqF "$STAGE" "$BIN"; then fail "the staging root (DESTDIR) is in the binary"; else pass; fi

# The manual page: what lintian runs (no warning), a whatis entry, every command, every variable.
MAN=$STAGE/usr/share/man/man1/inclusio.1
if command -v man >/dev/null; then
  LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$MAN" >/dev/null 2>"$WORK/man.err"
  check "man --warnings: no complaint" "" "$(cat "$WORK/man.err")"
else skip "man --warnings (no man)"; fi
if command -v lexgrog >/dev/null; then
  check "whatis entry" "$MAN: \"inclusio - monitor inclusive employment, social return and the banenafspraak\"" "$(lexgrog "$MAN" 2>&1)"
fi
missing=""
for c in $(sed -n 's/^CLI_COMMAND("\([^"]*\)".*/\1/p' "$ROOT/src/cli/commands.def"); do
  grep -qxF ".SS ${c//-/\\-}" "$MAN" || missing="$missing $c"   # roff writes a hyphen as \-
done
check "every command in the manual page" "" "$missing"
missing=""
for v in $(grep -rhoE 'INCLUSIO_[A-Z_]+' "$ROOT/src" --include=*.c | sort -u); do
  [ "$v" = INCLUSIO_VERSION ] && continue   # the build's, not the environment's
  sed -n '/^\.SH ENVIRONMENT/,/^\.SH FILES/p' "$MAN" | grep -q "$v" || missing="$missing $v"
done
check "every environment variable in the manual page" "" "$missing"
check "manual page: the installed paths" "2" \
  "$(grep -cE '^\.I /usr/share/inclusio/(web|migrations)$' "$MAN")"

make -C "$ROOT" -s uninstall DESTDIR="$STAGE" PREFIX=/usr >"$WORK/uninstall1.log" 2>&1 || fail "make uninstall: $(cat "$WORK/uninstall1.log")"
no_files "make uninstall DESTDIR PREFIX=/usr" "$STAGE"

# --- 2. make install PREFIX=<scratch>, run from / ------------------------------------------
PFX=$WORK/prefix
if ! make -C "$ROOT" -s install PREFIX="$PFX" >"$WORK/install2.log" 2>&1; then
  fail "make install PREFIX=$PFX: $(tail -20 "$WORK/install2.log")"
  echo "install: $PASS passed, $FAIL failed"; exit 1
fi
BIN=$PFX/bin/inclusio
DATA=$WORK/data
mkdir -p "$DATA"
DB=$DATA/inclusio.db
STRACE=""
if command -v strace >/dev/null && command -v systemd-analyze >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
  STRACE=yes
else
  skip "system calls against the unit's filter (no strace or systemd-analyze)"
fi
# The service runs as its own user, never as root (SQLite, for one, hands new -wal files to the
# database's owner with fchown only when run as root): as root, this part runs as nobody.
AS_USER=""
mkdir -p "$WORK/trace" "$WORK/backup"
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    chmod 711 "$WORK"
    chown nobody "$DATA" "$WORK/trace" "$WORK/backup" && chmod 700 "$DATA"
    AS_USER="setpriv --reuid=$(id -u nobody) --regid=$(id -g nobody) --clear-groups"
  elif [ -n "$STRACE" ]; then
    STRACE=""; skip "system calls against the unit's filter (root, and no setpriv or user nobody)"
  fi
fi
WRAP="$AS_USER ${STRACE:+strace -f -qq -o $WORK/trace/init}"
(cd / && ${WRAP:-} "$BIN" --db "$DB" init >"$WORK/init.out" 2>&1)
check "init from / (exit)" 0 "$?"
check "init: key file made, mode 0600" 600 "$(stat -c %a "$DB.key" 2>/dev/null)"
(cd / && printf 'Gele-Fiets-Zoetermeer-42\n' | $AS_USER "$BIN" --db "$DB" user add beheerder --role beheer --password-stdin >"$WORK/useradd.out" 2>&1)
check "user add beheerder (exit)" 0 "$?"

# The server runs with the environment the unit gives it (Secure cookie, limits behind the proxy).
UNIT=$ROOT/packaging/inclusio.service
UNIT_ENV=()
while IFS= read -r kv; do UNIT_ENV+=("$kv"); done < <(sed -n 's/^Environment=//p' "$UNIT")
check "unit environment read" 1 "$([ ${#UNIT_ENV[@]} -ge 3 ] && echo 1)"
WRAP="$AS_USER ${STRACE:+strace -f -qq -o $WORK/trace/serve}"
if start_server prefix env "${UNIT_ENV[@]}" "$BIN" "$DB"; then
  BASE=http://127.0.0.1:$PORT
  code=$(curl -s -o "$WORK/index.html" -w '%{http_code}' "$BASE/index.html")
  check "the installed interface is served (index.html)" 200 "$code"
  if cmp -s "$WORK/index.html" "$ROOT/web/index.html"; then pass; else fail "index.html is not the interface"; fi
  login prefix "$BASE" beheerder Gele-Fiets-Zoetermeer-42
  csrf=$(json 'd.csrf_token' "$WORK/prefix.login.json")
  code=$(curl -s -o "$WORK/session.json" -w '%{http_code}' -b "$WORK/prefix.jar" "$BASE/api/v1/session")
  check "GET /api/v1/session with the cookie" 200 "$code"
  # A few reads and a write, so the system calls below cover the ordinary work of the service.
  for p in contracts reports/sroi audit users; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/prefix.jar" "$BASE/api/v1/$p")
    check "GET /api/v1/$p" 200 "$code"
  done
  code=$(curl -s -o "$WORK/newuser.json" -w '%{http_code}' -b "$WORK/prefix.jar" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' --data '{"username":"raad1","role":"raad","password":"Blauwe-Tram-Delft-77","municipalities":["zoetermeer"]}' \
    "$BASE/api/v1/users")
  check "POST /api/v1/users" 201 "$code"
  # An online backup as in docs/operations.md, made while the server runs (restored below).
  if command -v sqlite3 >/dev/null; then
    (cd / && $AS_USER sh -c "umask 077; sqlite3 '$DB' \".backup '$WORK/backup/inclusio.db'\"" >"$WORK/backup.out" 2>&1)
    check "sqlite3 .backup of the running database" 0 "$?"
    check "the backup is for its owner only" 600 "$(stat -c %a "$WORK/backup/inclusio.db" 2>/dev/null)"
  fi
  # The OpenAPI description without login (the API Design Rules), linted by the tree's ruleset.
  code=$(curl -s -o "$WORK/openapi.json" -D "$WORK/openapi.h" -w '%{http_code}' "$BASE/api/v1/openapi.json")
  if [ "$code" = 404 ]; then
    skip "GET /api/v1/openapi.json: not in this tree (404)"
  else
    check "GET /api/v1/openapi.json without login" 200 "$code"
    check "openapi.json: info.version is VERSION" "$VERSION" "$(json 'd.info.version' "$WORK/openapi.json")"
    ruleset=$(cd "$ROOT" && { git ls-files 2>/dev/null || find . -name '*spectral*' ! -path '*/node_modules/*'; } | grep -iE '(^|/)\.?spectral[^/]*\.(ya?ml|json)$' | head -1)
    spectral=$ROOT/tests/api/node_modules/.bin/spectral
    if [ -n "$ruleset" ] && [ -x "$spectral" ]; then
      if "$spectral" lint --quiet --fail-severity=warn -r "$ROOT/$ruleset" "$WORK/openapi.json" >"$WORK/spectral.out" 2>&1; then pass
      else fail "Spectral ($ruleset) on the served openapi.json: $(head -20 "$WORK/spectral.out")"; fi
    else
      skip "Spectral lint of openapi.json (no ruleset or no tests/api/node_modules/.bin/spectral)"
    fi
  fi
  if command -v nginx >/dev/null && command -v openssl >/dev/null; then NGINX_BACKEND=$PORT; fi
fi

# --- 4. nginx in front of the running server -------------------------------------------------
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
if [ -n "${NGINX_BACKEND:-}" ]; then
  NG=$WORK/nginx
  mkdir -p "$NG"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=inclusio.example.nl \
    -keyout "$NG/key.pem" -out "$NG/cert.pem" >/dev/null 2>&1
  sed -e "s#/etc/letsencrypt/live/inclusio.example.nl/fullchain.pem#$NG/cert.pem#" \
      -e "s#/etc/letsencrypt/live/inclusio.example.nl/privkey.pem#$NG/key.pem#" \
      -e "s#/var/log/nginx/#$NG/#" "$ROOT/packaging/nginx/inclusio.conf" >"$NG/site.conf"
  cat >"$NG/nginx.conf" <<EOF
pid $NG/nginx.pid;
error_log $NG/error.log;
events {}
http {
    access_log $NG/access.log;
    client_body_temp_path $NG/body;
    proxy_temp_path $NG/proxy;
    fastcgi_temp_path $NG/fastcgi;
    uwsgi_temp_path $NG/uwsgi;
    scgi_temp_path $NG/scgi;
    include $NG/site.conf;
}
EOF
  if nginx -t -q -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf" >"$NG/t.out" 2>&1; then pass
  else fail "nginx -t on packaging/nginx/inclusio.conf: $(cat "$NG/t.out")"; fi
  # The same site on free loopback ports in front of the server of step 2.
  P80=$(free_port); P443=$(free_port)
  sed -i -e "s/^\(\s*\)listen 80;/\1listen 127.0.0.1:$P80;/" -e "s/^\(\s*\)listen 443 ssl http2;/\1listen 127.0.0.1:$P443 ssl http2;/" \
      -e '/listen \[::\]/d' -e "s/server 127.0.0.1:8080;/server 127.0.0.1:$NGINX_BACKEND;/" "$NG/site.conf"
  if nginx -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf" >"$NG/start.out" 2>&1; then
    for _ in $(seq 1 50); do [ -s "$NG/nginx.pid" ] && break; sleep 0.1; done
    NGINX_PID=$(cat "$NG/nginx.pid" 2>/dev/null)
    [ -n "$NGINX_PID" ] && PIDS+=("$NGINX_PID")
    HOSTP=inclusio.example.nl
    r=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Host: $HOSTP" "http://127.0.0.1:$P80/index.html")
    check "nginx: HTTP redirects to HTTPS" "301 https://$HOSTP/index.html" "$r"
    TLS=(--resolve "$HOSTP:$P443:127.0.0.1" --cacert "$NG/cert.pem")
    code=$(curl -s "${TLS[@]}" -o "$NG/index.html" -D "$NG/index.h" -w '%{http_code}' "https://$HOSTP:$P443/index.html")
    check "nginx: the interface over HTTPS" 200 "$code"
    check "nginx: HSTS" 1 "$(grep -ciE '^strict-transport-security: max-age=63072000; includeSubDomains' "$NG/index.h")"
    check "nginx: inclusio's own CSP passes through" 1 "$(grep -ci '^content-security-policy:' "$NG/index.h")"
    for v in 1.2 1.3; do
      code=$(curl -s "${TLS[@]}" --tlsv$v --tls-max $v -o /dev/null -w '%{http_code}' "https://$HOSTP:$P443/index.html")
      check "nginx: TLS $v" 200 "$code"
    done
    login nginx "https://$HOSTP:$P443" beheerder Gele-Fiets-Zoetermeer-42 "${TLS[@]}"
    check "nginx: the session cookie is Secure" 1 "$(grep -i '^set-cookie: inclusio_session=' "$WORK/nginx.login.h" | grep -ci '; *secure')"
    kill -QUIT "$NGINX_PID" 2>/dev/null
  else
    fail "nginx did not start with the site: $(cat "$NG/start.out" "$NG/error.log" 2>/dev/null | tail -5)"
  fi
else
  skip "nginx site (no nginx or openssl, or no server)"
fi

if [ -n "${SERVER_PID:-}" ] && [ -n "$PORT" ]; then
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/prefix.jar" -H "X-CSRF-Token: ${csrf:-}" -X DELETE "http://127.0.0.1:$PORT/api/v1/session")
  check "logout" 204 "$code"
  stop_server prefix
fi
# The restore of docs/operations.md: the backup and the key file into another place; without the
# key file it does not open, with it the key fits and the users are there.
if [ -f "$WORK/backup/inclusio.db" ]; then
  RDB=$WORK/restore/inclusio.db
  mkdir -p "$WORK/restore"
  install -m 600 "$WORK/backup/inclusio.db" "$RDB"
  check "restore: integrity" ok "$(sqlite3 "$RDB" 'PRAGMA integrity_check')"
  "$BIN" --db "$RDB" user list >/dev/null 2>&1
  check "restore without the key file: refused (exit 3)" 3 "$?"
  install -m 600 "$DB.key" "$RDB.key"
  "$BIN" --db "$RDB" key check >"$WORK/keycheck.out" 2>&1
  check "restore: key check" "0 1" "$? $(grep -c 'hoort bij database' "$WORK/keycheck.out")"
  check "restore: the users of the backup" "beheerder raad1" \
    "$("$BIN" --db "$RDB" --json user list 2>/dev/null | json 'd.map(u=>u.username).sort().join(" ")' /dev/stdin)"
fi
make -C "$ROOT" -s uninstall PREFIX="$PFX" >"$WORK/uninstall2.log" 2>&1 || fail "make uninstall PREFIX: $(cat "$WORK/uninstall2.log")"
no_files "make uninstall PREFIX=<scratch>" "$PFX"

# --- 2b. the system calls of init and serve against the unit's SystemCallFilter --------------
# The unit allows @system-service except @privileged and @resources (SystemCallErrorNumber=EPERM:
# a refused call fails instead of killing the service), and sockets of AF_INET and AF_INET6 only.
if [ -n "$STRACE" ]; then
  filter_set() {   # the system calls of the named sets, groups expanded
    systemd-analyze syscall-filter 2>/dev/null | awk -v want="$*" '
      /^@/ { set = $1; next }
      /^ +[@a-z_0-9]/ && set != "" { m[set] = m[set] " " $1 }
      function expand(s,   n, a, i) { if (seen[s]++) return; n = split(m[s], a, " ");
        for (i = 1; i <= n; i++) if (a[i] ~ /^@/) expand(a[i]); else print a[i] }
      END { n = split(want, w, " "); for (i = 1; i <= n; i++) expand(w[i]) }' | sort -u
  }
  filter_set @system-service >"$WORK/allowed"
  filter_set @privileged @resources >"$WORK/denied"
  for f in init serve; do
    sed -nE 's/^[0-9]+ +([a-z_0-9]+)\(.*/\1/p' "$WORK/trace/$f" | sort -u >"$WORK/called.$f"
    if [ "$(wc -l <"$WORK/called.$f")" -lt 10 ]; then fail "strace $f: too few system calls recorded"; continue; fi
    outside=$(comm -23 "$WORK/called.$f" "$WORK/allowed" | tr '\n' ' ')
    refused=$(comm -12 "$WORK/called.$f" "$WORK/denied" | tr '\n' ' ')
    check "$f: every system call within @system-service" "" "$outside"
    check "$f: no system call of @privileged or @resources" "" "$refused"
    families=$(grep -oE ' (socket|socketpair)\(AF_[A-Z0-9]+' "$WORK/trace/$f" | sed 's/.*(//' | sort -u | grep -vxE 'AF_INET6?' | tr '\n' ' ')
    check "$f: sockets of RestrictAddressFamilies only" "" "$families"
  done
fi

# --- 3. the systemd unit ------------------------------------------------------------------------
check "unit: listens on 127.0.0.1 only" "ExecStart=/usr/bin/inclusio serve --host 127.0.0.1 --port 8080" "$(grep '^ExecStart=' "$UNIT")"
for k in User=inclusio StateDirectory=inclusio ProtectSystem=strict ProtectHome=yes PrivateTmp=yes NoNewPrivileges=yes \
         PrivateDevices=yes Environment=INCLUSIO_DB=/var/lib/inclusio/inclusio.db; do
  check "unit: $k" 1 "$(grep -cx "$k" "$UNIT")"
done
check "debian/inclusio.service is the unit" "$(cat "$UNIT")" "$(cat "$ROOT/debian/inclusio.service")"
if command -v systemd-analyze >/dev/null; then
  # verify needs the binary at the path of ExecStart: a copy of the unit naming the built one.
  mkdir -p "$WORK/unit"
  sed "s#/usr/bin/inclusio#$ROOT/build-install/inclusio#g" "$UNIT" >"$WORK/unit/inclusio.service"
  systemd-analyze verify --man=no "$WORK/unit/inclusio.service" >"$WORK/verify.out" 2>&1
  rc=$?
  check "systemd-analyze verify: no complaint" "0:" "$rc:$(cat "$WORK/verify.out")"
  if systemd-analyze security --offline=true --threshold=20 --no-pager "$WORK/unit/inclusio.service" >"$WORK/security.out" 2>&1; then pass
  else fail "systemd-analyze security: exposure over 2.0: $(tail -1 "$WORK/security.out")"; fi
else
  skip "systemd-analyze (not installed)"
fi

# --- 5. the Debian package ------------------------------------------------------------------
# Build-Depends names the -dev packages scripts/install-deps.sh installs (but libclang-rt-dev, the
# sanitizers and libFuzzer of make fuzz).
missing=""
for p in $(grep -oE '\blib[a-z0-9.+-]+-dev\b' "$ROOT/scripts/install-deps.sh" | sort -u | grep -vx libclang-rt-dev); do
  grep -qE "^\s+$p\b|Build-Depends:.*\b$p\b" "$ROOT/debian/control" || missing="$missing $p"
done
check "debian/control Build-Depends has every -dev package of install-deps.sh" "" "$missing"
check "debian/changelog version is VERSION" "$VERSION" "$(cd "$ROOT" && dpkg-parsechangelog -SVersion 2>/dev/null || sed -n '1s/.*(\(.*\)).*/\1/p' debian/changelog)"
if [ -n "${SKIP_DEB:-}" ]; then
  skip "Debian package (SKIP_DEB)"
elif ! command -v dpkg-buildpackage >/dev/null || ! command -v dh >/dev/null; then
  skip "Debian package (no dpkg-buildpackage or debhelper)"
else
  SRC=$WORK/deb/inclusio-$VERSION
  mkdir -p "$SRC"
  # The tree as it is (tracked and new files, not what .gitignore leaves out).
  if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 cp -a --parents -t "$SRC")
  else
    (cd "$ROOT" && tar --exclude='./build*' --exclude=node_modules --exclude='*.db' -cf - .) | (cd "$SRC" && tar -xf -)
  fi
  # The unit and command-line tests ran already (make test): nocheck.
  if (cd "$SRC" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc 2>/dev/null || echo 2)" dpkg-buildpackage -us -uc -b) >"$WORK/deb.log" 2>&1; then pass
  else fail "dpkg-buildpackage: $(tail -20 "$WORK/deb.log")"; fi
  DEB=$WORK/deb/inclusio_${VERSION}_$(dpkg --print-architecture).deb
  if [ -f "$DEB" ]; then
    if command -v lintian >/dev/null; then
      lintian --tag-display-limit 0 "$WORK"/deb/inclusio_*.changes >"$WORK/lintian.out" 2>&1
      check "lintian: no errors" "" "$(grep '^E:' "$WORK/lintian.out")"
      grep -E '^W:' "$WORK/lintian.out" | sed 's/^/install: lintian warning: /'
    else skip "lintian (not installed)"; fi
    check "package version" "$VERSION" "$(dpkg-deb -f "$DEB" Version)"
    DR=$WORK/debroot
    dpkg-deb -x "$DEB" "$DR"
    dpkg-deb -e "$DEB" "$DR/DEBIAN"
    check_file "deb: binary" "$DR/usr/bin/inclusio"
    check_file "deb: interface" "$DR/usr/share/inclusio/web/index.html"
    for m in "$ROOT"/src/store/migrations/*.sql; do check_file "deb: migration" "$DR/usr/share/inclusio/migrations/$(basename "$m")"; done
    check_file "deb: manual page" "$DR/usr/share/man/man1/inclusio.1.gz"
    unit=$(ls "$DR"/lib/systemd/system/inclusio.service "$DR"/usr/lib/systemd/system/inclusio.service 2>/dev/null | head -1)
    check "deb: the unit" "$(cat "$UNIT")" "$(cat "${unit:-/dev/null}")"
    for f in copyright operations.md examples/nginx-inclusio.conf examples/inclusio.service; do check_file "deb: docs" "$DR/usr/share/doc/inclusio/$f"; done
    check "deb: postinst creates the system user" 1 "$(grep -c 'adduser --quiet --system --group --no-create-home --home /var/lib/inclusio inclusio' "$DR/DEBIAN/postinst")"
    check "deb: postinst enables the unit" 1 "$(grep -c 'deb-systemd-helper unmask .inclusio.service' "$DR/DEBIAN/postinst")"
    check "deb: --version" "inclusio $VERSION" "$("$DR/usr/bin/inclusio" --version 2>&1)"
    check "deb: built-in interface path" "1" "$("$DR/usr/bin/inclusio" serve --help | grep -cF 'anders /usr/share/inclusio/web)')"
    # The packaged binary with the packaged interface (from the scratch root, not /usr).
    DDB=$WORK/debdata/inclusio.db
    mkdir -p "$WORK/debdata"
    (cd / && "$DR/usr/bin/inclusio" --db "$DDB" init >/dev/null 2>&1 &&
      printf 'Gele-Fiets-Zoetermeer-42\n' | "$DR/usr/bin/inclusio" --db "$DDB" user add beheerder --role beheer --password-stdin >/dev/null 2>&1)
    check "deb: init and user add" 0 "$?"
    WRAP=""
    if start_server deb env "INCLUSIO_WEB_DIR=$DR/usr/share/inclusio/web" "$DR/usr/bin/inclusio" "$DDB"; then
      code=$(curl -s -o "$WORK/deb-index.html" -w '%{http_code}' "http://127.0.0.1:$PORT/index.html")
      check "deb: the packaged interface is served" 200 "$code"
      login deb "http://127.0.0.1:$PORT" beheerder Gele-Fiets-Zoetermeer-42
      stop_server deb
    fi
  fi
fi

echo "install: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
