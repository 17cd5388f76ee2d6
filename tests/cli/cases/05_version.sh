# `inclusio --version` prints the version of the file VERSION, the one place it lives (the Makefile
# passes it to the build), and exits 0; the usage names the option.
version_file=$CLI_DIR/../../VERSION
"$INCLUSIO" --version >"$OUT" 2>"$ERR"; RC=$?
check "--version: exit 0" 0 "$RC"
check "--version: prints the version of VERSION" "inclusio $(cat "$version_file")" "$(cat "$OUT")"
check "--version: nothing on stderr" "" "$(cat "$ERR")"
"$INCLUSIO" --help >"$OUT" 2>"$ERR"
if grep -qF -- "--version" "$OUT"; then pass; else fail "--help names --version"; fi
# A global option only: after a command's name it is that command's (unknown) option.
"$INCLUSIO" --db "$WORK/none.db" catalogue --version >"$OUT" 2>"$ERR"; RC=$?
check "catalogue --version: usage error" 2 "$RC"
