# Goals, the council dashboard and the reports from the command line: the SEA on-stage figures
# entered by hand, bad input refused with the database unchanged, the dashboard JSON, and the
# XLSX read back (unzip) against the JSON and the HTML page. (run.sh fixes today at 2025-06-30.)

gdb=$(fresh_db goals)
g() { inc "$gdb" goal "$@" --municipality zoetermeer; }
expect_ok "goal programme" "$gdb" goal programme --municipality zoetermeer --code sea --name "SEA 2014-2018" --from 2014 --to 2018
expect_ok "goal add" "$gdb" goal add --municipality zoetermeer --programme sea --code 4 --name "Aansluiting onderwijs en arbeidsmarkt"
expect_ok "indicator pupils" "$gdb" goal indicator --municipality zoetermeer --programme sea --goal 4 --code leerlingen \
  --name "On stage: leerlingen" --unit aantal --direction hoger --source "Evaluatie on stage"
expect_ok "indicator professionals" "$gdb" goal indicator --municipality zoetermeer --programme sea --goal 4 --code prof \
  --name "On stage: beroepsbeoefenaren" --unit aantal --direction hoger --source "Evaluatie on stage"
expect_ok "target 1000" "$gdb" goal target --municipality zoetermeer --indicator leerlingen --year 2016 --value 1000
expect_ok "target 200" "$gdb" goal target --municipality zoetermeer --indicator prof --year 2016 --value 200
expect_ok "value 944" "$gdb" goal value --municipality zoetermeer --indicator leerlingen --year 2016 --value 944
expect_ok "value 219" "$gdb" goal value --municipality zoetermeer --indicator prof --year 2016 --value 219
inc "$gdb" --json goal list --municipality zoetermeer --year 2016
# 944 < 1000 -> Nee; 219 >= 200 -> Ja
check "goal list: Doel gehaald Nee then Ja" "Nee Ja" "$(grep -o '"goal_met": "[^"]*"' "$OUT" | cut -d'"' -f4 | tr '\n' ' ' | sed 's/ $//')"
check "goal list: value 944.00" '"value": 944.00,' "$(grep -o '"value": 944.00,' "$OUT")"

expect_refused "indicator without source" "$gdb" goal indicator --municipality zoetermeer --programme sea --goal 4 --code x \
  --name X --unit aantal --direction hoger -- "bron ontbreekt"
expect_refused "indicator with a bad direction" "$gdb" goal indicator --municipality zoetermeer --programme sea --goal 4 \
  --code x --name X --unit aantal --direction beter --source CBS -- "richting moet 'hoger' of 'lager'"
expect_refused "unknown computation" "$gdb" goal indicator --municipality zoetermeer --programme sea --goal 4 --code x \
  --name X --unit procent --direction hoger --computation raden -- "onbekende berekening 'raden'"
expect_refused "no figure without explanation" "$gdb" goal value --municipality zoetermeer --indicator prof --year 2017 --none \
  -- "geef een toelichting"
expect_refused "value not a number" "$gdb" goal value --municipality zoetermeer --indicator prof --year 2017 --value veel -- "value"
expect_refused "story with a BSN" "$gdb" goal story --municipality zoetermeer --programme sea --goal 4 --year 2016 \
  --title "Een stage" --text "Leerling 123456782 vond een baan" -- "mogelijk een BSN"
expect_refused "eight steering parameters" "$gdb" goal dashboard --municipality zoetermeer \
  --indicators leerlingen,prof,a,b,c,d,e,f -- "hoogstens 7 stuurparameters"
expect_refused "unknown municipality" "$gdb" goal target --municipality atlantis --indicator prof --year 2016 --value 1 \
  -- "onbekende gemeente 'atlantis'"
expect_ok "dashboard selection" "$gdb" goal dashboard --municipality zoetermeer --indicators leerlingen,prof
check "selection audit-logged" 1 "$(sql "$gdb" "SELECT COUNT(*) FROM audit_log WHERE action = 'set-dashboard'")"

# The demo: the council's dashboard for 2023 and the reports in three formats.
ddb=$(fresh_db goals-demo)
# the register's demo part dates its records relative to the real today
(unset INCLUSIO_TODAY; "$INCLUSIO" --db "$ddb" demo >/dev/null 2>&1)
inc "$ddb" report dashboard --municipality zoetermeer --year 2023 --json
cp "$OUT" "$WORK/dashboard.json"
check "dashboard: seven parameters" 7 "$(grep -c '"goal_met"' "$WORK/dashboard.json")"
check "dashboard: name, value, target, goal_met present" 7 \
  "$(node -e 'const d=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(d.parameters.filter(p=>"name" in p&&"value" in p&&"target" in p&&"goal_met" in p).length)' <"$WORK/dashboard.json")"
check "dashboard: working population 68,000 Ja" "68000.00 Ja" \
  "$(node -e 'const d=JSON.parse(require("fs").readFileSync(0,"utf8"));const p=d.parameters.find(p=>p.code==="werkzame-beroepsbevolking");console.log(p.value.toFixed(2),p.goal_met)' <"$WORK/dashboard.json")"
check "dashboard: no 9-digit numbers or pseudonyms" 0 "$(grep -cE '(^|[^0-9.])[0-9]{9}([^0-9.]|$)|[0-9a-f]{64}|pseudonym|person' "$WORK/dashboard.json")"

expect_ok "rapportage xlsx" "$ddb" report rapportage --municipality zoetermeer --year 2023 --period 3 --format xlsx --out "$WORK/r.xlsx"
expect_ok "rapportage html" "$ddb" report rapportage --municipality zoetermeer --year 2023 --period 3 --format html --out "$WORK/r.html"
expect_ok "rapportage csv" "$ddb" report rapportage --municipality zoetermeer --year 2023 --period 3 --format csv --out "$WORK/r-csv"
expect_ok "jaarverslag xlsx" "$ddb" report jaarverslag --municipality zoetermeer --year 2023 --format xlsx --out "$WORK/j.xlsx"
expect_refused "rapportage period 4" "$ddb" report rapportage --municipality zoetermeer --year 2023 --period 4 --format html \
  --out "$WORK/x.html" -- "--period moet 1"
expect_refused "rapportage unknown format" "$ddb" report rapportage --municipality zoetermeer --year 2023 --period 1 --format pdf \
  --out "$WORK/x.pdf" -- "--format moet html, xlsx of csv"
# The period-3 report measures at 31-12-2023, like the year's dashboard: the sheet "stuurparameters"
# (sheet2) carries in column C the same numbers as the JSON, and the HTML the same data-value.
unzip -p "$WORK/r.xlsx" xl/worksheets/sheet2.xml > "$WORK/sheet2.xml"
sheet=$(grep -oE '<c r="C[0-9]+"( s="[0-9]+")?><v>[^<]*</v>' "$WORK/sheet2.xml" | sed -E 's/.*<v>([^<]*)<\/v>/\1/' |
        node -e 'const v=require("fs").readFileSync(0,"utf8").trim().split("\n").filter(Boolean);console.log(v.map(x=>Number(x).toFixed(2)).join(" "))')
json=$(node -e 'const d=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(d.parameters.filter(p=>p.value!==null).map(p=>p.value.toFixed(2)).join(" "))' <"$WORK/dashboard.json")
check "xlsx stuurparameters = dashboard JSON" "$json" "$sheet"
html=$(tr -d '\n' <"$WORK/r.html" | grep -o '<table id="t-stuurparameters">.*' | sed 's/<\/table>.*//' | grep -oE '<td class="num" data-value="[^"]*">' | cut -d'"' -f4 |
       tr '\n' ' ' | sed 's/ $//')
check "html stuurparameters hold the JSON values" "ok" \
  "$(node -e 'const [a,b]=process.argv.slice(1);const h=b.split(" ");console.log(a.split(" ").every(x=>h.includes(x))?"ok":"mismatch")' "$json" "$html")"
check "html has a print stylesheet and inline SVG with a title" "3" \
  "$( (grep -c '@media print' "$WORK/r.html"; grep -c '<svg' "$WORK/r.html"; grep -c '<title id=' "$WORK/r.html") | awk '$1>0{n++} END{print n}')"
check "csv: one file per table" "ok" "$( [ -s "$WORK/r-csv/stuurparameters.csv" ] && [ -s "$WORK/r-csv/financien.csv" ] && [ -s "$WORK/r-csv/indicatoren.csv" ] && echo ok)"
check "csv: money of goal 1.1 equals the annual report" "-24946000,00;11820400,00;-13125600,00" \
  "$(grep '^1.1 ' "$WORK/r-csv/financien.csv" | cut -d';' -f4-6)"
