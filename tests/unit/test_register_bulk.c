/* The bulk import path (register_bulk, also with rows prepared from its snapshot as the
 * import's reading thread does) against the register's own path (app_contract_register and
 * realisation_insert): the same inputs must give the same outcome row by row (status and
 * message) and byte-identical stored rows, including refusals (duplicates, double counting, unknown
 * block, contract without obligation) and the cap of a person counted twice on one contract. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "core/ident.h"
#include "app/register_contract.h"
#include "store/register.h"
#include "store/register_bulk.h"
#include "store/seed.h"

/* Contract rows: municipality, reference, category, procedure, value, labour_share_pct, award_date,
 * start_date, end_date, contractor_kvk, contractor_name, sebo_holder, extra_pct, exemption_pct. */
static const char *const C_NAMES[] = {"municipality", "reference", "category", "procedure", "value",
                                      "labour_share_pct", "award_date", "start_date", "end_date", "contractor_kvk",
                                      "contractor_name", "sebo_holder", "extra_pct", "exemption_pct", "exemption_by",
                                      "exemption_date", "exemption_reason", "title", NULL};
static const char *const CONTRACTS[][18] = {
    /* 5 % of EUR 1,000,000 = EUR 50,000 */
    {"zoetermeer", "B-1", "werken", "europees", "1000000", "40", "2023-01-02", "2023-02-01", "2025-01-31", "12345678",
     "Groen BV", "", "", "", "", "", "", "Groen"},
    /* loonsom 25 % < 30 %: 2 % + 1.5 % extra of EUR 250,000 = EUR 8,750, base met by SEBO */
    {"lansingerland", "B-2", "diensten", "meervoudig-onderhands", "250000", "25", "2024-03-01", "2024-04-01",
     "2025-03-31", "23456789", "Schoon BV", "ja", "1.5", "", "", "", "", "Schoon"},
    /* leveringen: no social return */
    {"zoetermeer", "B-3", "leveringen", "europees", "500000", "40", "2024-01-01", "2024-01-01", "2024-12-31",
     "12345678", "", "", "", "", "", "", "", "Papier"},
    /* ontheffing to 1 % */
    {"zoetermeer", "B-4", "werken", "nationaal", "400000", "50", "2024-05-01", "2024-06-01", "2025-05-31", "34567890",
     "Bouw BV", "", "", "1", "gemeentesecretaris", "2024-04-20", "geen geschikte kandidaten", "Brug"},
    /* duplicate reference */
    {"zoetermeer", "B-1", "werken", "europees", "1000", "40", "2023-01-02", "2023-02-01", "2025-01-31", "12345678", "",
     "", "", "", "", "", "", "Dubbel"},
    /* unknown municipality */
    {"atlantis", "B-5", "werken", "europees", "1000", "40", "2023-01-02", "2023-02-01", "2025-01-31", "12345678", "",
     "", "", "", "", "", "", "Nergens"},
    /* new contractor without a name */
    {"zoetermeer", "B-6", "werken", "europees", "1000", "40", "2023-01-02", "2023-02-01", "2025-01-31", "99999999", "",
     "", "", "", "", "", "", "Naamloos"},
    /* 2016 policy in force (award before 6 January 2020) */
    {"pijnacker-nootdorp", "B-7", "werken", "meervoudig-onderhands", "900000", "40", "2019-06-01", "2019-07-01",
     "2021-06-30", "45678901", "Oud BV", "", "", "", "", "", "", "Oud"},
};

/* Realisation rows: municipality, contract_reference, block, bsn, hours_per_week, hours, start, end, amount. */
static const char *const R_NAMES[] = {"municipality", "contract_reference", "block", "bsn", "hours_per_week", "hours",
                                      "start", "end", "amount", NULL};
static const char *const REALISATIONS[][9] = {
    {"zoetermeer", "B-1", "mu-ww", "111222333", "36", "", "2023-03-01", "2023-03-31", ""},
    /* the same person again later on the same contract: counts under the same 12-month cap */
    {"zoetermeer", "B-1", "mu-ww", "111222333", "36", "", "2023-04-01", "2024-06-30", ""},
    /* the same person for days already counted: refused */
    {"zoetermeer", "B-1", "mu-wia", "111222333", "20", "", "2023-03-15", "2023-03-20", ""},
    {"lansingerland", "B-2", "ma-gastles", "", "", "10", "2024-05-01", "", ""},
    {"lansingerland", "B-2", "ma-sociale-onderneming", "", "", "", "2024-06-01", "", "1234.56"},
    /* contract without obligation */
    {"zoetermeer", "B-3", "ma-gastles", "", "", "4", "2024-05-01", "", ""},
    {"zoetermeer", "B-1", "mu-onbekend", "123456782", "36", "", "2023-03-01", "2023-03-31", ""},
    {"zoetermeer", "B-99", "mu-ww", "123456782", "36", "", "2023-03-01", "2023-03-31", ""},
    {"atlantis", "B-1", "mu-ww", "123456782", "36", "", "2023-03-01", "2023-03-31", ""},
    /* started within 12 months before the contract: counts from the contract start */
    {"zoetermeer", "B-4", "mu-participatiewet", "123456782", "24", "", "2024-01-01", "2024-08-31", ""},
    {"zoetermeer", "B-4", "mu-banenafspraak", "111222333", "36", "", "2024-07-01", "2024-07-31", ""},
};

typedef struct {
    const char *const *names;
    const char *const *values;
} row_src;

static const char *row_get(void *src, const char *name)
{
    row_src *r = src;
    for (int i = 0; r->names[i]; i++)
        if (strcmp(r->names[i], name) == 0) return r->values[i];
    return NULL;
}

typedef struct {
    inc_status status;
    char message[512];
} outcome;

static char dir[64];

/* Each database is a copy of one initialised template, so all three hold the same data key and the
 * same BSN gets the same pseudonym in each (a database makes its own data key, db_load_key). */
static inc_db *open_db(const char *name)
{
    char path[128], cmd[400];
    snprintf(path, sizeof path, "%s/%s.db", dir, name);
    inc_db *db;
    inc_error e = {0};
    snprintf(cmd, sizeof cmd, "%s/template.db", dir);
    if (access(cmd, F_OK) != 0) {
        assert_int_equal(db_open(cmd, &db, &e), INC_OK);
        assert_int_equal(db_migrate(db, &e), INC_OK);
        assert_int_equal(db_load_key(db, true, &e), INC_OK);
        db_close(db);   /* the last connection folds the WAL into the file */
    }
    snprintf(cmd, sizeof cmd, "cp %s/template.db %s", dir, path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(db_open(path, &db, &e), INC_OK);
    assert_int_equal(db_migrate(db, &e), INC_OK);
    assert_int_equal(db_load_key(db, true, &e), INC_OK);
    assert_int_equal(seed_reference_data(db, &e), INC_OK);
    return db;
}

/* Generated realisations, more than one multi-row batch (64) of the bulk path: 40 people on B-1 month
 * after month, so most rows meet the person's earlier rows (cap and double counting read them), and
 * every 7th row repeats the period before it for the same person (refused as double counting). */
enum { NGEN = 300, NPEOPLE = 40 };

static void bsn_for(int k, char out[10])
{
    for (int n = 100000000 + k * 1000;; n++) {  /* the first number passing the elfproef */
        char d[16];
        snprintf(d, sizeof d, "%09d", n % 1000000000);
        if (bsn_valid(d)) {
            memcpy(out, d, 10);
            return;
        }
    }
}

static void generated_row(int i, char bsn[10], char start[16], char end[16])
{
    int k = i % NPEOPLE, month = i / NPEOPLE;
    if (i % 7 == 6 && i >= NPEOPLE) month = (i - NPEOPLE) / NPEOPLE, k = (i - NPEOPLE) % NPEOPLE;
    bsn_for(k, bsn);
    int y = 2023 + (2 + month) / 12, m = (2 + month) % 12 + 1;
    snprintf(start, 16, "%04d-%02d-01", y, m);
    snprintf(end, 16, "%04d-%02d-28", y, m);
}

/* Runs every input through one path inside one transaction, recording each outcome. */
enum path { REGISTER, BULK, BULK_SNAPSHOT };  /* the last: as the import, rows prepared from a snapshot */

static int prepared_rows;       /* realisations the snapshot resolved */
static int prepared_contracts;  /* contracts prepared from the warmed bulk handle */

/* One realisation through the bulk handle, prepared from the snapshot when it holds the contract. */
static inc_status bulk_realisation(register_bulk *b, bool snap, const inc_realisation_input *in, inc_error *e)
{
    realisation_prepared p;
    if (snap && register_bulk_realisation_prepare(b, in, &p)) {
        prepared_rows++;
        return register_bulk_realisation_prepared(b, in, &p, e);
    }
    return register_bulk_realisation(b, in, e);
}

static void run(inc_db *db, enum path path, outcome *co, outcome *ro)
{
    bool bulk = path != REGISTER;
    bool snap = false;
    inc_error e = {0};
    assert_int_equal(db_begin(db, &e), INC_OK);
    register_bulk *b = bulk ? register_bulk_new(db) : NULL;
    if (path == BULK_SNAPSHOT) assert_int_equal(register_bulk_warm(b, &e), INC_OK);
    for (size_t i = 0; i < sizeof CONTRACTS / sizeof CONTRACTS[0]; i++) {
        row_src r = {C_NAMES, CONTRACTS[i]};
        field_source fs = {row_get, &r};
        inc_contract_input in;
        inc_error ce = {0};
        int64_t id;
        bool earlier;
        assert_int_equal(contract_input_parse(&fs, &in, &ce), INC_OK);
        if (path == BULK_SNAPSHOT) {  /* as the import's reading thread: prepared from what was warmed */
            contract_prepared p;
            co[i].status = register_bulk_contract_prepare(b, &in, &p)
                               ? (prepared_contracts++, register_bulk_contract_prepared(b, &in, &p, &id, &earlier, &ce))
                               : register_bulk_contract(b, &in, &id, &earlier, &ce);
        } else {
            co[i].status = bulk ? register_bulk_contract(b, &in, &id, &earlier, &ce)
                                : app_contract_register(db, &in, &id, &ce);
        }
        snprintf(co[i].message, sizeof co[i].message, "%s", ce.message);
    }
    if (path == BULK_SNAPSHOT) {  /* after the contracts */
        assert_int_equal(register_bulk_snapshot(b, &e), INC_OK);
        snap = true;
    }
    for (size_t i = 0; i < sizeof REALISATIONS / sizeof REALISATIONS[0]; i++) {
        row_src r = {R_NAMES, REALISATIONS[i]};
        field_source fs = {row_get, &r};
        inc_realisation_input in;
        inc_error re = {0};
        int64_t id;
        realisation_stored stored;
        assert_int_equal(realisation_input_parse(&fs, &in, &re), INC_OK);
        ro[i].status = bulk ? bulk_realisation(b, snap, &in, &re) : realisation_insert(db, &in, &stored, &id, &re);
        snprintf(ro[i].message, sizeof ro[i].message, "%s", re.message);
    }
    for (int g = 0; g < NGEN; g++) {
        char bsn[10], start[16], end[16];
        generated_row(g, bsn, start, end);
        const char *values[] = {"zoetermeer", "B-1", "mu-ww", bsn, "32", "", start, end, ""};
        row_src r = {R_NAMES, values};
        field_source fs = {row_get, &r};
        inc_realisation_input in;
        inc_error re = {0};
        int64_t id;
        realisation_stored stored;
        outcome *o = &ro[sizeof REALISATIONS / sizeof REALISATIONS[0] + (size_t)g];
        if (realisation_input_parse(&fs, &in, &re) != INC_OK) fprintf(stderr, "row %d: %s\n", g, re.message);
        assert_int_equal(re.status, INC_OK);
        o->status = bulk ? bulk_realisation(b, snap, &in, &re) : realisation_insert(db, &in, &stored, &id, &re);
        snprintf(o->message, sizeof o->message, "%s", re.message);
    }
    /* the bulk path keeps the running totals itself; realisation_insert leaves them to a recompute */
    if (bulk) assert_int_equal(register_bulk_finish(b, &e), INC_OK);
    else assert_int_equal(contract_totals_recompute(db, &e), INC_OK);
    register_bulk_free(b);
    assert_int_equal(db_commit(db, &e), INC_OK);
    inc_stmt *st;  /* imports run without SQLite's own foreign-key checks: every id must still resolve */
    assert_int_equal(db_prepare(db, "PRAGMA foreign_key_check", &st, NULL), INC_OK);
    assert_int_equal(db_step_rc(st), DB_DONE);
    db_finalize(st);
}

/* Every stored column (but creation times) of a table, as one text. */
static char *dump(inc_db *db, const char *sql)
{
    inc_stmt *st;
    assert_int_equal(db_prepare(db, sql, &st, NULL), INC_OK);
    size_t cap = 1 << 20, len = 0;
    char *out = calloc(1, cap);
    while (db_step_rc(st) == DB_ROW) {
        for (int c = 0; c < db_col_count(st); c++) {
            if (strcmp(db_col_name(st, c), "created_at") == 0) continue;
            if (db_col_type(st, c) == DB_TYPE_BLOB) {  /* pseudonyms: compare every byte */
                const unsigned char *p = db_col_blob(st, c);
                for (int k = 0; k < db_col_bytes(st, c); k++) len += (size_t)snprintf(out + len, cap - len, "%02x", p[k]);
                out[len++] = '|';
                assert_true(len < cap);
                continue;
            }
            const char *t = db_col_text(st, c);
            len += (size_t)snprintf(out + len, cap - len, "%s|", t ? (const char *)t : "NULL");
            assert_true(len < cap);
        }
        out[len++] = '\n';
    }
    db_finalize(st);
    return out;
}

static void test_bulk_equals_register(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/inclusio-bulk-%d", (int)getpid());
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s", dir, dir);
    assert_int_equal(system(cmd), 0);
    char key[128];
    snprintf(key, sizeof key, "%s/shared.key", dir);
    setenv("INCLUSIO_KEY_FILE", key, 1); /* one key: the same BSN gives the same pseudonym in both */
    inc_db *a = open_db("register"), *b = open_db("bulk"), *c = open_db("snapshot");
    enum { NC = sizeof CONTRACTS / sizeof CONTRACTS[0], NR = sizeof REALISATIONS / sizeof REALISATIONS[0] + NGEN };
    outcome ca[NC], cb[NC], cc[NC], ra[NR], rb[NR], rc[NR];
    run(a, REGISTER, ca, ra);
    run(b, BULK, cb, rb);
    run(c, BULK_SNAPSHOT, cc, rc);
    assert_int_equal(prepared_rows, NR - 3);  /* all but the unknown block, contract and municipality */
    assert_int_equal(prepared_contracts, NC - 1);  /* all but the unknown municipality */
    for (int i = 0; i < NC; i++) {
        assert_int_equal(ca[i].status, cb[i].status);
        assert_string_equal(ca[i].message, cb[i].message);
        assert_int_equal(ca[i].status, cc[i].status);
    }
    for (int i = 0; i < NR; i++) {
        if (ra[i].status != rb[i].status || strcmp(ra[i].message, rb[i].message) != 0 || ra[i].status != rc[i].status ||
            strcmp(ra[i].message, rc[i].message) != 0)
            fprintf(stderr, "realisation %d: register %d '%s', bulk %d '%s', snapshot %d '%s'\n", i, ra[i].status,
                    ra[i].message, rb[i].status, rb[i].message, rc[i].status, rc[i].message);
        assert_int_equal(ra[i].status, rb[i].status);
        assert_string_equal(ra[i].message, rb[i].message);
        assert_int_equal(ra[i].status, rc[i].status);
        assert_string_equal(ra[i].message, rc[i].message);
    }
    /* the outcomes the inputs were chosen for */
    assert_int_equal(ca[0].status, INC_OK);
    assert_int_equal(ca[4].status, INC_ECONFLICT);
    assert_int_equal(ca[5].status, INC_EINVAL);
    assert_int_equal(ca[6].status, INC_EINVAL);
    assert_int_equal(ra[1].status, INC_OK);
    assert_int_equal(ra[2].status, INC_ECONFLICT);
    assert_int_equal(ra[5].status, INC_EINVAL);
    assert_int_equal(ra[6].status, INC_EINVAL);
    assert_int_equal(ra[7].status, INC_ENOTFOUND);
    assert_int_equal(ra[8].status, INC_ENOTFOUND);
    assert_int_equal(ra[9].status, INC_OK);
    int refused = 0, stored = 0;  /* the generated rows: some refused as double counting, most stored */
    for (int g = NR - NGEN; g < NR; g++) {
        refused += ra[g].status == INC_ECONFLICT;
        stored += ra[g].status == INC_OK;
    }
    assert_true(refused >= 30);
    assert_true(stored >= 200);
    assert_int_equal(refused + stored, NGEN);
    static const char *const tables[] = {
        "SELECT * FROM contracts ORDER BY id", "SELECT * FROM organisations ORDER BY id",
        "SELECT * FROM realisations ORDER BY id", "SELECT * FROM persons ORDER BY id"};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        char *da = dump(a, tables[t]), *db_ = dump(b, tables[t]), *dc = dump(c, tables[t]);
        assert_true(strlen(da) > 0);
        assert_string_equal(da, db_);
        assert_string_equal(da, dc);
        free(da);
        free(db_);
        free(dc);
    }
    /* B-1: EUR 50,000 obligation; the person's second period counts 365 - 31 = 334 days under the
     * 12-month cap: 334 x 2,000,000 / 365 = 1,830,136.99 -> 1,830,137 cents. */
    char *r = dump(a, "SELECT obligation_cents FROM contracts WHERE reference = 'B-1'");
    assert_string_equal(r, "5000000|\n");
    free(r);
    r = dump(a, "SELECT counted_days, value_cents FROM realisations WHERE start_date = '2023-04-01' AND end_date = '2024-06-30'");
    assert_string_equal(r, "334|1830137|\n");
    free(r);
    db_close(a);
    db_close(b);
    db_close(c);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_bulk_equals_register)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
