# inclusio build. Sources are picked up by wildcard so each module adds files, not Makefile lines.
CC      ?= cc
PKGS    := sqlite3 libmicrohttpd jansson libsodium xlsxwriter yajl
CFLAGS  ?= -O2 -g
# ALL_CFLAGS adds what the project always needs, so `make CFLAGS=...` (as asan does) keeps it;
# CPPFLAGS too (the Debian build passes -D_FORTIFY_SOURCE=2 there). libpq: its header only;
# src/db/pgsql.c loads the library when a PostgreSQL database is opened.
ALL_CFLAGS = $(CPPFLAGS) $(CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Isrc -Ibuild \
           $(shell pkg-config --cflags $(PKGS) libpq 2>/dev/null) $(CWARN)
LDLIBS  = $(LDFLAGS) $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lzxcvbn -lm -lpthread -ldl
# libmagic: the type of an evidence file is read from its content (issue 17, src/app/evidence.c).
LDLIBS += -lmagic
# libcurl: the follow-up's e-mail through the administrator's SMTP relay (src/io/smtp.c).
LDLIBS += $(shell pkg-config --libs libcurl 2>/dev/null)
BUILD   ?= build
# The one place the version lives (binary, API-Version header, OpenAPI description, package).
VERSION := $(shell cat VERSION)
ALL_CFLAGS += -DINCLUSIO_VERSION='"$(VERSION)"'
# Where `inclusio serve` finds its browser interface by default: the web/ of this tree, or the
# installed copy (`make install` builds with WEB_DIR=$(PREFIX)/share/inclusio/web).
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
SHAREDIR ?= $(PREFIX)/share/inclusio
MANDIR  ?= $(PREFIX)/share/man
DOCDIR  ?= $(PREFIX)/share/doc/inclusio
WEB_DIR ?= $(CURDIR)/web

LIB_SRC  := $(wildcard src/core/*.c src/io/*.c src/db/*.c src/store/*.c src/app/*.c src/web/*.c src/cli/*.c)
LIB_SRC  := $(filter-out src/cli/main.c,$(LIB_SRC))
MIGRATIONS := $(sort $(wildcard src/store/migrations/*.sql))
MIGRATIONS_PG := $(sort $(wildcard src/store/migrations/pg/*.sql))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/migrations_embedded.o $(BUILD)/openapi_embedded.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# Shared test helpers (tests/unit/*.c that are not test_*.c), linked into every test binary.
UNIT_LIB_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(filter-out $(UNIT_SRC),$(wildcard tests/unit/*.c)))
.SECONDARY: $(UNIT_LIB_OBJ)

.PHONY: all run test unit api api-lint browser asan bench clean deps demo fuzz fuzz-short fuzz-bins install

all: $(BUILD)/inclusio

deps:
	./scripts/install-deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@
	@echo "  CC $<"

$(BUILD)/src/cli/cmd_serve.o: ALL_CFLAGS += -DINC_WEB_DIR='"$(WEB_DIR)"'

# The paths built into the binary and the manual page: rewritten only when they change, so another
# PREFIX or WEB_DIR rebuilds what carries them (and nothing else). The version likewise.
$(BUILD)/paths.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(WEB_DIR) $(SHAREDIR) $(DOCDIR)' | cmp -s - $@ || echo '$(WEB_DIR) $(SHAREDIR) $(DOCDIR)' > $@
$(BUILD)/src/cli/cmd_serve.o: $(BUILD)/paths.stamp
$(patsubst %.c,$(BUILD)/%.o,$(shell grep -rl INCLUSIO_VERSION src --include=*.c)): VERSION

# The manual page inclusio(1), generated from the command table and each command's --help.
$(BUILD)/inclusio.1: $(BUILD)/inclusio scripts/gen-manpage.pl src/cli/commands.def VERSION $(BUILD)/paths.stamp
	@./scripts/gen-manpage.pl $(BUILD)/inclusio src/cli/commands.def $(VERSION) $(WEB_DIR) $(SHAREDIR) $(DOCDIR) > $@.tmp
	@mv $@.tmp $@
	@echo "  MAN $@"

man: $(BUILD)/inclusio.1

# Migrations are SQL files embedded into the binary, applied in file-name order; PostgreSQL's twins
# (same numbers) in src/store/migrations/pg/.
$(BUILD)/migrations_embedded.c: $(MIGRATIONS) $(MIGRATIONS_PG) scripts/embed-migrations.sh
	@mkdir -p $(BUILD)
	@./scripts/embed-migrations.sh $(MIGRATIONS) --pg $(MIGRATIONS_PG) > $@

$(BUILD)/migrations_embedded.o: $(BUILD)/migrations_embedded.c
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

# The OpenAPI description, converted from YAML to JSON (python3-yaml) and embedded: served by
# GET /api/v1/openapi.json wherever the binary is installed.
$(BUILD)/openapi_embedded.c: docs/openapi.yaml scripts/embed-openapi.py
	@mkdir -p $(BUILD)
	@./scripts/embed-openapi.py docs/openapi.yaml > $@.tmp && mv $@.tmp $@

$(BUILD)/openapi_embedded.o: $(BUILD)/openapi_embedded.c
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libinclusio.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/inclusio: $(BUILD)/src/cli/main.o $(BUILD)/libinclusio.a
	@echo "  LD $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(UNIT_LIB_OBJ) $(BUILD)/libinclusio.a
	@mkdir -p $(dir $@)
	@echo "  TEST $@"
	@$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(UNIT_LIB_OBJ) $(BUILD)/libinclusio.a $(LDLIBS) $(shell pkg-config --libs cmocka)

unit: $(UNIT_BIN)
	@./scripts/run-unit-tests.sh $(UNIT_BIN)

# API tests start a real server on a free loopback port and talk HTTP to it.
api: $(BUILD)/inclusio
	@if [ -x tests/api/run.sh ]; then tests/api/run.sh $(BUILD)/inclusio; fi

# The OpenAPI description against the NL API Design Rules (docs/spectral.yaml, docs/api.md): Spectral
# from the API tests' npm packages; any warning fails. API_DOC lints another copy (or a served one).
API_DOC ?= docs/openapi.yaml
api-lint:
	@tests/api/node_modules/.bin/spectral lint --ruleset docs/spectral.yaml --fail-severity warn $(API_DOC)

browser: $(BUILD)/inclusio
	@if [ -x tests/browser/run.sh ]; then tests/browser/run.sh $(BUILD)/inclusio; fi

test: deps
	$(MAKE) check-includes
	$(MAKE) api-lint
	$(MAKE) all unit
	$(MAKE) api
	$(MAKE) cli-test
	$(MAKE) test-pg
	$(MAKE) install-test
	$(MAKE) fuzz-short
	@if [ -z "$$SKIP_BROWSER" ]; then $(MAKE) browser; fi
	$(MAKE) mail-test

# The follow-up's e-mail end to end: a real SMTP sink (python3-aiosmtpd) on the loopback, the daily
# jobs on the days that matter, the relay down and up again, serve's thread (tests/mail/run.sh).
.PHONY: mail-test
mail-test: $(BUILD)/inclusio
	@tests/mail/run.sh $(BUILD)/inclusio

# Includes run one way (docs/architecture.md); the self-test shows the check refuses what it should.
.PHONY: check-includes
check-includes:
	@./scripts/check-includes.sh
	@./scripts/check-includes-selftest.sh

cli-test: $(BUILD)/inclusio
	@if [ -x tests/cli/run.sh ]; then tests/cli/run.sh $(BUILD)/inclusio; fi

# The same CLI cases on PostgreSQL: the script starts a throwaway cluster (scripts/pg-cluster.sh)
# and stops it at the end; INCLUSIO_TEST_PG=URI uses a running one instead.
.PHONY: cli-test-pg schema-pg
cli-test-pg: $(BUILD)/inclusio
	@tests/cli/run.sh --pg $(BUILD)/inclusio

# The PostgreSQL migrations against the SQLite ones: tables, columns, keys, checks, indexes.
schema-pg: $(BUILD)/inclusio
	@tests/pg/schema.sh $(BUILD)/inclusio

# On a throwaway PostgreSQL cluster: the driver's own tests (tests/pg/test_*.c) and the unit tests
# whose database comes from testdb_open (tests/unit/testdb.c makes it a PostgreSQL database), but
# test_banen_link_bulk, whose fixture is written in SQLite's SQL (the CLI imports cover that path).
PG_UNIT_BIN := $(patsubst tests/pg/%.c,$(BUILD)/tests-pg/%,$(wildcard tests/pg/test_*.c)) \
               $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(filter-out tests/unit/test_banen_link_bulk.c,\
                 $(shell grep -l testdb_open tests/unit/test_*.c)))
.PHONY: unit-pg
unit-pg: $(PG_UNIT_BIN)
	@tests/pg/run-unit.sh $(PG_UNIT_BIN)

# The API tests on PostgreSQL (each server on a clone of the demo database).
.PHONY: api-pg test-pg replica-pg db-copy-pg backup-test-pg
api-pg: $(BUILD)/inclusio
	@tests/api/run.sh --pg $(BUILD)/inclusio

# --db-read on a primary and a streaming standby of its own (tests/pg/replica.sh).
replica-pg: $(BUILD)/inclusio
	@tests/pg/replica.sh $(BUILD)/inclusio

# inclusio db copy: the demo's SQLite file moved to PostgreSQL and checked (tests/pg/db_copy.sh).
db-copy-pg: $(BUILD)/inclusio
	@tests/pg/db_copy.sh $(BUILD)/inclusio

# Backups on PostgreSQL made and restored once: pg_dump, base backup + WAL archive (docs/operations.md).
backup-test-pg: $(BUILD)/inclusio
	@scripts/pg-backup-restore-test.sh $(BUILD)/inclusio

# Everything above on one throwaway cluster, stopped at the end (4.5 minutes on the shared machine).
test-pg: $(BUILD)/inclusio $(PG_UNIT_BIN)
	@url=$$(INCLUSIO_PG_FAST=1 scripts/pg-cluster.sh start) && trap 'scripts/pg-cluster.sh stop "$$url"' EXIT && \
	  export INCLUSIO_TEST_PG="$$url" && tests/pg/schema.sh $(BUILD)/inclusio && tests/pg/run-unit.sh $(PG_UNIT_BIN) && \
	  tests/cli/run.sh --pg $(BUILD)/inclusio && tests/api/run.sh --pg $(BUILD)/inclusio && \
	  tests/pg/import.sh $(BUILD)/inclusio
	@tests/pg/replica.sh $(BUILD)/inclusio
	@tests/pg/db_copy.sh $(BUILD)/inclusio
	@tests/pg/outage.sh $(BUILD)/inclusio

# PostgreSQL stopped and started under a running server, and the CLI's refusals (its own cluster).
.PHONY: outage-pg
outage-pg: $(BUILD)/inclusio
	@tests/pg/outage.sh $(BUILD)/inclusio

# The import on PostgreSQL: the same rows as SQLite, a lost connection mid-import (tests/pg/import.sh).
.PHONY: import-pg
import-pg: $(BUILD)/inclusio
	@tests/pg/import.sh $(BUILD)/inclusio

$(BUILD)/tests-pg/%: tests/pg/%.c $(BUILD)/libinclusio.a
	@mkdir -p $(dir $@)
	@echo "  TEST $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libinclusio.a $(LDLIBS) $(shell pkg-config --libs cmocka)

asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all unit cli-test

# libFuzzer harnesses (tests/fuzz/fuzz_*.c, see tests/fuzz/README.md): the library rebuilt with clang
# and the fuzzer, address and undefined-behaviour sanitizers in build-fuzz/, then each harness run
# for FUZZ_SECONDS from its committed seed corpus. A crash fails the target. (clang 14 takes the
# {NULL} sentinel of the field lists for a missing initializer: CWARN comes after -Wextra.)
FUZZ_SECONDS ?= 60
FUZZ_BIN = $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz:
	$(MAKE) BUILD=build-fuzz CC=clang LDFLAGS="-fsanitize=address,undefined" \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" \
	  CWARN=-Wno-missing-field-initializers fuzz-bins
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

fuzz-short:
	$(MAKE) fuzz FUZZ_SECONDS=15

fuzz-bins: $(FUZZ_BIN)

$(BUILD)/fuzz/%: tests/fuzz/%.c $(BUILD)/libinclusio.a
	@mkdir -p $(dir $@)
	@echo "  FUZZ $@"
	@$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(BUILD)/libinclusio.a $(LDLIBS)

demo: $(BUILD)/inclusio
	rm -f inclusio.db inclusio.db-wal inclusio.db-shm
	$(BUILD)/inclusio --db inclusio.db init
	$(BUILD)/inclusio --db inclusio.db demo

# Builds, creates inclusio.db with demo data and demo users when absent, shows the SROI progress
# and starts the web app (PORT=8080 by default).
PORT ?= 8080
run: deps
	$(MAKE) all
	@if [ ! -f inclusio.db ]; then $(MAKE) demo; fi
	$(BUILD)/inclusio --db inclusio.db report sroi
	@echo "Demo-gebruikers (wachtwoord): beheer (beheer-demo-2026), srteam (srteam-demo-2026), inkoop (inkoop-demo-2026),"
	@echo "  groenwerk (groenwerk-demo-2026), schoonsociaal (schoon-demo-2026), wsp (wsp-demo-2026), po (po-demo-2026), raad (raad-demo-2026)"
	$(BUILD)/inclusio --db inclusio.db serve --port $(PORT)

# The same demo on PostgreSQL: a throwaway cluster, stopped when the server ends (scripts/run-pg.sh).
.PHONY: run-pg
run-pg: deps
	$(MAKE) all
	PORT=$(PORT) ./scripts/run-pg.sh $(BUILD)/inclusio

bench: $(BUILD)/inclusio
	./bench/run.sh $(BUILD)/inclusio
	./bench/load.sh $(BUILD)/inclusio
	./bench/load-pg.sh $(BUILD)/inclusio

# `make install [PREFIX=/usr/local] [DESTDIR=]`: the binary, the browser interface, the migrations
# (for reference: the binary carries them), the manual page, the docs and the example service and
# nginx files. A separate build, so the installed binary carries the installed interface path
# (without DESTDIR, a staging root the files are later moved out of). docs/operations.md.
.PHONY: install-build uninstall install-test man FORCE
INSTALL_BUILD = build-install
DOCS = README.md $(wildcard docs/*.md) docs/openapi.yaml
install-build:
	$(MAKE) BUILD=$(INSTALL_BUILD) WEB_DIR=$(SHAREDIR)/web $(INSTALL_BUILD)/inclusio $(INSTALL_BUILD)/inclusio.1

install: install-build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/web $(DESTDIR)$(SHAREDIR)/migrations/pg \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DOCDIR)/examples
	install -m 0755 $(INSTALL_BUILD)/inclusio $(DESTDIR)$(BINDIR)/inclusio
	cp -R web/. $(DESTDIR)$(SHAREDIR)/web/
	chmod -R u=rwX,go=rX $(DESTDIR)$(SHAREDIR)/web
	install -m 0644 $(MIGRATIONS) $(DESTDIR)$(SHAREDIR)/migrations/
	install -m 0644 $(MIGRATIONS_PG) $(DESTDIR)$(SHAREDIR)/migrations/pg/
	install -m 0644 $(INSTALL_BUILD)/inclusio.1 $(DESTDIR)$(MANDIR)/man1/inclusio.1
	install -m 0644 $(DOCS) $(DESTDIR)$(DOCDIR)/
	install -m 0644 packaging/inclusio.service $(DESTDIR)$(DOCDIR)/examples/inclusio.service
	install -m 0644 packaging/nginx/inclusio.conf $(DESTDIR)$(DOCDIR)/examples/nginx-inclusio.conf
	install -m 0644 packaging/inclusio-jobs.service packaging/inclusio-jobs.timer $(DESTDIR)$(DOCDIR)/examples/

# Removes what install put: the two files and the two directories that are inclusio's alone.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/inclusio $(DESTDIR)$(MANDIR)/man1/inclusio.1
	rm -rf $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(DOCDIR)

# Installs into a scratch root (make install, and the Debian package when dpkg-buildpackage is
# there), runs the installed binary from elsewhere, and uninstalls (tests/install/run.sh).
install-test:
	tests/install/run.sh

clean:
	rm -rf build build-asan build-fuzz build-install

FORCE:

-include $(LIB_OBJ:.o=.d) $(BUILD)/src/cli/main.d
