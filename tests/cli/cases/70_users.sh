# Users of the web application from the command line: add with roles and scopes, list, disable,
# passwd; bad input refused with the database unchanged; the audit log never holds a password.

db=$(fresh_db users)

inc "$db" user add jansen --role sr-team --municipality zoetermeer --municipality lansingerland --password-stdin <<<'eerste-wachtwoord-1'
check "user add sr-team" 0 "$RC"
check "two municipalities linked" 2 "$(sql "$db" "SELECT count(*) FROM user_municipalities um JOIN users u ON u.id = um.user_id WHERE u.username = 'jansen'")"
check "Argon2id hash stored, not the password" 1 "$(sql "$db" "SELECT count(*) FROM users WHERE username = 'jansen' AND password_hash LIKE '\$argon2id\$%'")"
check "no password in the database" 0 "$(sql "$db" "SELECT count(*) FROM users WHERE password_hash LIKE '%eerste%'")"

inc "$db" user add raadslid --role raad --municipality zoetermeer
check "generated password printed once" 1 "$(grep -c 'Wachtwoord (wordt niet opnieuw getoond): [A-Za-z0-9]\{16\}' "$OUT")"

expect_refused "unknown role" "$db" user add x1 --role koning --municipality zoetermeer -- "onbekende rol 'koning'"
expect_refused "sr-team without municipality" "$db" user add x2 --role sr-team -- "hoort bij minstens een gemeente"
expect_refused "unknown municipality" "$db" user add x3 --role inkoop --municipality atlantis -- "onbekende gemeente 'atlantis'"
expect_refused "opdrachtnemer without organisation" "$db" user add x4 --role opdrachtnemer -- "hoort bij een organisatie"
expect_refused "opdrachtnemer with unknown KvK" "$db" user add x5 --role opdrachtnemer --organisation 12345678 -- "geen organisatie met KvK-nummer 12345678"
expect_refused "organisation for another role" "$db" user add x6 --role inkoop --municipality zoetermeer --organisation 12345678 -- "alleen een opdrachtnemer"
expect_refused "duplicate user name (any case)" "$db" user add JANSEN --role beheer -- "bestaat al"
expect_refused "user name with a space" "$db" user add "met spatie" --role beheer -- "alleen letters, cijfers"
expect_refused "short password" "$db" user add kort --role beheer --password-stdin -- "minstens 10 tekens" <<<'kort'
expect_refused "disable unknown user" "$db" user disable niemand -- "onbekende gebruiker 'niemand'"

inc "$db" --json user list
check "user list --json" 2 "$(grep -c '"username"' "$OUT")"
inc "$db" user list
check "user list shows scope" 1 "$(grep -c 'jansen .*sr-team .*actief .*lansingerland, zoetermeer' "$OUT")"

inc "$db" user passwd jansen --password-stdin <<<'tweede-wachtwoord-2'
check "user passwd" 0 "$RC"
expect_ok "user disable" "$db" user disable jansen
check "disabled" 1 "$(sql "$db" "SELECT disabled FROM users WHERE username = 'jansen'")"
check "audit: create, password, disable" "create password disable" \
  "$(sql "$db" "SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log a JOIN users u ON u.id = a.entity_id WHERE a.entity = 'user' AND u.username = 'jansen' ORDER BY a.id) x")"
check "audit never holds a password" 0 "$(sql "$db" "SELECT count(*) FROM audit_log WHERE detail LIKE '%wachtwoord%'")"
