# inclusio import contracts: good files load whole, bad files are refused whole with every bad row
# listed and the database unchanged.

C_HEAD="municipality,department,reference,title,category,procedure,value,labour_share_pct,award_date,start_date,end_date,contractor_kvk,contractor_name,cpv,sebo_holder,extra_pct,exemption_pct,exemption_by,exemption_date,exemption_reason"
c_ok1="zoetermeer,Stadsbeheer,IMP-001,\"Onderhoud groen, wijk Noord\",werken,europees,1000000.00,40,2024-01-15,2024-02-01,2026-01-31,12345678,Groen B.V.,77310000-6,nee,,,,,"
c_ok2="lansingerland,Sociaal Domein,IMP-002,Schoonmaak,diensten,meervoudig-onderhands,250000,25,2024-03-01,2024-04-01,2025-03-31,23456789,Schoon B.V.,,ja,1.5,,,,"

# contracts_csv NAME ROW...: writes $WORK/NAME.csv with the contract header and the rows.
contracts_csv() { local f=$WORK/$1.csv; shift; { echo "$C_HEAD"; printf '%s\n' "$@"; } >"$f"; echo "$f"; }

db=$(fresh_db contracts)
f=$(contracts_csv good "$c_ok1" "$c_ok2")
expect_ok "import good contracts" "$db" import contracts "$f"
check "two contracts stored" 2 "$(sql "$db" "SELECT count(*) FROM contracts")"
check "obligation 5% of EUR 1,000,000 = EUR 50,000" 5000000 "$(sql "$db" "SELECT obligation_cents FROM contracts WHERE reference='IMP-001'")"
check "2% (loonsom < 30%) + 1.5% extra, met by SEBO for the base" "350:875000:1" \
  "$(sql "$db" "SELECT percentage_bp || ':' || obligation_cents || ':' || met_by_sebo FROM contracts WHERE reference='IMP-002'")"
check "one audit entry for the import" "1:contract:{\"file\":\"good.csv\",\"rows\":2}" \
  "$(sql "$db" "SELECT count(*) || ':' || max(entity) || ':' || max(detail) FROM audit_log WHERE action='import'")"
check "no audit entry per row" 0 "$(sql "$db" "SELECT count(*) FROM audit_log WHERE action='create'")"

f=$(contracts_csv dupdb "${c_ok1/IMP-001/IMP-010}" "$c_ok1")
expect_refused "duplicate reference in the database, after a good row" "$db" import contracts "$f" -- \
  "regel 3, kolom reference: referentie 'IMP-001' bestaat al bij zoetermeer" "er is niets opgeslagen"
f=$(contracts_csv dupfile "${c_ok1/IMP-001/IMP-020}" "${c_ok2/IMP-002/IMP-021}" "${c_ok1/IMP-001/IMP-020}")
expect_refused "duplicate reference within the file" "$db" import contracts "$f" -- \
  "regel 4, kolom reference: referentie 'IMP-020' bij zoetermeer komt eerder in dit bestand voor"

# Every kind of bad field, one per row, all listed in one run.
bad=(
  "${c_ok1/werken/bouwwerk}"
  "${c_ok1/europees/openbaar}"
  "${c_ok1/1000000.00/-5}"
  "${c_ok1/1000000.00/veel}"
  "${c_ok1/,40,/,120,}"
  "${c_ok1/2026-01-31/2023-12-31}"
  "${c_ok1/2024-01-15/2023-02-30}"
  "${c_ok1/12345678/1234567}"
  "${c_ok1/,nee,/,misschien,}"
)
f=$(contracts_csv badfields "${c_ok2/IMP-002/IMP-050}" "${bad[@]}")
expect_refused "bad fields listed row by row" "$db" import contracts "$f" -- \
  "regel 3, kolom category: onbekende categorie 'bouwwerk'" \
  "regel 4, kolom procedure: onbekende procedure 'openbaar'" \
  "regel 5, kolom value: value mag niet negatief zijn" \
  "regel 6, kolom value:" \
  "regel 7, kolom labour_share_pct:" \
  "regel 8, kolom end_date: einddatum ligt voor de begindatum" \
  "regel 9, kolom award_date:" \
  "regel 10, kolom contractor_kvk: KvK-nummer moet uit precies 8 cijfers bestaan" \
  "regel 11, kolom sebo_holder:" \
  "import geweigerd: 9 fouten"
check "the good row of the refused file is not stored" 0 "$(sql "$db" "SELECT count(*) FROM contracts WHERE reference='IMP-050'")"
check "still two contracts" 2 "$(sql "$db" "SELECT count(*) FROM contracts")"

f=$(contracts_csv unknownmun "${c_ok1/zoetermeer/atlantis}")
expect_refused "unknown municipality" "$db" import contracts "$f" -- "regel 2, kolom municipality: onbekende gemeente 'atlantis'"

# Malformed and truncated CSV.
printf '%s\n%s\n%s\n' "$C_HEAD" "${c_ok1/\"Onderhoud/Onder\"houd}" "${c_ok2/IMP-002/IMP-030}" >"$WORK/malformed.csv"
expect_refused "malformed quoting" "$db" import contracts "$WORK/malformed.csv" -- \
  "regel 2: ongeldige CSV: aanhalingsteken op een onverwachte plaats"
printf '%s\n%s\n%s' "$C_HEAD" "${c_ok2/IMP-002/IMP-031}" "zoetermeer,Stadsbeheer,IMP-032,\"Onderhoud groen, wijk" >"$WORK/truncated.csv"
expect_refused "truncated file (open quote at the end)" "$db" import contracts "$WORK/truncated.csv" -- \
  "regel 3: bestand houdt onverwacht op: aanhalingsteken niet afgesloten"
printf '%s\n%s\n' "$C_HEAD" "zoetermeer,Stadsbeheer,IMP-033,Kort" >"$WORK/short.csv"
expect_refused "row with too few fields" "$db" import contracts "$WORK/short.csv" -- \
  "regel 2: 4 velden, verwacht 20 (zoals in de kopregel)"
printf 'municipality,reference,kleur\nzoetermeer,X,rood\n' >"$WORK/header.csv"
expect_refused "unknown and missing columns" "$db" import contracts "$WORK/header.csv" -- \
  "regel 1, kolom kleur: onbekende kolom" "regel 1, kolom title: verplichte kolom ontbreekt in de kopregel"
: >"$WORK/empty.csv"
expect_refused "empty file" "$db" import contracts "$WORK/empty.csv" -- "regel 1: leeg bestand"
expect_refused "missing file" "$db" import contracts "$WORK/does-not-exist.csv" -- "kan bestand"

# A CRLF file with a BOM from a spreadsheet, and a title with a line break, imports.
printf '\xEF\xBB\xBF%s\r\n%s\r\n' "$C_HEAD" "${c_ok1/IMP-001/IMP-040}" >"$WORK/excel.csv"
expect_ok "BOM + CRLF file" "$db" import contracts "$WORK/excel.csv"
check "title with comma kept" "Onderhoud groen, wijk Noord" "$(sql "$db" "SELECT title FROM contracts WHERE reference='IMP-040'")"

# Standard input, and --json output.
inc "$db" --json import contracts - <"$(contracts_csv stdin "${c_ok1/IMP-001/IMP-060}")"
check "import from stdin with --json" '"imported": 1' "$(grep -o '"imported": [0-9]*' "$OUT")"

# A large file whose last row is bad is refused whole; 1,500 bad rows print 1,000 and a count.
awk -v head="$C_HEAD" 'BEGIN { print head; for (i = 1; i <= 5000; i++)
  printf "zoetermeer,,BIG-%05d,Groot %d,werken,europees,%d.00,40,2024-01-15,2024-02-01,2026-01-31,12345678,,,,,,,,\n", i, i, 100000 + i
  print "zoetermeer,,BIG-X,Fout,werken,europees,1000,40,2024-01-15,2024-02-01,2026-01-31,1234,,,,,,,," }' >"$WORK/big.csv"
expect_refused "5,000 good rows and one bad last row" "$db" import contracts "$WORK/big.csv" -- \
  "regel 5002, kolom contractor_kvk:" "import geweigerd: 1 fout"
check "none of the 5,000 rows stored" 0 "$(sql "$db" "SELECT count(*) FROM contracts WHERE reference LIKE 'BIG-%'")"
awk -v head="$C_HEAD" 'BEGIN { print head; for (i = 1; i <= 1500; i++)
  printf "zoetermeer,,MANY-%d,Fout,werken,europees,-%d,40,2024-01-15,2024-02-01,2026-01-31,12345678,,,,,,,,\n", i, i }' >"$WORK/many.csv"
expect_refused "1,500 bad rows: 1,000 listed, the rest counted" "$db" import contracts "$WORK/many.csv" -- \
  "regel 1001, kolom value: value mag niet negatief zijn" "... en nog 500 fouten" "import geweigerd: 1500 fouten"
check "exactly 1,000 rows listed" 1000 "$(grep -c '^regel ' "$ERR")"

# --dry-run checks everything and stores nothing.
f=$(contracts_csv dry "${c_ok1/IMP-001/IMP-070}" "${c_ok1/IMP-001/IMP-071}")
before=$(db_sum "$db")
expect_ok "dry run of a good file" "$db" import contracts "$f" --dry-run
check "dry run says the rows are fine" "2 opdrachten in orde" "$(grep -o '^2 opdrachten in orde' "$OUT")"
check "dry run stores nothing" "$before" "$(db_sum "$db")"
f=$(contracts_csv drybad "${c_ok1/IMP-001/IMP-072}" "${c_ok1/werken/bouw}")
expect_refused "dry run of a bad file lists the rows" "$db" import contracts "$f" --dry-run -- "regel 3, kolom category:"
