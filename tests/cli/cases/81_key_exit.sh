# Without its key file a database is refused with exit code 3 (file trouble, docs/operations.md) by
# the user administration and the export too, the commands an administrator runs on a restored
# backup.
xdb=$(fresh_db keyexit)
mv "$xdb.key" "$WORK/keyexit.key.away"
for args in "user list" "user add iemand --role beheer" "user disable iemand" "user passwd iemand" \
            "export contracts" "export realisations"; do
  # shellcheck disable=SC2086
  expect_refused "$args without the key file" "$xdb" $args -- "ontbreekt"
  check "$args without the key file: exit 3" 3 "$RC"
done
mv "$WORK/keyexit.key.away" "$xdb.key"
