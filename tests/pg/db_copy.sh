#!/usr/bin/env bash
# inclusio db copy: the demo's SQLite database moved to PostgreSQL and checked from outside.
#   - the copy succeeds; every table has the same number of rows on both (sqlite3 and psql count);
#   - report sroi, report banen and the dashboard (--json) print the same on both;
#   - the pseudonym key's identity: a person added to the SQLite file before the copy is recognised on
#     PostgreSQL (a realisation for the same BSN on overlapping days is refused as double counting),
#     and `key check` shows the same fingerprint;
#   - the identity sequences follow the copied ids: new realisations get ids past the copied ones;
#   - a second copy into the now filled database is refused (exit 3, "niet leeg"), nothing changes;
#   - a copy that fails half-way (text PostgreSQL refuses) leaves the target empty and no key file.
#   usage: tests/pg/db_copy.sh path/to/inclusio     (INCLUSIO_TEST_PG=URI: use a running cluster)
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
INCLUSIO=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
CLUSTER=$HERE/../../scripts/pg-cluster.sh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-dbcopy.XXXXXX")
PG_URI=""
cleanup() {
  if [ -n "$PG_URI" ] && [ -z "${INCLUSIO_TEST_PG:-}" ]; then "$CLUSTER" stop "$PG_URI"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
PG_URI=${INCLUSIO_TEST_PG:-$(INCLUSIO_PG_FAST=1 "$CLUSTER" start)} || exit 3
host=${PG_URI#*host=}; host=${host%%&*}
mk() { psql -XqAt -h "$host" -d postgres -c "CREATE DATABASE $1" >/dev/null && echo "postgresql:///$1?host=$host"; }
T=$(mk dbcopy$$) || exit 3
T2=$(mk dbcopyb$$) || exit 3
cd "$WORK" || exit 3
unset INCLUSIO_KEY_FILE INCLUSIO_DB INCLUSIO_DB_READ
fail=0
bad() { echo "db_copy: $*" >&2; fail=1; }

"$INCLUSIO" --db demo.db demo >/dev/null 2>demo.err || { cat demo.err >&2; exit 1; }
# A person of our own, so the key's identity can be tested on the copy.
"$INCLUSIO" --db demo.db realisation add --contract-id 7 --block mu-banenafspraak --bsn 111222333 --hours-per-week 20 \
  --start 2025-01-01 --end 2025-03-31 >/dev/null || bad "realisatie in de bron faalt"
max_sq=$(sqlite3 demo.db "SELECT max(id) FROM realisations")

"$INCLUSIO" --json db copy --from demo.db --to "$T" >copy.json 2>copy.err || { bad "db copy faalt: $(cat copy.err)"; exit 1; }
keyfile=$(python3 -c 'import json,sys; print(json.load(open("copy.json"))["key_file"])')
cmp -s demo.db.key "$keyfile" || bad "het sleutelbestand van de kopie ($keyfile) is niet dat van de bron"
[ "$(stat -c %a "$keyfile")" = 600 ] || bad "het sleutelbestand van de kopie is niet privé"

# Row counts, counted from outside: one query on each side.
tables=$(sqlite3 demo.db "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
n=$(echo "$tables" | grep -c .)
sql=$(for t in $tables; do printf "SELECT '%s', count(*) FROM %s UNION ALL " "$t" "$t"; done)
sql="${sql% UNION ALL }"
sqlite3 -separator '|' demo.db "$sql" >counts.sq
psql -XqAt -d "$T" -c "$sql" >counts.pg
diff counts.sq counts.pg >&2 || bad "rijen per tabel verschillen (hierboven: SQLite, PostgreSQL)"
[ "$n" -gt 40 ] || bad "maar $n tabellen geteld"
[ "$(psql -XqAt -d "$T" -c "SELECT count(*) FROM audit_log")" -gt 100 ] || bad "het auditlog is niet meegekomen"

# The same reports on both.
year=$(date -u +%Y)
for r in "report sroi" "report banen" "report dashboard --municipality zoetermeer --year $year" \
         "report dashboard --municipality lansingerland --year $year" "report banen-targets"; do
  # shellcheck disable=SC2086
  "$INCLUSIO" --db demo.db --json $r >a.json 2>a.err || bad "$r op SQLite faalt: $(cat a.err)"
  # shellcheck disable=SC2086
  "$INCLUSIO" --db "$T" --json $r >b.json 2>b.err || bad "$r op PostgreSQL faalt: $(cat b.err)"
  cmp -s a.json b.json || { bad "$r verschilt:"; diff a.json b.json | head -5 >&2; }
done
fp_a=$("$INCLUSIO" --db demo.db --json key check | python3 -c 'import json,sys; print(json.load(sys.stdin)["fingerprint"])')
fp_b=$("$INCLUSIO" --db "$T" --json key check | python3 -c 'import json,sys; print(json.load(sys.stdin)["fingerprint"])')
[ -n "$fp_a" ] && [ "$fp_a" = "$fp_b" ] || bad "key check: vingerafdruk $fp_a tegen $fp_b"

# The key's identity: the person added on SQLite counts already on the copy.
"$INCLUSIO" --db "$T" realisation add --contract-id 3 --block mu-banenafspraak --bsn 111222333 --hours-per-week 20 \
  --start 2025-02-01 --end 2025-03-31 >/dev/null 2>dup.err && bad "dubbeltelling niet herkend op de kopie (andere sleutel?)"
grep -q "telt al mee" dup.err || bad "verwachte dubbeltellingsmelding ontbreekt: $(cat dup.err)"
# Sequences past the copied ids: a new realisation (and its audit entry) is stored.
out=$("$INCLUSIO" --db "$T" --json realisation add --contract-id 3 --block mu-banenafspraak --bsn 123456782 \
  --hours-per-week 20 --start 2025-02-01 --end 2025-03-31 2>new.err) || bad "nieuwe realisatie op de kopie faalt: $(cat new.err)"
new_id=$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' 2>/dev/null)
[ -n "$new_id" ] && [ "$new_id" -gt "$max_sq" ] || bad "nieuwe id $new_id niet na de gekopieerde ($max_sq)"

# A filled target is refused, and stays as it was.
before=$(psql -XqAt -d "$T" -c "SELECT count(*) FROM realisations")
"$INCLUSIO" db copy --from demo.db --to "$T" >/dev/null 2>again.err
rc=$?
[ $rc = 3 ] || bad "een niet-lege doeldatabase gaf exit $rc (verwacht 3)"
grep -q "niet leeg" again.err || bad "melding bij een niet-lege doeldatabase: $(cat again.err)"
[ "$(psql -XqAt -d "$T" -c "SELECT count(*) FROM realisations")" = "$before" ] || bad "de gevulde doeldatabase is veranderd"

# Half-way failure: text PostgreSQL refuses (not UTF-8) in the last realisation, after many tables
# were copied; nothing stays.
cp demo.db broken.db && cp demo.db.key broken.db.key
sqlite3 broken.db "UPDATE realisations SET candidate_ref = CAST(X'C328' AS TEXT) WHERE id = $max_sq"
"$INCLUSIO" db copy --from broken.db --to "$T2" >/dev/null 2>broken.err
rc=$?
[ $rc = 3 ] || bad "een mislukte kopie gaf exit $rc (verwacht 3): $(cat broken.err)"
[ "$(psql -XqAt -d "$T2" -c "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")" = 0 ] ||
  bad "een mislukte kopie liet tabellen achter"
[ -e "dbcopyb$$.key" ] && bad "een mislukte kopie liet een sleutelbestand achter"

[ $fail = 0 ] && echo "db_copy: $n tabellen, rapporten en sleutel gelijk; een gevulde of mislukte kopie laat het doel ongemoeid"
exit $fail
