#!/usr/bin/env bash
# API tests: each test file starts a real `inclusio serve` on a free loopback port against its own
# copy of a fresh demo database (demo data + one demo user per role) and talks HTTP to it.
# Usage: tests/api/run.sh build/inclusio [tests/api/X.test.mjs ...]   (default: every file)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-build/inclusio}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export INCLUSIO_TODAY=2026-06-01
"$BIN" --db "$work/demo.db" init >/dev/null
"$BIN" --db "$work/demo.db" demo >/dev/null
export INCLUSIO_BIN="$BIN" INCLUSIO_TEMPLATE_DB="$work/demo.db"
files=("${@:2}")
[ ${#files[@]} -gt 0 ] || files=(tests/api/)
node --test --test-concurrency=2 "${files[@]}"
