/* The set-based banenafspraak link after an import (banen_link_pending_bulk) against the row path
 * (banen_link_from_realisation per pending realisation in id order): two databases built alike, one
 * linked each way, must hold the same employment records (every column but created_at, ids included),
 * the same links and the same audit entries (every column but the timestamp). The fixture mixes
 * realisations the bulk does set-based (a new person at an employer) with ones it leaves to the row
 * path (an existing record, two pending realisations of one pair, bad hours), so record and audit ids
 * only match when both are interleaved in id order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/banen_records.h"
#include "store/banen_link.h"
#include "store/banen_store.h"
#include "store/demo.h"
#include "store/seed.h"

typedef struct {
    inc_db *db;
    char path[80];
} test_db;

static test_db row_db, bulk_db;

static void exec(inc_db *db, const char *sql)
{
    inc_error e = {0};
    if (db_exec(db, sql, &e)) fail_msg("%s: %s", sql, e.message);
}

static int64_t scalar(inc_db *db, const char *sql)
{
    inc_stmt *st;
    int64_t n = -1;
    if (db_prepare(db, sql, &st, NULL) != INC_OK) fail_msg("%s", sql);
    if (db_step_rc(st) == DB_ROW) n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

/* The register's demo (its banenafspraak realisations are linked as they are added), Zoetermeer's own
 * organisation (kvk 99000001) as municipal employer, and contract BULK-M awarded to it. */
static inc_db *open_demo(test_db *t, const char *name)
{
    char file[48];
    snprintf(file, sizeof file, "banen-bulk-%s", name);
    inc_error e = {0};
    if (testdb_open(file, t->path, sizeof t->path, &t->db, &e) || demo_register_load(t->db, &e) ||
        app_banen_own_employer_set(t->db, "zoetermeer", "99000001", "Gemeente Zoetermeer", &e))
        fail_msg("%s", e.message);
    db_set_actor(t->db, "test:bulk");
    /* Persons by name: pseudonyms are 16-byte BLOBs; the fixture's are its names padded with spaces. */
    exec(t->db, "CREATE TEMP VIEW pp(id, name) AS SELECT id, rtrim(CAST(pseudonym AS TEXT)) FROM persons");
    exec(t->db, "CREATE TEMP TABLE c AS SELECT * FROM contracts WHERE id = (SELECT min(id) FROM contracts);"
                "UPDATE temp.c SET id = (SELECT max(id) + 1 FROM contracts), reference = 'BULK-M',"
                " contractor_id = (SELECT organisation_id FROM municipal_employers me JOIN municipalities m"
                "  ON m.id = me.municipality_id WHERE m.code = 'zoetermeer');"
                "INSERT INTO main.contracts SELECT * FROM temp.c; DROP TABLE temp.c;");
    return t->db;
}

/* Contracts: A = the first demo contract, B = the first with another contractor, M = BULK-M. */
#define CONTRACT_A "(SELECT min(id) FROM contracts)"
#define CONTRACT_B                                                                                           \
    "(SELECT min(id) FROM contracts WHERE contractor_id <> (SELECT contractor_id FROM contracts"               \
    " WHERE id = (SELECT min(id) FROM contracts)) AND reference <> 'BULK-M')"
#define CONTRACT_M "(SELECT id FROM contracts WHERE reference = 'BULK-M')"
#define EMPLOYER_A "(SELECT contractor_id FROM contracts WHERE id = " CONTRACT_A ")"

/* One banenafspraak realisation: contract, person name (NULL: none), hours, start, end,
 * subsidy end, status. */
static void realisation(inc_db *db, const char *contract, const char *person, int hours_centi, const char *start,
                        const char *end, const char *subsidy_end, const char *status)
{
    char sql[1024];
    snprintf(sql, sizeof sql,
             "INSERT INTO realisations(contract_id, block_id, person_id, hours_centi, start_date, end_date,"
             " subsidy_end, value_cents, counted_days, status) VALUES (%s,"
             " (SELECT id FROM blocks WHERE code = '" BANEN_LINK_BLOCK_CODE "'),"
             " %s%s%s, %d, '%s', '%s', %s%s%s, 100000, 30, '%s')",
             contract, person ? "(SELECT id FROM temp.pp WHERE name = '" : "NULL", person ? person : "",
             person ? "')" : "", hours_centi, start, end, subsidy_end ? "'" : "NULL", subsidy_end ? subsidy_end : "",
             subsidy_end ? "'" : "", status);
    exec(db, sql);
}

/* An existing employment record of a person at contract A's contractor (source eigen-werving). */
static void record_at_a(inc_db *db, const char *person, const char *start, const char *end)
{
    char sql[1024];
    snprintf(sql, sizeof sql,
             "INSERT INTO employment_records(municipality_id, employer_id, sector, person_id, target_group,"
             " start_date, end_date, hours_centi, contract_type, instrument, source) VALUES"
             " ((SELECT municipality_id FROM contracts WHERE id = " CONTRACT_A "), " EMPLOYER_A ", 'markt',"
             " (SELECT id FROM temp.pp WHERE name = '%s'), 'wajong', '%s', %s%s%s, 2400, 'vast', 'jobcoach',"
             " 'eigen-werving')",
             person, start, end ? "'" : "NULL", end ? end : "", end ? "'" : "");
    exec(db, sql);
}

/* The fixture, in id order. "fast": set-based in the bulk; the others are left to the row path. */
static void build(test_db *t, const char *name)
{
    inc_db *db = open_demo(t, name);
    exec(db, "INSERT INTO persons(pseudonym) SELECT CAST(printf('%-16s', column1) AS BLOB) FROM (VALUES ('p01'),"
             "('p02'),('p03'),('p04'),('p05'),('p06'),('p07'),('p08'),('p09'),('p10'),('p11'),('p12'))");
    record_at_a(db, "p02", "2024-01-01", NULL);           /* p02 employed at A since 2024, open-ended */
    record_at_a(db, "p10", "2020-01-01", "2020-12-31");   /* p10 worked at A in 2020 only */
    /* p11 already linked: not pending */
    realisation(db, CONTRACT_B, "p11", 2000, "2024-01-01", "2024-12-31", NULL, "gemeld");
    exec(db, "INSERT INTO employment_records(municipality_id, employer_id, sector, person_id, target_group,"
             " start_date, end_date, hours_centi, contract_type, instrument, source) SELECT c.municipality_id,"
             " c.contractor_id, 'markt', r.person_id, 'wsw', r.start_date, r.end_date, r.hours_centi, 'vast',"
             " 'geen', 'sroi' FROM realisations r JOIN contracts c ON c.id = r.contract_id"
             " WHERE r.id = (SELECT max(id) FROM realisations);"
             "INSERT INTO employment_realisations VALUES ((SELECT max(id) FROM realisations),"
             " (SELECT max(id) FROM employment_records), 1)");
    realisation(db, CONTRACT_A, "p01", 3200, "2024-01-01", "2024-12-31", NULL, "gemeld");       /* fast, new */
    realisation(db, CONTRACT_A, "p02", 2400, "2024-03-01", "2024-06-30", NULL, "geverifieerd"); /* links */
    realisation(db, CONTRACT_A, "p03", 2000, "2024-01-01", "2024-06-30", NULL, "gemeld");       /* pair, creates */
    realisation(db, CONTRACT_B, "p09", 1600, "2024-02-01", "2024-12-31", NULL, "gemeld");       /* fast */
    realisation(db, CONTRACT_A, "p03", 2000, "2024-05-01", "2024-12-31", NULL, "gemeld");       /* overlaps: links */
    realisation(db, CONTRACT_A, "p04", 3600, "2023-01-01", "2023-06-30", NULL, "gemeld");       /* pair, creates */
    realisation(db, CONTRACT_A, "p04", 3600, "2024-01-01", "2024-06-30", NULL, "gemeld");       /* apart: creates */
    realisation(db, CONTRACT_A, "p05", 1200, "2024-01-01", "2024-03-31", NULL, "gemeld");       /* fast */
    realisation(db, CONTRACT_B, "p05", 1200, "2024-04-01", "2024-06-30", NULL, "gemeld");       /* fast, other firm */
    realisation(db, CONTRACT_A, "p06", 2000, "2024-01-01", "2024-12-31", NULL, "afgewezen");    /* not linked */
    realisation(db, CONTRACT_A, NULL, 2000, "2024-01-01", "2024-12-31", NULL, "gemeld");        /* no person */
    realisation(db, CONTRACT_M, "p07", 3200, "2024-01-01", "2024-12-31", NULL, "gemeld");       /* overheid */
    realisation(db, CONTRACT_B, "p08", 2800, "2024-01-01", "2024-12-31", "2025-06-30", "gemeld"); /* lks */
    realisation(db, CONTRACT_A, "p10", 2000, "2024-01-01", "2024-12-31", NULL, "gemeld");       /* old record */
    realisation(db, CONTRACT_A, "p12", 6000, "2024-01-01", "2024-12-31", "", "gemeld");         /* 60 h, '' */
}

static int setup(void **s)
{
    (void)s;
    build(&row_db, "row");
    build(&bulk_db, "bulk");
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    db_close(row_db.db);
    db_close(bulk_db.db);
    testdb_remove(row_db.path);
    testdb_remove(bulk_db.path);
    return 0;
}

/* The old loop of realisations_link_banen_pending. */
static inc_status link_row_by_row(inc_db *db, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT r.id FROM realisations r JOIN blocks b ON b.id = r.block_id"
                           " WHERE b.code = '" BANEN_LINK_BLOCK_CODE "' AND r.person_id IS NOT NULL"
                           " AND r.status <> 'afgewezen' AND NOT EXISTS (SELECT 1 FROM employment_realisations er"
                           " WHERE er.realisation_id = r.id) ORDER BY r.id", &st, NULL) != INC_OK)
        return INC_EIO;
    inc_status s = INC_OK;
    while (s == INC_OK && db_step_rc(st) == DB_ROW) s = banen_link_from_realisation(db, db_col_int64(st, 0), e);
    db_finalize(st);
    return s;
}

/* The three tables as text, one line per row, every column but the timestamps. */
static char *dump(inc_db *db)
{
    static const char *const queries[] = {
        "SELECT id, municipality_id, employer_id, department, sector, person_id, target_group, start_date,"
        " end_date, hours_centi, contract_type, instrument, source, created_by FROM employment_records ORDER BY id",
        "SELECT realisation_id, employment_id, created FROM employment_realisations ORDER BY realisation_id",
        "SELECT id, actor, action, entity, entity_id, detail FROM audit_log ORDER BY id"};
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    out[0] = 0;
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
        inc_stmt *st;
        assert_int_equal(db_prepare(db, queries[q], &st, NULL), INC_OK);
        while (db_step_rc(st) == DB_ROW) {
            for (int c = 0; c < db_col_count(st); c++) {
                const char *v = db_col_text(st, c);
                size_t need = len + (v ? strlen(v) : 4) + 3;
                if (need >= cap) out = realloc(out, cap = need * 2);
                len += (size_t)snprintf(out + len, cap - len, "%s%s", c ? "|" : "", v ? v : "NULL");
            }
            if (len + 2 >= cap) out = realloc(out, cap *= 2);
            out[len++] = '\n';
            out[len] = 0;
        }
        db_finalize(st);
    }
    return out;
}

static void assert_same_tables(void)
{
    char *a = dump(row_db.db), *b = dump(bulk_db.db);
    assert_string_equal(b, a);
    free(a);
    free(b);
}

/* Text of one value of the bulk database. */
static const char *text(const char *sql)
{
    static char buf[256];
    inc_stmt *st;
    buf[0] = 0;
    if (db_prepare(bulk_db.db, sql, &st, NULL) != INC_OK) fail_msg("%s", sql);
    if (db_step_rc(st) == DB_ROW && db_col_text(st, 0))
        snprintf(buf, sizeof buf, "%s", db_col_text(st, 0));
    db_finalize(st);
    return buf;
}

/* The record a realisation of a person (name) at a contract links to, as "sector|instrument|created". */
#define LINK_OF(person, contract, start)                                                                      \
    "SELECT er.sector || '|' || er.instrument || '|' || l.created FROM employment_realisations l"             \
    " JOIN employment_records er ON er.id = l.employment_id JOIN realisations r ON r.id = l.realisation_id"   \
    " JOIN temp.pp p ON p.id = r.person_id WHERE p.name = '" person "' AND r.contract_id = " contract     \
    " AND r.start_date = '" start "'"

static void test_same_result_as_row_path(void **state)
{
    (void)state;
    inc_error e = {0};
    int64_t records_before = scalar(bulk_db.db, "SELECT count(*) FROM employment_records");
    int64_t audit_before = scalar(bulk_db.db, "SELECT count(*) FROM audit_log");
    assert_int_equal(link_row_by_row(row_db.db, &e), INC_OK);
    assert_int_equal(banen_link_pending_bulk(bulk_db.db, &e), INC_OK);
    assert_same_tables();

    /* Worked out by hand. Pending: 15 of the fixture - p06 (afgewezen) - the one without a person = 13
     * links (the demo's own banenafspraak realisations were linked when added). New records: p01, p03
     * (first), p09, p04 twice, p05 twice, p07, p08, p10, p12 = 11; p02 and the second p03 link to a
     * record (created 0). One audit entry per link. */
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_records") - records_before, 11);
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM audit_log") - audit_before, 13);
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_realisations WHERE created = 0"), 2);
    assert_string_equal(text(LINK_OF("p01", CONTRACT_A, "2024-01-01")), "markt|geen|1");
    assert_string_equal(text(LINK_OF("p02", CONTRACT_A, "2024-03-01")), "markt|jobcoach|0");
    assert_string_equal(text(LINK_OF("p03", CONTRACT_A, "2024-05-01")), "markt|geen|0");
    assert_string_equal(text(LINK_OF("p07", CONTRACT_M, "2024-01-01")), "overheid|geen|1");
    assert_string_equal(text(LINK_OF("p08", CONTRACT_B, "2024-01-01")), "markt|loonkostensubsidie|1");
    assert_string_equal(text(LINK_OF("p10", CONTRACT_A, "2024-01-01")), "markt|geen|1");
    assert_string_equal(text(LINK_OF("p12", CONTRACT_A, "2024-01-01")), "markt|geen|1");
    /* the second p03 realisation links to the record the first one made */
    assert_int_equal(scalar(bulk_db.db, "SELECT count(DISTINCT l.employment_id) FROM employment_realisations l"
                                        " JOIN realisations r ON r.id = l.realisation_id JOIN temp.pp p"
                                        " ON p.id = r.person_id WHERE p.name = 'p03'"),
                     1);
    /* p04's two realisations half a year apart: two records; p05 at two employers: two records */
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_records er JOIN temp.pp p"
                                        " ON p.id = er.person_id WHERE p.name IN ('p04', 'p05')"),
                     4);
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_realisations l JOIN realisations r"
                                        " ON r.id = l.realisation_id WHERE r.status = 'afgewezen'"
                                        " OR r.person_id IS NULL"),
                     0);
    /* the new record of p01 in full, and its audit entry byte for byte */
    assert_string_equal(text("SELECT er.department || '|' || er.target_group || '|' || er.start_date || '|' ||"
                             " er.end_date || '|' || er.hours_centi || '|' || er.contract_type || '|' ||"
                             " er.source || '|' || er.created_by FROM employment_records er JOIN temp.pp p"
                             " ON p.id = er.person_id WHERE p.name = 'p01'"),
                        "|participatiewet|2024-01-01|2024-12-31|3200|tijdelijk|sroi|test:bulk");
    char want[160];
    snprintf(want, sizeof want, "create|%lld|{\"realisation_id\":%lld,\"person_id\":%lld,\"created\":true}",
             (long long)scalar(bulk_db.db, "SELECT l.employment_id FROM employment_realisations l JOIN realisations r"
                                           " ON r.id = l.realisation_id JOIN temp.pp p ON p.id = r.person_id"
                                           " WHERE p.name = 'p01'"),
             (long long)scalar(bulk_db.db, "SELECT r.id FROM realisations r JOIN temp.pp p ON p.id = r.person_id"
                                           " WHERE p.name = 'p01'"),
             (long long)scalar(bulk_db.db, "SELECT id FROM temp.pp WHERE name = 'p01'"));
    assert_string_equal(text("SELECT a.action || '|' || a.entity_id || '|' || a.detail FROM audit_log a"
                             " WHERE a.detail LIKE '%\"person_id\":' || (SELECT id FROM temp.pp WHERE name = 'p01')"
                             " || ',%'"),
                        want);

    /* Nothing is pending any more: a second run changes nothing. */
    assert_int_equal(banen_link_pending_bulk(bulk_db.db, &e), INC_OK);
    assert_int_equal(link_row_by_row(row_db.db, &e), INC_OK);
    assert_same_tables();
}

/* Hours of 0 on a pending realisation: both stop there with the same error and, inside the caller's
 * transaction, the same links made before it; on its own the bulk writes nothing. */
static void test_bad_hours_same_error(void **state)
{
    (void)state;
    inc_error er = {0}, eb = {0};
    const char *late_new = "INSERT INTO persons(pseudonym) SELECT CAST(printf('%-16s', column1) AS BLOB)"
                           " FROM (VALUES ('q1'),('q2'),('q3'))";
    exec(row_db.db, late_new);
    exec(bulk_db.db, late_new);
    for (int i = 0; i < 2; i++) {
        inc_db *db = i ? bulk_db.db : row_db.db;
        realisation(db, CONTRACT_A, "q1", 2000, "2024-01-01", "2024-12-31", NULL, "gemeld");
        realisation(db, CONTRACT_B, "q2", 0, "2024-01-01", "2024-12-31", NULL, "gemeld");
        realisation(db, CONTRACT_A, "q3", 2000, "2024-01-01", "2024-12-31", NULL, "gemeld");
    }
    int64_t links = scalar(bulk_db.db, "SELECT count(*) FROM employment_realisations");
    assert_int_equal(banen_link_pending_bulk(bulk_db.db, &eb), INC_EINVAL);
    assert_string_equal(eb.message, "uren per week moeten meer dan 0 zijn");
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_realisations"), links);

    exec(row_db.db, "BEGIN");
    exec(bulk_db.db, "BEGIN");
    assert_int_equal(link_row_by_row(row_db.db, &er), INC_EINVAL);
    memset(&eb, 0, sizeof eb);
    assert_int_equal(banen_link_pending_bulk(bulk_db.db, &eb), INC_EINVAL);
    assert_int_equal(eb.status, er.status);
    assert_string_equal(eb.field, er.field);
    assert_string_equal(eb.message, er.message);
    assert_same_tables();
    /* q1 was linked before the error, q3 not */
    assert_int_equal(scalar(bulk_db.db, "SELECT count(*) FROM employment_realisations"), links + 1);
    exec(row_db.db, "ROLLBACK");
    exec(bulk_db.db, "ROLLBACK");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_result_as_row_path),
        cmocka_unit_test(test_bad_hours_same_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
