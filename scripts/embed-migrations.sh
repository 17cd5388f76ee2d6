#!/usr/bin/env bash
# Emits a C file with every migration's SQL as a string, in the order given (numbered file names):
# the SQLite migrations, then after --pg their PostgreSQL twins (src/store/migrations/pg/).
set -euo pipefail
echo '#include "store/migrations.h"'
emit() {   # array name, files...
  local array=$1; shift
  echo "const struct migration $array[] = {"
  for f in "$@"; do
    name=$(basename "$f" .sql)
    num=${name%%_*}
    printf '  { %d, "%s", ' "$((10#$num))" "$name"
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$f"
    echo '  },'
  done
  [ $# -gt 0 ] || echo '  { 0, "", "" },'
  echo '};'
  echo "const int ${array}_count = $#;"
}
sq=(); pg=(); to=sq
for a in "$@"; do
  if [ "$a" = --pg ]; then to=pg; elif [ $to = sq ]; then sq+=("$a"); else pg+=("$a"); fi
done
emit inc_migrations "${sq[@]}" | sed 's/const int inc_migrations_count/const int inc_migration_count/'
emit inc_migrations_pg "${pg[@]}"
