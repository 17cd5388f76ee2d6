#!/usr/bin/env bash
# Emits a C file with every migration's SQL as a string, in the order given (numbered file names).
set -euo pipefail
echo '#include "store/migrations.h"'
echo 'const struct migration inc_migrations[] = {'
for f in "$@"; do
  name=$(basename "$f" .sql)
  num=${name%%_*}
  printf '  { %d, "%s", ' "$((10#$num))" "$name"
  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$f"
  echo '  },'
done
echo '};'
echo "const int inc_migration_count = $#;"
