#!/usr/bin/env bash
# Runs unit tests on PostgreSQL (`make unit-pg`): the driver's own (tests/pg/test_*.c) and the store
# tests of tests/unit that make their database with testdb_open, against a throwaway cluster
# (scripts/pg-cluster.sh) or the one INCLUSIO_TEST_PG names.
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
# tests/unit/testdb.c names its databases postgres:///<name>: libpq takes the cluster from PGHOST.
PGHOST=${INCLUSIO_TEST_PG#*host=}; export PGHOST=${PGHOST%%&*}
"$here/../../scripts/run-unit-tests.sh" "$@"
