#!/usr/bin/env bash
# Matching benchmark (docs/wsp.md): builds bench/match_bench against build/libinclusio.a and runs it.
#   bench/match.sh [match_bench options]   e.g. --skip-sql-batch, --shortlists 50
set -euo pipefail
cd "$(dirname "$0")/.."
make -s build/libinclusio.a
CFLAGS="-O2 -g -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Isrc -Ibuild"
cc $CFLAGS -o build/match_bench bench/match_bench.c build/libinclusio.a \
   $(pkg-config --libs sqlite3 jansson libsodium) -lm
echo "machine: $(nproc) CPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
exec build/match_bench "$@"
