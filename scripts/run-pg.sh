#!/usr/bin/env bash
# make run-pg: the demo on PostgreSQL. Starts a throwaway cluster (scripts/pg-cluster.sh: a temporary
# folder, Unix socket only), loads the demo data and the demo users, shows the SROI progress and
# serves the web app on PORT (8080); the cluster is stopped and removed when the server ends (Ctrl-C).
#   usage: scripts/run-pg.sh path/to/inclusio
set -euo pipefail
BIN=$(realpath "${1:-build/inclusio}")
cd "$(dirname "$0")/.."
url=$(scripts/pg-cluster.sh start)
keydir=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-run-pg-key.XXXXXX")
stop() { scripts/pg-cluster.sh stop "$url"; rm -rf "$keydir"; }
trap stop EXIT
trap 'exit 130' INT TERM
export INCLUSIO_KEY_FILE="$keydir/inclusio.key"
echo "PostgreSQL: $url (sleutelbestand $INCLUSIO_KEY_FILE)"
"$BIN" --db "$url" init
"$BIN" --db "$url" demo
"$BIN" --db "$url" report sroi
echo "Demo-gebruikers (wachtwoord): beheer (beheer-demo-2026), srteam (srteam-demo-2026), inkoop (inkoop-demo-2026),"
echo "  groenwerk (groenwerk-demo-2026), schoonsociaal (schoon-demo-2026), wsp (wsp-demo-2026), po (po-demo-2026), raad (raad-demo-2026)"
"$BIN" --db "$url" serve --port "${PORT:-8080}"
