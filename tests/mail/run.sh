#!/usr/bin/env bash
# The follow-up's e-mail end to end (issue 17): a real SMTP sink on the loopback (sink.py, aiosmtpd),
# `inclusio jobs run --date D` on the days that matter, and who receives what on which day, read
# back from the sink (show.py). The relay-down case included: the messages wait in the outbox and
# are delivered exactly once when the sink is up. Also serve's daily thread. Usage:
# tests/mail/run.sh path/to/inclusio. Prints "mail: N passed, M failed".
set -u
if [ $# -ne 1 ] || [ ! -x "$1" ]; then echo "gebruik: $0 pad/naar/inclusio" >&2; exit 2; fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-mail.XXXXXX")
SINK_PID="" SERVE_PID=""
cleanup() {
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  [ -n "${MAIL_TEST_KEEP:-}" ] && echo "mail: kept $WORK" >&2 || rm -rf "$WORK"
}
trap cleanup EXIT
PASS=0 FAIL=0
pass() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); echo "FAIL: $1" >&2; }
check() { if [ "$2" = "$3" ]; then pass; else fail "$1"; printf '  verwacht: %s\n  gekregen: %s\n' "$2" "$3" >&2; fi; }

unset INCLUSIO_DB INCLUSIO_KEY_FILE INCLUSIO_JOBS
DB=$WORK/mail.db
MAILDIR=$WORK/sink
# The sink needs Debian's python3 (with python3-aiosmtpd), not another python3 first on the PATH.
PY=${MAIL_TEST_PYTHON:-/usr/bin/python3}
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export INCLUSIO_SMTP_URL="smtp://127.0.0.1:$PORT" INCLUSIO_SMTP_FROM="sr-team@zoetermeer.example"
inc() { "$BIN" --db "$DB" "$@"; }
start_sink() {
  "$PY" "$HERE/sink.py" "$PORT" "$MAILDIR" 2>"$WORK/sink.log" &
  SINK_PID=$!
  for _ in $(seq 1 100); do [ -f "$MAILDIR/ready" ] && return 0; sleep 0.1; done
  echo "mail: de SMTP-sink startte niet" >&2; cat "$WORK/sink.log" >&2; exit 1
}
# The messages the sink received from number $1 on: "recipient | subject", sorted.
received() { "$PY" "$HERE/show.py" "$MAILDIR" "$1"; }
count() { ls "$MAILDIR"/*.eml 2>/dev/null | wc -l; }
mkdir -p "$MAILDIR"

# The setting: one contract of Zoetermeer awarded on Monday 3 March 2025 (contact due within five
# working days: 10 March), running 1 April 2025 - 31 March 2027 (one yearly report: due 1 April
# 2026, deadline 1 May 2026; the final report by 30 April 2027). Its contractor has two accounts (one
# with an address), the SR-team of Zoetermeer one with an address; the SR-team of Lansingerland and another
# contractor must receive nothing.
export INCLUSIO_TODAY=2025-03-03
inc init >/dev/null
inc contract add --municipality zoetermeer --reference ZTM-MAIL-1 --title "Onderhoud openbaar groen" \
  --category diensten --procedure europees --value 400000 --labour-share-pct 40 --award-date 2025-03-03 \
  --start-date 2025-04-01 --end-date 2027-03-31 --contractor-kvk 12345678 --contractor-name "Groen & Zo BV" >/dev/null
inc contract add --municipality lansingerland --reference LSG-MAIL-1 --title "Schoonmaak" --category diensten \
  --procedure europees --value 300000 --labour-share-pct 60 --award-date 2025-06-02 --start-date 2025-07-01 \
  --end-date 2026-06-30 --contractor-kvk 87654321 --contractor-name "Schoon BV" >/dev/null
PW='Mail-test-wachtwoord-8!x'
for u in "groen --role opdrachtnemer --organisation 12345678" "groen2 --role opdrachtnemer --organisation 12345678" \
         "sr.ztm --role sr-team --municipality zoetermeer" "sr.lsg --role sr-team --municipality lansingerland" \
         "schoon --role opdrachtnemer --organisation 87654321"; do
  # shellcheck disable=SC2086
  printf '%s\n' "$PW" | inc user add $u --password-stdin >/dev/null
done
inc mail address groen info@groen-en-zo.example >/dev/null
inc mail address sr.ztm sr@zoetermeer.example >/dev/null
inc mail address sr.lsg sr@lansingerland.example >/dev/null
inc mail address schoon info@schoon.example >/dev/null

# An address that is no address: refused with a Dutch message, nothing stored.
inc mail address groen2 "groen2 at example" >"$WORK/out" 2>"$WORK/err"; RC=$?
check "bad address: refused" 1 "$RC"
check "bad address: Dutch message" "inclusio: is geen geldig e-mailadres (naam@domein.nl) (veld: email)" "$(cat "$WORK/err")"
check "bad address: nothing stored (the four good ones only)" 4 "$(sqlite3 "$DB" 'SELECT count(*) FROM user_emails')"
for bad in "a@b" "@zoetermeer.nl" "jan..de.vries@zoetermeer.nl" "jan@-zoetermeer.nl" "jan@zoetermeer..nl" "jan @zoetermeer.nl"; do
  inc mail address groen2 "$bad" >/dev/null 2>&1 && fail "address '$bad' accepted" || pass
done

# Day 1 of the deadline's passing, 11 March 2025, with the relay down (no sink yet): the notices are
# made and the two e-mails wait in the outbox; one failed attempt and the rest waits too.
sqlite3 "$DB" "INSERT INTO settings(key, value) VALUES ('followup.mail_retry_seconds', '1')"
inc --json jobs run --date 2025-03-10 >"$WORK/out"
check "10 March (deadline day): nothing yet" 0 "$("$PY" -c 'import json,sys; print(json.load(sys.stdin)["notices"])' <"$WORK/out")"
inc --json jobs run --date 2025-03-11 >"$WORK/out"
check "11 March: three notices (two contractor accounts, the SR-team)" 3 \
  "$("$PY" -c 'import json,sys; print(json.load(sys.stdin)["notices"])' <"$WORK/out")"
check "11 March: two e-mails queued (groen2 has no address)" 2 \
  "$("$PY" -c 'import json,sys; print(json.load(sys.stdin)["queued"])' <"$WORK/out")"
check "relay down: nothing sent" "0 1" "$("$PY" -c 'import json,sys; d = json.load(sys.stdin); print(d["sent"], d["retry"])' <"$WORK/out")"
check "relay down: both still waiting" "wachtend wachtend" "$(sqlite3 "$DB" "SELECT group_concat(status, ' ') FROM mail_outbox")"
check "relay down: the failure is logged" 1 "$(sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE action = 'mail-retry'")"
check "relay down: the reason is kept" 1 "$(sqlite3 "$DB" "SELECT count(*) FROM mail_outbox WHERE last_error LIKE '%onnect%'")"
# Running the day again makes nothing new.
inc --json jobs run --date 2025-03-11 --no-mail >"$WORK/out"
check "11 March again: no new notices" 0 "$("$PY" -c 'import json,sys; print(json.load(sys.stdin)["notices"])' <"$WORK/out")"
check "11 March again: still two e-mails in all" 2 "$(sqlite3 "$DB" 'SELECT count(*) FROM mail_outbox')"

# The relay comes up: after the back-off both are delivered, once.
start_sink
sleep 2
inc mail send >"$WORK/out"
check "relay up: two sent" "E-mail: 2 verzonden, 0 later opnieuw, 0 opgegeven." "$(cat "$WORK/out")"
check "relay up: who received what" "info@groen-en-zo.example | Contact over social return: ZTM-MAIL-1
sr@zoetermeer.example | Bellen: geen contact na gunning ZTM-MAIL-1" "$(received 0)"
inc mail send --all >/dev/null
inc jobs run --date 2025-03-11 >/dev/null
inc jobs run --date 2025-03-12 >/dev/null
check "exactly once: still two messages in the sink" 2 "$(count)"
check "exactly once: both marked sent; the first had failed once" "verzonden:2 verzonden:1" \
  "$(sqlite3 "$DB" "SELECT group_concat(status || ':' || attempts, ' ') FROM mail_outbox")"
check "each fate in the audit log" 2 "$(sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE action = 'mail-sent'")"
"$PY" "$HERE/show.py" "$MAILDIR" --body-to info@groen-en-zo.example >"$WORK/body"
grep -q "Op 03-03-2025 is de opdracht ZTM-MAIL-1 (Onderhoud openbaar groen) aan u gegund" "$WORK/body" && pass || fail "contractor's letter: award date and contract"
grep -q "Die termijn liep af op 10-03-2025" "$WORK/body" && pass || fail "contractor's letter: the deadline"
grep -q "Beste Groen & Zo BV," "$WORK/body" && pass || fail "contractor's letter: the contractor's name (with &)"

# The first contact is made: no more reminders about it; the contact is in the dossier.
INCLUSIO_TODAY=2025-03-13 inc contract contact 1 --date 2025-03-13 >/dev/null
n=$(count)
inc jobs run --date 2025-03-14 >/dev/null
check "after the contact: nothing on 14 March" "$n" "$(count)"

# A missed day is caught up within the week; older reminders are not mailed.
inc jobs run --date 2026-04-09 >/dev/null
check "9 April 2026 (8 days after the yearly report's reminder day): no reminder of 1 April" "" \
  "$(received "$n" | grep jaarrapportage)"

# The yearly report: a month before its deadline (1 April 2026) to the contractor, and on the day
# (1 May 2026) to the contractor and the SR-team; the SR-team also hears the contract is behind.
sqlite3 "$DB" "DELETE FROM notices WHERE dedup_key LIKE 'achterstand:%'; DELETE FROM mail_outbox WHERE notice_id IS NULL OR notice_id NOT IN (SELECT id FROM notices)"
n=$(count)
inc jobs run --date 2026-04-01 >/dev/null
check "1 April 2026: the reminder a month before, and behind schedule" \
"info@groen-en-zo.example | Herinnering: jaarrapportage 1 van ZTM-MAIL-1 over een maand
sr@zoetermeer.example | Achter op schema: ZTM-MAIL-1" "$(received "$n" | grep ZTM)"
n=$(count)
inc jobs run --date 2026-05-01 >/dev/null
check "1 May 2026: on the day, to both (and behind, once for May)" \
"info@groen-en-zo.example | Vandaag: jaarrapportage 1 van ZTM-MAIL-1
sr@zoetermeer.example | Achter op schema: ZTM-MAIL-1
sr@zoetermeer.example | Jaarrapportage 1 van ZTM-MAIL-1 vervalt vandaag" "$(received "$n" | grep ZTM)"
check "Lansingerland's SR-team hears of its own contract only" "sr@lansingerland.example | Achter op schema: LSG-MAIL-1" \
  "$(received "$n" | grep lansingerland)"
n=$(count)
inc jobs run --date 2026-05-02 >/dev/null
check "2 May 2026: nothing twice" "" "$(received "$n")"

# The end: the final report on the end date to the contractor, and a month later the SR-team settles.
n=$(count)
inc jobs run --date 2027-03-31 >/dev/null
check "31 March 2027: the final report asked for (not behind any more: ended)" \
"info@groen-en-zo.example | Eindrapportage social return van ZTM-MAIL-1" "$(received "$n" | grep -v Achter)"
n=$(count)
inc jobs run --date 2027-05-01 >/dev/null
check "1 May 2027: the SR-team settles" "sr@zoetermeer.example | Afrekenen: eindrapportage ZTM-MAIL-1" "$(received "$n")"
check "Lansingerland's SR-team and the other contractor received nothing about Zoetermeer" "" \
  "$(received 0 | grep -E 'lansingerland|schoon' | grep ZTM)"

# The in-app inbox has the same notices, e-mail address or not.
check "groen2 (no address) has its notices in the inbox" 4 \
  "$(sqlite3 "$DB" "SELECT count(*) FROM notices n JOIN users u ON u.id = n.user_id WHERE u.username = 'groen2'")"

# serve's thread: it runs the day's jobs once and sends the mail, without a cron job.
n=$(count)
INCLUSIO_TODAY=2025-06-11 "$BIN" --db "$DB" serve --port 0 --static "$HERE/../../web" >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 1 150); do [ "$(count)" -ge $((n + 3)) ] && break; sleep 0.1; done
# Lansingerland's contract (awarded Monday 2 June 2025; five working days, Whit Monday 9 June not one
# of them: deadline 10 June) passes its contact deadline on 11 June.
check "serve's thread: the day's reminders delivered" "info@schoon.example | Contact over social return: LSG-MAIL-1
sr@lansingerland.example | Bellen: geen contact na gunning LSG-MAIL-1
sr@zoetermeer.example | Achter op schema: ZTM-MAIL-1" "$(received "$n")"
check "serve's thread: the day's run recorded once" 1 "$(sqlite3 "$DB" "SELECT count(*) FROM job_runs WHERE run_date = '2025-06-11'")"
kill -TERM "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null; SERVE_PID=""
grep -q "gestopt (SIGTERM)" "$WORK/serve.log" && pass || fail "serve stops cleanly with its thread"

echo "mail: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
