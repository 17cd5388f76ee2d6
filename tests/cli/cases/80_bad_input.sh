# Bad input on the command line and in files (issue 11, points 15-18): unknown options and missing
# values refused with exit 2 and the usage, --help on every command, blank optional cells as "not
# given" in every import, municipalities and code lists by code or name, serve outside the tree.

xdb=$(fresh_db badinput)

# expect_usage NAME ARGS... -- PATTERN...: exit 2, the usage on stderr, every PATTERN there too.
expect_usage() {
  local name=$1; shift
  local args=() pats=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  pats=("$@")
  # A command that ignored the option could run on (serve): a time limit makes that a failure.
  timeout 20 "$INCLUSIO" --db "$xdb" "${args[@]}" >"$OUT" 2>"$ERR"; RC=$?
  if [ "$RC" -ne 2 ]; then fail "$name: status $RC, expected 2"; return; fi
  if ! grep -q '^gebruik: inclusio ' "$ERR"; then fail "$name: no usage on stderr"; return; fi
  for p in "${pats[@]}"; do
    if ! grep -qF -- "$p" "$ERR"; then fail "$name: stderr lacks '$p'"; return; fi
  done
  if [ -s "$OUT" ]; then fail "$name: printed output although refused"; return; fi
  pass
}

# --- 15: unknown options and missing values ---
expect_usage "report sroi: typo in an option" report sroi --municpality zoetermeer -- "onbekende optie --municpality" "--municipality GEMEENTE"
expect_usage "serve: unknown option" serve --listen 127.0.0.1:9999 -- "onbekende optie --listen" "--port POORT"
expect_usage "contract list: unknown option" contract list --statuss achter -- "onbekende optie --statuss"
expect_usage "banen add: unknown option" banen add --municipality zoetermeer --instrumnt jobcoach -- "onbekende optie --instrumnt"
expect_usage "import: unknown flag" import contracts "$WORK/none.csv" --dryrun -- "onbekende optie --dryrun"
expect_usage "user add: unknown option" user add iemand --rol beheer -- "onbekende optie --rol"
expect_usage "goal list: unknown option" goal list --municipality zoetermeer --yaer 2025 -- "onbekende optie --yaer"
expect_usage "sebo holder add: unknown option" sebo holder add 40871236 --nam X -- "onbekende optie --nam"
expect_usage "vacancy add: unknown option" vacancy add --employer 1 --salary 3000 -- "onbekende optie --salary"
expect_usage "procurement list: short option" procurement list -y 2025 -- "onbekende optie -y"
expect_usage "init: takes no options" init --force -- "onbekende optie --force"
expect_usage "a flag given a value" import contracts "$WORK/none.csv" --dry-run=ja -- "--dry-run neemt geen waarde"
expect_usage "missing value at the end" report sroi --municipality -- "--municipality mist een waarde"
expect_usage "missing value before another option" report sroi --municipality --year 2025 -- "--municipality mist een waarde"
expect_usage "missing value: contract list --year" contract list --year -- "--year mist een waarde"
expect_usage "missing value: export --format" export contracts --format -- "--format mist een waarde"
expect_usage "unknown subcommand" contract remove 1 -- "onbekende opdracht 'contract remove'"
# Today's spellings stay valid: --opt=value, --opt value, '_' for '-' in field options.
expect_ok "--opt=value" "$xdb" report sroi --municipality=zoetermeer --year=2025
expect_ok "--json after the command" "$xdb" report sroi --json --municipality zoetermeer
if grep -q '"rows"' "$OUT"; then pass; else fail "--json after the command gives JSON"; fi
expect_ok "--contractor_kvk alias of --contractor-kvk" "$xdb" contract add --municipality zoetermeer --reference CLI-1 \
  --title Alias --category werken --procedure europees --value 100000 --labour_share_pct 40 --award_date 2025-01-01 \
  --start-date 2025-02-01 --end-date 2025-12-31 --contractor_kvk 12345678 --contractor-name "Alias B.V."
check "stored with the underscore options" "12345678" \
  "$(sql "$xdb" "SELECT o.kvk FROM contracts c JOIN organisations o ON o.id = c.contractor_id WHERE c.reference = 'CLI-1'")"

# --help on every command in commands.def: exit 0, its usage and options on stdout.
for c in $(sed -n 's/^CLI_COMMAND("\([a-z-]*\)".*/\1/p' "${COMMANDS_DEF:-$CLI_DIR/../../src/cli/commands.def}"); do
  timeout 20 "$INCLUSIO" --db "$xdb" "$c" --help >"$OUT" 2>"$ERR"; RC=$?
  if [ "$RC" -ne 0 ]; then fail "$c --help: status $RC"; continue; fi
  if ! grep -q "^gebruik: inclusio $c" "$OUT" || ! grep -qF -- "--json" "$OUT" || ! grep -qF -- "--help" "$OUT"; then
    fail "$c --help: no usage with its options"; continue
  fi
  pass
done
inc "$xdb" report sroi --help
if [ "$RC" -eq 0 ] && grep -qF -- "--municipality GEMEENTE" "$OUT" && grep -qF -- "--year JAAR" "$OUT" \
   && ! grep -qF "report banen" "$OUT"; then pass; else fail "report sroi --help: its own options only"; fi
inc "$xdb" banen add --help
if [ "$RC" -eq 0 ] && grep -qF -- "--instrument INSTRUMENT" "$OUT" && grep -qF -- "--contract-type TYPE" "$OUT"; then pass
else fail "banen add --help lists its options"; fi
inc "$xdb" contract --help
if [ "$RC" -eq 0 ] && grep -qF -- "--contractor-kvk KVK" "$OUT" && grep -qF -- "--year-no N" "$OUT"; then pass
else fail "contract --help lists every subcommand's options"; fi

# --- 16: a blank optional cell is "not given", in every import ---
bdb16=$(fresh_db blanks)
f=$(banen_csv blank_instrument \
  "zoetermeer,12345678,Bakkerij Blanco,,markt,111222333,wajong,2024-01-01,,20,vast,,wsp" \
  "zoetermeer,12345678,,  ,markt,123456782,wsw,2024-01-01,, 15 ,tijdelijk,  ,sroi")
expect_ok "banen import: blank instrument, department, end" "$bdb16" banen import "$f"
check "blank instrument stored as geen" "geen,geen" \
  "$(sql "$bdb16" "SELECT group_concat(instrument) FROM (SELECT instrument FROM employment_records ORDER BY id) x")"
{ echo "municipality,employer_kvk,sector,bsn,target_group,start,hours_per_week,contract_type,source"
  echo "zoetermeer,12345678,markt,222333443,wajong,2024-02-01,12,vast,wsp"; } >"$WORK/no_optional_columns.csv"
expect_ok "banen import: optional columns left out of the header" "$bdb16" banen import "$WORK/no_optional_columns.csv"
f=$(banen_csv blank_required "zoetermeer,12345678,,,markt,333333330,wajong,2024-01-01,,20,,jobcoach,wsp")
expect_refused "banen import: a blank required cell is missing, not unknown" "$bdb16" banen import "$f" -- \
  "regel 2, kolom contract_type: contracttype ontbreekt"
expect_ok "banen add without --instrument" "$bdb16" banen add --municipality zoetermeer --employer-kvk 12345678 \
  --sector markt --bsn 444444440 --target-group wajong --start 2024-03-01 --hours 10 --contract-type vast --source wsp
check "banen add: no instrument is geen" geen "$(sql "$bdb16" "SELECT instrument FROM employment_records ORDER BY id DESC LIMIT 1")"
f=$(contracts_csv blank_contract "$c_ok1" \
  "zoetermeer,,IMP-B1,Blanco,werken,europees,500000,40,2024-01-15,2024-02-01,2025-01-31,12345678,,,,,,,,")
expect_ok "contracts import: every optional cell blank" "$bdb16" import contracts "$f"
f=$(realisations_csv blank_realisation "zoetermeer,IMP-B1,ma-gastles,,,,10,2024-05-01,,,")
expect_ok "realisations import: every optional cell blank" "$bdb16" import realisations "$f"
check "blank end is the start" "2024-05-01" "$(sql "$bdb16" "SELECT end_date FROM realisations ORDER BY id DESC LIMIT 1")"
expect_ok "procurement company" "$bdb16" procurement company add 30002001 --name "Aannemer Rijswijk" --established rijswijk
f=$(p_csv blank_procurement ",Facilitair,,Drukwerk,leveringen,12000,enkelvoudig-onderhands,2025-04-02,30002001,,,,")
expect_ok "procurement import: every optional cell blank" "$bdb16" procurement import "$f"
check "blank municipality is the default" zoetermeer \
  "$(sql "$bdb16" "SELECT m.code FROM procurements p JOIN municipalities m ON m.id = p.municipality_id WHERE p.subject = 'Drukwerk'")"

# --- 17: municipalities and code lists by code or name, in every option and file ---
ndb=$(fresh_db names)
expect_ok "report dashboard --municipality Zoetermeer (name)" "$ndb" report dashboard --municipality Zoetermeer --year 2025
check "dashboard of Zoetermeer" "Dashboard gemeente Zoetermeer 2025" "$(head -1 "$OUT")"
inc "$ndb" --json report sroi --municipality zoetermeer; by_code=$(cat "$OUT")
inc "$ndb" --json report sroi --municipality "ZOETERMEER"; check "report sroi: name in capitals = code" "$by_code" "$(cat "$OUT")"
inc "$ndb" --json report sroi --municipality " den haag "; by_name=$(cat "$OUT")
inc "$ndb" --json report sroi --municipality den-haag; check "report sroi: 'den haag' = den-haag" "$by_name" "$(cat "$OUT")"
expect_refused "unknown municipality refused, not ignored" "$ndb" report sroi --municipality Atlantis -- \
  "onbekende gemeente 'Atlantis'"
check "unknown municipality: exit 1" 1 "$RC"
f=$(banen_csv names "Den Haag,12345678,Bakkerij Haags,,Markt,111222333,Wajong,2024-01-01,,20,Vast,Direct Werk,WSP")
expect_ok "banen import: municipality and code lists by name" "$ndb" banen import "$f"
check "stored under the codes" "den-haag:markt:wajong:vast:direct-werk:wsp" \
  "$(sql "$ndb" "SELECT m.code||':'||r.sector||':'||r.target_group||':'||r.contract_type||':'||r.instrument||':'||r.source
                 FROM employment_records r JOIN municipalities m ON m.id = r.municipality_id")"
f=$(contracts_csv names "Lansingerland,,IMP-N1,Namen,Werken,Meervoudig onderhands,250000,25,2024-03-01,2024-04-01,2025-03-31,23456789,Schoon B.V.,,,,,,,")
expect_ok "contracts import: municipality, category and procedure by name" "$ndb" import contracts "$f"
check "contract under lansingerland, meervoudig-onderhands" "lansingerland:meervoudig-onderhands" \
  "$(sql "$ndb" "SELECT m.code||':'||c.procedure FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.reference = 'IMP-N1'")"
check "category Werken stored as werken" "werken" "$(sql "$ndb" "SELECT category FROM contracts WHERE reference = 'IMP-N1'")"
f=$(realisations_csv names "LANSINGERLAND,IMP-N1,ma-gastles,,,,10,2024-05-01,,,")
expect_ok "realisations import: municipality by name" "$ndb" import realisations "$f"
expect_ok "contract show by municipality name" "$ndb" contract show --municipality Lansingerland --reference IMP-N1
expect_ok "user add --municipality by name" "$ndb" user add raadslid --role raad --municipality "Pijnacker-Nootdorp" \
  --municipality Zoetermeer
check "user's municipalities stored as codes" "pijnacker-nootdorp,zoetermeer" \
  "$(sql "$ndb" "SELECT group_concat(m.code) FROM (SELECT m.code FROM user_municipalities um JOIN municipalities m ON m.id = um.municipality_id ORDER BY m.code) m" 2>/dev/null)"

# --- 18: serve outside the source tree finds its interface, or refuses with exit 3 ---
sdb=$(fresh_db serve)
(cd /tmp && exec "$INCLUSIO" --db "$sdb" serve --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err") &
spid=$!
port=""
for _ in $(seq 1 50); do
  port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/serve.out")
  [ -n "$port" ] && break
  sleep 0.1
done
code=$(curl -s -o "$WORK/index.html" -w '%{http_code}' "http://127.0.0.1:${port:-1}/")
kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
check "serve from /tmp answers 200 on /" 200 "$code"
if grep -qi "<html" "$WORK/index.html"; then pass; else fail "serve from /tmp: / is the interface"; fi
mkdir -p "$WORK/empty-web"
(cd /tmp && INCLUSIO_WEB_DIR="$WORK/empty-web" timeout 20 "$INCLUSIO" --db "$sdb" serve --port 0 >"$OUT" 2>"$ERR"); RC=$?
check "INCLUSIO_WEB_DIR without index.html: exit 3" 3 "$RC"
if grep -qF "de browserinterface is niet gevonden: $WORK/empty-web/index.html ontbreekt" "$ERR"; then pass
else fail "INCLUSIO_WEB_DIR without index.html: a clear message"; fi
(cd /tmp && timeout 20 "$INCLUSIO" --db "$sdb" serve --port 0 --static "$WORK/nergens" >"$OUT" 2>"$ERR"); RC=$?
check "--static without index.html: exit 3" 3 "$RC"
