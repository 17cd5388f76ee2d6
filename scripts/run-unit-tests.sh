#!/usr/bin/env bash
# Runs every unit-test binary; prints one closing summary line across all of them.
set -u
pass=0; fail=0; failed=()
for t in "$@"; do
  out=$("$t" 2>&1); rc=$?
  p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
  pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0}))
  if [ $rc -ne 0 ]; then failed+=("$t"); printf '%s\n' "$out"; [ -z "$f" ] && fail=$((fail+1)); fi
done
echo "unit: $pass passed, $fail failed"
[ ${#failed[@]} -eq 0 ]
