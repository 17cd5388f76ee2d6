# inclusio db copy: what it refuses before touching anything (the copy itself: tests/pg/db_copy.sh).
"$INCLUSIO" db copy --from "$WORK/none.db" >"$OUT" 2>"$ERR"; RC=$?
check "db copy without --to: usage" 2 "$RC"
"$INCLUSIO" db copy --from "$WORK/none.db" --to "$WORK/other.db" >"$OUT" 2>"$ERR"; RC=$?
check "db copy to a file: refused" 1 "$RC"
if grep -qF "PostgreSQL-URI" "$ERR"; then pass; else fail "db copy to a file: names the PostgreSQL URI"; fi
[ -e "$WORK/other.db" ] && fail "db copy to a file made the file" || pass
"$INCLUSIO" db copy --from "postgresql:///x" --to "postgresql:///y" >"$OUT" 2>"$ERR"; RC=$?
check "db copy from PostgreSQL: refused" 1 "$RC"
"$INCLUSIO" db copy --from "$WORK/none.db" --to "postgresql:///y?host=$WORK/nosocket" >"$OUT" 2>"$ERR"; RC=$?
check "db copy from a missing file: exit 3" 3 "$RC"
if grep -qF "bestaat niet" "$ERR"; then pass; else fail "db copy from a missing file: says so"; fi
[ -e "$WORK/none.db" ] && fail "db copy from a missing file created it" || pass
