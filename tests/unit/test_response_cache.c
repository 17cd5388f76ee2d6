/* The response cache: hits within a generation, misses after any database change (another
 * connection's commit or the own connection's write), byte bound with least-recently-used eviction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "store/seed.h"
#include "store/session_store.h"
#include "store/user_store.h"
#include "web/response_cache.h"

static char path[64];

static void release(web_req *req)
{
    free(req->resp_body);
    req->resp_body = NULL;
}

static void respond(web_req *req, const char *body)
{
    memset(req, 0, sizeof *req);
    req->status = 200;
    req->resp_body = strdup(body);
    req->resp_len = strlen(body);
}

static void hits_until_the_database_changes(void **s)
{
    (void)s;
    inc_db *a, *b;
    inc_error e = {0};
    assert_int_equal(testdb_open("rcache", path, sizeof path, &a, &e), INC_OK);
    assert_int_equal(db_open(path, &b, &e), INC_OK);
    rcache_configure(1 << 20);

    rcache_observe(a);
    uint64_t g = rcache_generation(NULL);
    web_req req;
    respond(&req, "{\"n\":1}");
    rcache_put(&req, "S|1", NULL, g);
    release(&req);
    memset(&req, 0, sizeof req);
    rcache_observe(a);                      /* nothing changed: same generation */
    assert_int_equal(rcache_generation(NULL), g);
    assert_true(rcache_get(&req, "S|1", rcache_generation(NULL)));
    assert_string_equal(req.resp_body, "{\"n\":1}");
    assert_int_equal(req.status, 200);
    release(&req);
    assert_false(rcache_get(&req, "S|2", g));

    /* Another connection commits: a's next look starts a new generation, the entry is stale. */
    assert_int_equal(db_exec(b, "INSERT INTO settings(key, value) VALUES ('x', '1')", &e), INC_OK);
    rcache_observe(a);
    assert_true(rcache_generation(NULL) > g);
    memset(&req, 0, sizeof req);
    assert_false(rcache_get(&req, "S|1", rcache_generation(NULL)));

    /* The own connection writes: also a new generation. */
    g = rcache_generation(NULL);
    assert_int_equal(db_exec(a, "UPDATE settings SET value = '2' WHERE key = 'x'", &e), INC_OK);
    rcache_observe(a);
    assert_true(rcache_generation(NULL) > g);

    /* An answer computed in an older generation is not stored. */
    respond(&req, "{}");
    rcache_put(&req, "S|3", NULL, g);
    release(&req);
    memset(&req, 0, sizeof req);
    assert_false(rcache_get(&req, "S|3", rcache_generation(NULL)));
    db_close(b);
    db_close(a);
    testdb_remove(path);
}

/* Writes that declare their municipality (db_touch) leave the other municipalities' entries alone,
 * in a transaction or as a single write; writes that declare nothing empty every entry. */
static void per_municipality(void **s)
{
    (void)s;
    inc_db *a, *b;
    inc_error e = {0};
    assert_int_equal(testdb_open("rcache-muni", path, sizeof path, &a, &e), INC_OK);
    assert_int_equal(db_open(path, &b, &e), INC_OK);
    rcache_configure(1 << 20);
    const char *const ztm[] = {"zoetermeer", NULL}, *const lsn[] = {"lansingerland", NULL},
                      *const both[] = {"zoetermeer", "lansingerland", NULL};
    rcache_observe(a);
    rcache_observe(a);
    uint64_t gz = rcache_generation(ztm), gl = rcache_generation(lsn), gb = rcache_generation(both),
             ga = rcache_generation(NULL);

    /* A transaction of another connection that touches Zoetermeer. */
    assert_int_equal(db_begin(b, &e), INC_OK);
    db_touch(b, "zoetermeer");
    assert_int_equal(db_exec(b, "INSERT INTO settings(key, value) VALUES ('m', '1')", &e), INC_OK);
    assert_int_equal(db_commit(b, &e), INC_OK);
    rcache_observe(a);
    assert_true(rcache_generation(ztm) > gz);
    assert_int_equal(rcache_generation(lsn), gl);
    assert_true(rcache_generation(both) > gb);
    assert_true(rcache_generation(NULL) > ga);

    /* A single write outside a transaction, touching Lansingerland, by the own connection (SQLite
     * runs it in a transaction of its own; PostgreSQL's triggers count it as changing everything). */
    gz = rcache_generation(ztm), gl = rcache_generation(lsn);
    inc_stmt *st;
    assert_int_equal(db_prepare(a, "UPDATE settings SET value = '2' WHERE key = 'm'", &st, &e), INC_OK);
    db_touch(a, "lansingerland");
    assert_int_equal(db_step_done(a, st, &e), INC_OK);
    assert_int_equal(db_changes(a), 1);
    db_finalize(st);
    assert_false(db_in_transaction(a));
    rcache_observe(a);
    if (db_dialect_of(a) == DB_DIALECT_SQLITE) assert_int_equal(rcache_generation(ztm), gz);
    assert_true(rcache_generation(lsn) > gl);

    /* Declaring nothing: every municipality. */
    gz = rcache_generation(ztm), gl = rcache_generation(lsn);
    assert_int_equal(db_prepare(b, "UPDATE settings SET value = '3' WHERE key = 'm'", &st, &e), INC_OK);
    assert_int_equal(db_step_done(b, st, &e), INC_OK);
    db_finalize(st);
    rcache_observe(a);
    assert_true(rcache_generation(ztm) > gz);
    assert_true(rcache_generation(lsn) > gl);

    /* A refused single write keeps its own message and changes no counter. */
    gz = rcache_generation(ztm), gl = rcache_generation(lsn);
    assert_int_equal(db_prepare(b, "INSERT INTO settings(key, value) VALUES ('m', '4')", &st, &e), INC_OK);
    assert_int_equal(db_step_rc(st), DB_CONSTRAINT);
    assert_true(*db_errmsg(b) && strcmp(db_errmsg(b), "not an error") != 0);   /* the refusal, not the rollback's */
    db_finalize(st);
    assert_false(db_in_transaction(b));
    rcache_observe(a);
    assert_int_equal(rcache_generation(ztm), gz);
    assert_int_equal(rcache_generation(lsn), gl);
    db_close(b);
    db_close(a);
    testdb_remove(path);
}

static void bounded_least_recently_used(void **s)
{
    (void)s;
    /* An entry costs its body, key and bookkeeping (about 1,130 bytes here); one entry may take at
     * most an eighth of the cache, so 9,500 bytes hold eight of them. */
    rcache_configure(9500);
    uint64_t g = rcache_generation(NULL);
    char big[1001];
    memset(big, 'x', 1000);
    big[1000] = '\0';
    web_req req;
    char key[16];
    for (int i = 1; i <= 8; i++) {
        respond(&req, big);
        snprintf(key, sizeof key, "k%d", i);
        rcache_put(&req, key, NULL, g);
        release(&req);
    }
    memset(&req, 0, sizeof req);
    assert_true(rcache_get(&req, "k1", g));   /* k1 becomes the most recent */
    release(&req);
    respond(&req, big);
    rcache_put(&req, "k9", NULL, g);                /* evicts the least recent: k2 */
    release(&req);
    memset(&req, 0, sizeof req);
    assert_false(rcache_get(&req, "k2", g));
    assert_true(rcache_get(&req, "k1", g));
    release(&req);
    assert_true(rcache_get(&req, "k9", g));
    release(&req);
    assert_true(rcache_get(&req, "k3", g));
    release(&req);
    /* Larger than an eighth of the cache: not kept. */
    char huge[1300];
    memset(huge, 'y', sizeof huge - 1);
    huge[sizeof huge - 1] = '\0';
    respond(&req, huge);
    rcache_put(&req, "huge", NULL, g);
    release(&req);
    memset(&req, 0, sizeof req);
    assert_false(rcache_get(&req, "huge", g));
    /* Off: nothing is kept. */
    rcache_configure(0);
    respond(&req, "{}");
    rcache_put(&req, "k5", NULL, g);
    release(&req);
    memset(&req, 0, sizeof req);
    assert_false(rcache_get(&req, "k5", g));
}

/* A session's refresh of last_seen (once a minute per user, by any server) changes no page: it is
 * declared as such (DB_TOUCH_NO_PAGE), and every cached page stays. Before, each one emptied the
 * cache of every server (an undeclared write counts as changing everything). */
static void a_session_refresh_changes_no_page(void **s)
{
    (void)s;
    inc_db *a, *b;
    inc_error e = {0};
    assert_int_equal(testdb_open("rcache-session", path, sizeof path, &a, &e), INC_OK);
    assert_int_equal(db_open(path, &b, &e), INC_OK);
    const char *munis[] = {"zoetermeer"};
    inc_user_new u = {.username = "verversing", .role = ROLE_SR_TEAM, .municipalities = munis, .n_municipalities = 1,
                      .password = "kompas-lamp-verversing-2026"};
    int64_t uid;
    assert_int_equal(user_create(a, &u, &uid, &e), INC_OK);
    char token[SESSION_TOKEN_HEX + 1], csrf[SESSION_TOKEN_HEX + 1];
    int64_t t0 = 1800000000;
    if (session_create(a, uid, "127.0.0.1", t0, token, csrf, &e) != INC_OK) fail_msg("%s", e.message);
    rcache_configure(1 << 20);
    rcache_observe(a);
    rcache_observe(a);
    const char *const ztm[] = {"zoetermeer", NULL};
    uint64_t gz = rcache_generation(ztm), ga = rcache_generation(NULL);

    session_limits lim = {1800, 28800};
    inc_session ses;
    assert_int_equal(session_lookup(a, token, t0 + 600, &lim, &ses, &e), INC_OK);   /* refreshes last_seen */
    assert_true(ses.last_seen == t0 + 600);
    rcache_observe(a);
    assert_int_equal(rcache_generation(ztm), gz);
    assert_int_equal(rcache_generation(NULL), ga);

    inc_stmt *st;
    assert_int_equal(db_prepare(b, "UPDATE sessions SET last_seen = last_seen + 1", &st, &e), INC_OK);
    assert_int_equal(db_step_done(b, st, &e), INC_OK);
    db_finalize(st);
    rcache_observe(a);
    assert_true(rcache_generation(ztm) > gz);
    db_close(b);
    db_close(a);
    testdb_remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hits_until_the_database_changes),
        cmocka_unit_test(per_municipality),
        cmocka_unit_test(a_session_refresh_changes_no_page),
        cmocka_unit_test(bounded_least_recently_used),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
