# The pseudonymisation key file (docs/operations.md): init never makes a new key for a database that
# holds persons, a missing or wrong key file is refused on every open (exit 3), `key rotate` replaces
# the key file without changing a pseudonym and is audited. And the files holding personal data are
# readable by their owner only.

kdb=$(fresh_db keys)
kkey=$(key_of "$kdb")
kadd=(contract add --municipality zoetermeer --title "Schoonmaak" --category diensten --procedure europees
      --value 800000 --labour-share-pct 40 --award-date 2024-01-10 --start-date 2024-02-01 --end-date 2025-12-31
      --contractor-kvk 27362514 --contractor-name "Groenwerk BV")
expect_ok "key: contract K-1" "$kdb" "${kadd[@]}" --reference K-1
expect_ok "key: contract K-2" "$kdb" "${kadd[@]}" --reference K-2
expect_ok "key: a person on K-1" "$kdb" realisation add --municipality zoetermeer --contract-reference K-1 \
  --hours-per-week 36 --block mu-participatiewet --bsn 111222333 --start 2024-02-01 --end 2024-12-31
pseudonyms() { sql "$kdb" "SELECT group_concat(hex(pseudonym)) FROM (SELECT pseudonym FROM persons ORDER BY id) x"; }
before_pseudonyms=$(pseudonyms)

# A missing key file: init refuses to make a new one (that would switch double counting off).
mv "$kkey" "$WORK/key.backup"
expect_refused "init without the key file of a database with persons" "$kdb" init -- \
  "sleutelbestand '$kkey' ontbreekt" "terug uit de back-up" "docs/operations.md"
check "init without key: exit 3" 3 "$RC"
check "init without key: no new key file" no "$([ -e "$kkey" ] && echo yes || echo no)"
expect_refused "a command without the key file" "$kdb" report sroi -- "ontbreekt" "terug uit de back-up"
check "a command without key: exit 3" 3 "$RC"
expect_refused "serve without the key file" "$kdb" serve --port 0 -- "ontbreekt"
check "serve without key: exit 3" 3 "$RC"
expect_refused "an import without the key file" "$kdb" import contracts /dev/null -- "ontbreekt"
check "import without key: exit 3" 3 "$RC"

# Databases made before the key was wrapped (no key_wrap row yet): init refuses just the same.
# Such a database's pseudonyms were made with the key file itself: HMAC-SHA256(key file, BSN), 16 bytes.
ldb=$(copy_db "$kdb" legacy)
legacy_pseudonym=$(python3 -c 'import hmac,hashlib,sys; print(hmac.new(open(sys.argv[1],"rb").read(), b"111222333", hashlib.sha256).hexdigest()[:32])' "$WORK/key.backup")
if [ "$PG" = 1 ]; then blob="'\\x$legacy_pseudonym'::bytea"; else blob="X'$legacy_pseudonym'"; fi
sql "$ldb" "DELETE FROM key_wrap; UPDATE persons SET pseudonym = $blob" >/dev/null
expect_refused "init without the key file of an older database with persons" "$ldb" init -- \
  "ontbreekt terwijl de database al personen bevat" "docs/operations.md"
check "older database without key: exit 3" 3 "$RC"
check "older database without key: no new key file" no "$([ -e "$(key_of "$ldb")" ] && echo yes || echo no)"
# With its key file, an older database takes that key as its data key: the same persons are recognised.
cp "$WORK/key.backup" "$(key_of "$ldb")"
expect_ok "older database with its key file opens" "$ldb" key check
check "older database: the key is wrapped on first open" 1 "$(sql "$ldb" "SELECT count(*) FROM key_wrap")"
expect_ok "older database: key rotate" "$ldb" key rotate
expect_refused "older database after rotation: double counting still recognised" "$ldb" realisation add \
  --municipality zoetermeer --contract-reference K-2 --hours-per-week 20 --block mu-wia --bsn 111222333 \
  --start 2024-12-01 --end 2025-03-31 -- "telt al mee op opdracht K-1"

# A wrong key file is refused on open, whatever the command.
head -c 32 /dev/urandom >"$kkey"
expect_refused "a wrong key file" "$kdb" report sroi -- "hoort niet bij deze database" "terug uit de back-up"
check "wrong key: exit 3" 3 "$RC"
expect_refused "init with a wrong key file" "$kdb" init -- "hoort niet bij deze database"
head -c 31 /dev/urandom >"$kkey"
expect_refused "a truncated key file" "$kdb" report sroi -- "is beschadigd"

# Restored from the backup, everything works again.
cp "$WORK/key.backup" "$kkey"
expect_ok "key check with the restored key" "$kdb" key check
grep -qF "hoort bij database" "$OUT" && pass || fail "key check names the fit"
old_fp=$(grep -oE 'vingerafdruk [0-9a-f]{16}' "$OUT" | cut -d' ' -f2)

# Rotation: a new key file, the same pseudonyms, still refuses double counting, audited.
expect_ok "key rotate" "$kdb" key rotate
new_fp=$(grep -oE 'vingerafdruk [0-9a-f]{16}' "$OUT" | head -1 | cut -d' ' -f2)
check "key rotate: another key file" different "$(cmp -s "$kkey" "$WORK/key.backup" && echo same || echo different)"
check "key rotate: pseudonyms unchanged" "$before_pseudonyms" "$(pseudonyms)"
check "key rotate: key file mode 0600" 600 "$(stat -c %a "$kkey")"
check "key rotate: no .new file left" no "$([ -e "$kkey.new" ] && echo yes || echo no)"
expect_refused "after rotation: double counting still recognised" "$kdb" realisation add --municipality zoetermeer \
  --contract-reference K-2 --hours-per-week 20 --block mu-wia --bsn 111222333 --start 2024-12-01 --end 2025-03-31 -- \
  "telt al mee op opdracht K-1"
check "key rotate: audited with both fingerprints" "cli|key.rotate|{\"old_fingerprint\":\"$old_fp\",\"new_fingerprint\":\"$new_fp\"}" \
  "$(sql "$kdb" "SELECT actor || '|' || action || '|' || detail FROM audit_log WHERE action = 'key.rotate'")"
cp "$kkey" "$WORK/key.rotated"
cp "$WORK/key.backup" "$kkey"
expect_refused "after rotation: the old key file is refused" "$kdb" report sroi -- "hoort niet bij deze database"
cp "$WORK/key.rotated" "$kkey"

# --new-key FILE takes the new key from a file.
head -c 32 /dev/urandom >"$WORK/vault.key"
expect_ok "key rotate --new-key" "$kdb" key rotate --new-key "$WORK/vault.key"
check "key rotate --new-key: installed" same "$(cmp -s "$kkey" "$WORK/vault.key" && echo same || echo different)"
check "key rotate --new-key: pseudonyms unchanged" "$before_pseudonyms" "$(pseudonyms)"
expect_refused "key rotate: the same key again" "$kdb" key rotate --new-key "$WORK/vault.key" -- "gelijk aan de huidige"
head -c 16 /dev/urandom >"$WORK/short.key"
expect_refused "key rotate: a key file of the wrong size" "$kdb" key rotate --new-key "$WORK/short.key" -- "is beschadigd"
expect_refused "key rotate: unknown option" "$kdb" key rotate --new-kee "$WORK/vault.key" -- "onbekende optie --new-kee" "gebruik:"
check "key rotate: unknown option exit 2" 2 "$RC"
expect_refused "key rotate: option without value" "$kdb" key rotate --new-key -- "mist een waarde"
check "key rotate: missing value exit 2" 2 "$RC"
expect_refused "key: unknown subcommand" "$kdb" key spin -- "onbekende opdracht 'key spin'"

# An interrupted rotation (database re-wrapped, file not yet moved) points at the .new file.
cp "$kkey" "$WORK/current.key"
expect_ok "key rotate (to interrupt)" "$kdb" key rotate
mv "$kkey" "$kkey.new"
cp "$WORK/current.key" "$kkey"
expect_refused "interrupted rotation" "$kdb" report sroi -- "sleutelrotatie is onderbroken" "$kkey.new"
expect_refused "no rotation over an interrupted one" "$kdb" key rotate -- "hoort niet meer bij deze database"
mv "$kkey.new" "$kkey"
expect_ok "after finishing the rotation by hand" "$kdb" key check

# File modes: the database, its WAL and SHM file and the key file are the owner's only.
if sqlite_only; then
mdb=$WORK/modes.db
rm -f "$mdb" "$mdb"-wal "$mdb"-shm "$mdb".key
(umask 022 && "$INCLUSIO" --db "$mdb" init >/dev/null)
(umask 022 && "$INCLUSIO" --db "$mdb" contract add --municipality zoetermeer --title T --category diensten \
  --procedure europees --value 1 --labour-share-pct 1 --award-date 2024-01-10 --start-date 2024-02-01 \
  --end-date 2024-12-31 --contractor-kvk 27362514 --contractor-name G --reference M-1 >/dev/null)
# the -wal and -shm files exist while a connection is open: read their modes from inside one
python3 - "$mdb" <<'PY' >"$OUT" 2>"$ERR"
import os, sqlite3, stat, sys
db = sys.argv[1]
c = sqlite3.connect(db)
c.execute("SELECT count(*) FROM contracts").fetchone()  # opens the WAL and SHM
for f in (db, db + "-wal", db + "-shm", db + ".key"):
    print(os.path.basename(f), oct(stat.S_IMODE(os.stat(f).st_mode)) if os.path.exists(f) else "missing")
PY
check "file modes of db, -wal, -shm, key (umask 022)" "modes.db 0o600 modes.db-wal 0o600 modes.db-shm 0o600 modes.db.key 0o600" \
  "$(tr '\n' ' ' <"$OUT" | sed 's/ $//')"
# An existing world-readable database (made by an older version) is tightened on open.
chmod 644 "$mdb"
expect_ok "open an existing 0644 database" "$mdb" report sroi
check "existing database tightened to 0600" 600 "$(stat -c %a "$mdb")"
fi
