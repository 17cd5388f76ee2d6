#!/usr/bin/env bash
# Runs the PostgreSQL driver's unit tests (tests/pg/test_*.c, built by `make unit-pg`) against a
# throwaway cluster (scripts/pg-cluster.sh), or the one INCLUSIO_TEST_PG names.
#   usage: tests/pg/run-unit.sh build/tests-pg/test_pgsql ...
set -u
here=$(cd "$(dirname "$0")" && pwd)
own=""
if [ -z "${INCLUSIO_TEST_PG:-}" ]; then
  own=$(INCLUSIO_PG_FAST=1 "$here/../../scripts/pg-cluster.sh" start) || exit 3
  export INCLUSIO_TEST_PG=$own
  trap '"$here/../../scripts/pg-cluster.sh" stop "$own"' EXIT
fi
export PGOPTIONS='-c client_min_messages=warning'
"$here/../../scripts/run-unit-tests.sh" "$@"
