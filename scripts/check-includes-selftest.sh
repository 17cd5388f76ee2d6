#!/usr/bin/env bash
# Shows that scripts/check-includes.sh can fail: on a copy of src/ it must refuse a new forbidden
# include of each kind and a listed exception that no longer occurs, and pass the copy untouched.
set -u
here=$(cd "$(dirname "$0")" && pwd)
check="$here/check-includes.sh"
list="$here/include-exceptions.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

fresh() { rm -rf "$tmp/src" "$tmp/list"; cp -R src "$tmp/src"; cp "$list" "$tmp/list"; }
expect_fail() {   # what, file, line to append
  fresh
  printf '%s\n' "$3" >> "$tmp/src/$2"
  if "$check" "$tmp/src" "$tmp/list" >/dev/null 2>&1; then echo "selftest: not refused: $1" >&2; fail=1; fi
}

fresh
"$check" "$tmp/src" "$tmp/list" >/dev/null 2>&1 || { echo "selftest: the untouched copy fails" >&2; fail=1; }
expect_fail "core including store"  core/date.c         '#include "store/db.h"'
expect_fail "core including io"     core/date.c         '#include "io/csv_writer.h"'
expect_fail "web including cli"     web/h_goals.c       '#include "cli/cli.h"'
expect_fail "store including cli"   store/demo.h        '#include "cli/cli.h"'
expect_fail "io including store"    io/csv_reader.c     '#include "store/db.h"'
expect_fail "a new web -> store"    web/h_goals.c       '#include "store/audit.h"'
expect_fail "sqlite3.h in core"     core/date.c         '#include <sqlite3.h>'
expect_fail "sqlite3.h in store"    store/audit.c       '#include <sqlite3.h>'
expect_fail "libpq-fe.h in store"  store/audit.c       '#include <libpq-fe.h>'
expect_fail "libpq-fe.h in another db file" db/db.c  '#include <libpq-fe.h>'
expect_fail "store including the driver table" store/audit.c '#include "db/driver.h"'
expect_fail "store reaching the raw SQLite handle" store/audit.c '#include "db/sqlite_native.h"'
# A listed exception whose include is gone must be taken off the list: the first listed one with its
# include removed from the copy, or, once the list is empty, an exception for an include never made.
fresh
first=$(sed -e 's/#.*//' "$list" | grep -m1 -v '^[[:space:]]*$')
if [ -n "$first" ]; then
  file=${first%% *}; inc=${first#* }
  case $inc in "<"*) pat=$inc ;; *) pat="\"$inc\"" ;; esac
  grep -vF "$pat" "$tmp/src/$file" > "$tmp/f" && cp "$tmp/f" "$tmp/src/$file"
else
  first="web/h_goals.c store/audit.h"
  printf '%s\n' "$first" >> "$tmp/list"
fi
if "$check" "$tmp/src" "$tmp/list" >/dev/null 2>&1; then echo "selftest: stale exception '$first' not refused" >&2; fail=1; fi

[ $fail -eq 0 ] && echo "check-includes selftest: ok (13 cases)"
exit $fail
