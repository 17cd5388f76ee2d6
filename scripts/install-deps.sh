#!/usr/bin/env bash
# Installs the Debian packages inclusio needs, only those missing. Safe to run repeatedly.
set -euo pipefail
pkgs=(build-essential pkg-config sqlite3 libsqlite3-dev libmicrohttpd-dev libjansson-dev
      libsodium-dev libcsv-dev libzxcvbn-dev libcmocka-dev libxlsxwriter-dev curl unzip time wrk chromium
      clang libclang-rt-dev   # clang + its compiler-rt: libFuzzer and the sanitizers of make fuzz
      python3-yaml            # docs/openapi.yaml -> JSON at build time (scripts/embed-openapi.py)
      postgresql libpq-dev)   # the PostgreSQL backend: libpq, and the server of scripts/pg-cluster.sh
missing=()
# The Debian package and make install-test (tests/install/run.sh: nginx -t, the unit's system calls).
pkgs+=(debhelper lintian nginx strace)
# UWV's banenafspraak tables are published as XLSX: `inclusio banen uwv import` reads them through xlsx2csv.
pkgs+=(xlsx2csv)
# Evidence of realisations (issue 17): libmagic reads a file's type from its content.
pkgs+=(libmagic-dev)
# E-mail of the follow-up jobs (libcurl's SMTP) and the SMTP sink of make mail-test (tests/mail/run.sh).
pkgs+=(libcurl4-openssl-dev python3-aiosmtpd)
pkgs+=(libyajl-dev)   # the streaming JSON parser of the OCDS import (inclusio import ocds)
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm (browser and API tests) may come from outside Debian's packages: install them from
# Debian only when the commands are missing, never over another installation.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Browser tests drive Debian's chromium through playwright-core (never a downloaded browser).
if [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
# API tests: fast-check and yaml for the property-based fuzz run (tests/api/fuzz.test.mjs), Spectral
# and an OpenAPI schema validator for the description (make api-lint, tests/api/adr.test.mjs).
if [ -f tests/api/package.json ] && { [ ! -d tests/api/node_modules/fast-check ] ||
   [ ! -d tests/api/node_modules/@stoplight/spectral-cli ] || [ ! -d tests/api/node_modules/@seriousme/openapi-schema-validator ]; }; then
  (cd tests/api && npm ci --no-audit --no-fund --silent)
fi
exit 0
