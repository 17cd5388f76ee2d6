# The password rule from the command line (issue 11, point 14): common and guessable passwords are
# refused by `user add` and `user passwd` with the reason, the database unchanged.

pdb=$(fresh_db passwords)
for weak in 1234567890 wachtwoord1 'Welkom2026!' zoetermeer2026 qwertyuiop123; do
  expect_refused "user add refuses '$weak'" "$pdb" user add zwak --role beheer --password-stdin -- \
    "dit wachtwoord is te makkelijk te raden: het " <<<"$weak"
done
expect_refused "user add refuses the user name as password" "$pdb" user add hendriks --role beheer --password-stdin -- \
  "gebruikersnaam" <<<'hendriks2026'
inc "$pdb" user add sterk --role beheer --password-stdin <<<'kompas-fiets-31'
check "user add takes a strong password" 0 "$RC"
expect_refused "user passwd refuses a guessable password" "$pdb" user passwd sterk --password-stdin -- \
  "te makkelijk te raden" <<<'wachtwoord123'
inc "$pdb" user passwd sterk --password-stdin <<<'lantaarn-ui-kever-9'
check "user passwd takes a strong password" 0 "$RC"
