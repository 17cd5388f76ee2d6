/* One statement life cycle: a step that fails in the middle of a loop is an error, never a short
 * list, and no step loop in the store reads sqlite3_step's code as "no more rows". */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "store/db.h"
#include "db/sqlite_native.h"
#include "store/seed.h"
#include "app/wsp_actions.h"

static char path[64];
static inc_db *db;

static int setup(void **s)
{
    (void)s;
    snprintf(path, sizeof path, "/tmp/inclusio-step-%d.db", (int)getpid());
    unlink(path);
    char key[80];
    snprintf(key, sizeof key, "%s.key", path);
    unlink(key);
    inc_error e = {0};
    if (db_open(path, &db, &e) || db_migrate(db, &e) || db_load_key(db, true, &e) || seed_reference_data(db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    db_close(db);
    char f[96];
    const char *suffix[] = {"", ".key", "-wal", "-shm"};
    for (int i = 0; i < 4; i++) {
        snprintf(f, sizeof f, "%s%s", path, suffix[i]);
        unlink(f);
    }
    return 0;
}

/* fail_from(n, x): x, but an SQL error from the n-th call on (a read that breaks mid-way). */
static int calls;
static void fail_from(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (++calls >= sqlite3_value_int(argv[0])) {
        sqlite3_result_error(cx, "schijf onleesbaar (test)", -1);
        return;
    }
    sqlite3_result_value(cx, argv[1]);
}

/* Puts a view in place of table whose reading fails from its n-th row on. */
static void break_reads_of(const char *table, int n)
{
    sqlite3 *sq = db_sqlite_native(db);
    assert_int_equal(sqlite3_create_function(sq, "fail_from", 2, SQLITE_UTF8, NULL, fail_from, NULL, NULL), SQLITE_OK);
    char sql[512];
    snprintf(sql, sizeof sql,
             "PRAGMA legacy_alter_table=ON; ALTER TABLE %s RENAME TO %s_t;"
             " CREATE VIEW %s AS SELECT * FROM %s_t WHERE fail_from(%d, id) IS NOT NULL;",
             table, table, table, table, n);
    calls = 0;
    char *err = NULL;
    int rc = sqlite3_exec(sq, sql, NULL, NULL, &err);
    if (rc != SQLITE_OK) fprintf(stderr, "%s\n", err);
    sqlite3_free(err);
    assert_int_equal(rc, SQLITE_OK);
}

static void test_list_fails_when_a_row_cannot_be_read(void **s)
{
    (void)s;
    inc_error e = {0};
    assert_int_equal(db_exec(db,
                             "INSERT INTO organisations(kvk, name) VALUES ('11111111','Aap BV'),('22222222','Noot BV'),"
                             "('33333333','Mies BV');"
                             "INSERT INTO employers(organisation_id, municipality_id, size_class)"
                             " SELECT o.id, (SELECT min(id) FROM municipalities), 'klein' FROM organisations o;",
                             &e),
                     INC_OK);
    wsp_employer_list out;
    assert_int_equal(wsp_employers_list(db, NULL, &out, &e), INC_OK);
    assert_int_equal(out.n, 3);
    WSP_LIST_FREE(&out);

    break_reads_of("employers", 2);   /* the first row reads, the second fails */
    memset(&e, 0, sizeof e);
    inc_status st = wsp_employers_list(db, NULL, &out, &e);
    assert_int_equal(st, INC_EIO);
    assert_null(out.items);
    assert_int_equal(out.n, 0);
    assert_non_null(strstr(e.message, "schijf onleesbaar"));
}

static void test_db_step_reports_the_failing_step(void **s)
{
    (void)s;
    inc_error e = {0};
    inc_stmt *st;
    assert_int_equal(db_prepare(db, "SELECT 1 UNION ALL SELECT abs(-9223372036854775807 - 1)", &st, &e), INC_OK);
    int rc, rows = 0;
    while ((rc = db_step(db, st, &e)) == DB_ROW) rows++;
    assert_int_equal(rc, DB_ERR);
    assert_int_equal(rows, 1);
    assert_int_equal(e.status, INC_EIO);
    db_release(db, st);

    /* A cached statement is reset by db_release, not finalized: it serves the next call. */
    static const char one[] = "SELECT 1";
    inc_stmt *c = db_stmt(db, one, &e);
    assert_non_null(c);
    assert_int_equal(db_step(db, c, &e), DB_ROW);
    db_release(db, c);
    assert_ptr_equal(db_stmt(db, one, &e), c);
    assert_int_equal(db_step(db, c, &e), DB_ROW);
    assert_int_equal(db_step(db, c, &e), DB_DONE);
    db_release(db, c);
}

/* No loop in the store, web or cli steps a statement without checking how the loop ended: each goes
 * through db_step. (Run from the repository root, as make unit does.) */
static void test_no_unchecked_step_loop(void **s)
{
    (void)s;
    const char *dirs[] = {"src/store", "src/web", "src/cli", "src/io", "src/core"};
    int scanned = 0, bad = 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        DIR *dir = opendir(dirs[d]);
        if (!dir) continue;
        struct dirent *de;
        while ((de = readdir(dir))) {
            size_t n = strlen(de->d_name);
            if (n < 3 || strcmp(de->d_name + n - 2, ".c")) continue;
            char p[512];
            snprintf(p, sizeof p, "%s/%s", dirs[d], de->d_name);
            FILE *f = fopen(p, "r");
            assert_non_null(f);
            scanned++;
            char line[4096];
            int ln = 0;
            while (fgets(line, sizeof line, f)) {
                ln++;
                if (strstr(line, "while") && strstr(line, "db_step_rc(")) {
                    fprintf(stderr, "%s:%d: step loop without db_step: %s", p, ln, line);
                    bad++;
                }
            }
            fclose(f);
        }
        closedir(dir);
    }
    assert_true(scanned > 40);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_list_fails_when_a_row_cannot_be_read, setup, teardown),
        cmocka_unit_test_setup_teardown(test_db_step_reports_the_failing_step, setup, teardown),
        cmocka_unit_test(test_no_unchecked_step_loop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
