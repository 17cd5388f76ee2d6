#!/usr/bin/env bash
# Runs every libFuzzer harness in BUILD/fuzz/ for SECONDS each (make fuzz, make fuzz-short).
# Each starts from its committed seeds in tests/fuzz/corpus/<harness>/ (every seed is run first, so
# a reproducer kept there is a regression test) and writes what it finds to BUILD/corpus/<harness>/,
# never to the committed corpus. A crash, leak, timeout or sanitizer report stops the harness,
# leaves the input in BUILD/artifacts/ and fails the run.
# Usage: tests/fuzz/run.sh build-fuzz 60
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-fuzz}
seconds=${2:-60}
failed=0
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  mkdir -p "$build/corpus/$name" "$build/artifacts"
  dict=(); [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
  echo "fuzz: $name for ${seconds}s (seeds tests/fuzz/corpus/$name)"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$name-" "${dict[@]}" "$build/corpus/$name" "tests/fuzz/corpus/$name" \
      >"$build/$name.log" 2>&1; then
    failed=1
    echo "fuzz: $name FAILED; the input is in $build/artifacts/, the report below (full log $build/$name.log)"
    grep -A40 -m1 -E '^==[0-9]+==|runtime error|deadly signal|Timeout|out-of-memory' "$build/$name.log" | head -60
    echo "  replay: $bin $build/artifacts/<file>"
  else
    grep -E 'stat::number_of_executed_units|stat::new_units_added' "$build/$name.log" | tr '\n' ' '; echo
  fi
done
if [ "$failed" -ne 0 ]; then echo "fuzz: FAILED"; exit 1; fi
echo "fuzz: every harness ran ${seconds}s without a crash"
