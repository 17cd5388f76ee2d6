#!/usr/bin/env bash
# Includes run one way (docs/architecture.md). Checks every #include in SRC (default src/) against
# the rules below and the list of known exceptions (default scripts/include-exceptions.txt).
# Fails on an include the rules forbid that is not listed, and on a listed exception that no longer
# occurs (remove it from the list: the list only shrinks).
#   usage: scripts/check-includes.sh [SRC [EXCEPTIONS]]
set -u
src=${1:-src}
exceptions=${2:-$(dirname "$0")/include-exceptions.txt}
src=${src%/}

# What each folder may include besides itself. A folder not named here is refused outright.
rules='core=
io=core
db=core
store=core db
app=core io store db
web=core io app
cli=core io app web'

grep -rnE --include='*.c' --include='*.h' --include='*.def' '^[[:space:]]*#[[:space:]]*include' "$src" |
awk -v src="$src/" -v rules="$rules" -v exfile="$exceptions" '
BEGIN {
  n = split(rules, r, "\n")
  for (i = 1; i <= n; i++) { split(r[i], kv, "="); known[kv[1]] = 1; may[kv[1]] = " " kv[2] " " }
  while ((getline l < exfile) > 0) {
    sub(/#.*/, "", l); sub(/[ \t]+$/, "", l)
    if (l != "") { listed[l] = 1; order[++nex] = l }
  }
}
{
  file = $0; sub(/:.*/, "", file)
  rest = substr($0, length(file) + 2); line = rest; sub(/:.*/, "", line)
  text = substr(rest, length(line) + 2)
  rel = substr(file, length(src) + 1); layer = rel; sub(/\/.*/, "", layer)
  if (text ~ /include[ \t]*<sqlite3\.h>/) {
    if (rel ~ /^db\/sqlite/) next
    target = "<sqlite3.h>"; why = "only the SQLite driver (src/db/sqlite*) includes sqlite3.h"
  } else if (text ~ /include[ \t]*<(postgresql\/)?libpq-fe\.h>/) {
    if (rel == "db/pgsql.c") next
    target = "<libpq-fe.h>"; why = "only the PostgreSQL driver (src/db/pgsql.c) includes libpq-fe.h"
  } else if (match(text, /"[^"]+"/)) {
    target = substr(text, RSTART + 1, RLENGTH - 2)
    if (target !~ /\//) next
    to = target; sub(/\/.*/, "", to)
    if (to == layer) next
    if (target ~ /^db\/(driver|sqlite_native)\.h$/) {
      printf "%s:%s: %s is private to the database seam (src/db)\n", file, line, target > "/dev/stderr"; bad = 1; next
    }
    if (!(layer in known)) { printf "%s:%s: src/%s/ is not a known folder (docs/architecture.md)\n", file, line, layer > "/dev/stderr"; bad = 1; next }
    if (index(may[layer], " " to " ")) next
    why = layer " may include " (may[layer] ~ /^ +$/ ? "only itself" : substr(may[layer], 2) "and itself")
  } else next
  key = rel " " target
  seen[key] = 1; nseen++
  if (!(key in listed)) { printf "%s:%s: %s must not include %s (%s)\n", file, line, layer, target, why > "/dev/stderr"; bad = 1 }
}
END {
  for (i = 1; i <= nex; i++)
    if (!(order[i] in seen)) { printf "%s: \047%s\047 no longer occurs: remove it from the list\n", exfile, order[i] > "/dev/stderr"; bad = 1 }
  if (bad) { print "check-includes: FAILED (docs/architecture.md, \047What may include what\047)" > "/dev/stderr"; exit 1 }
  printf "check-includes: ok (%d known exceptions left)\n", nex
}'
