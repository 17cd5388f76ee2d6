/* The application layer's platform actions: opening a database for a face (app_db_open: migrations,
 * the key file), and logging in with throttling, checking and ending sessions (app/session.h), on a
 * real SQLite file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/session.h"
#include "app/user.h"

static char path[64];
static inc_db *db;
static const session_limits lim = {1800, 28800};

static int setup(void **s)
{
    (void)s;
    unsetenv("INCLUSIO_THROTTLE_USER");
    unsetenv("INCLUSIO_THROTTLE_ADDR");
    unsetenv("INCLUSIO_KEY_FILE");
    inc_error e = {0};
    if (testdb_open("appsession", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    testdb_close(db, path);
    return 0;
}

static int64_t add_user(const char *name, const char *pw)
{
    static const char *const munis[] = {"zoetermeer"};
    inc_user_new u = {.username = name, .role = ROLE_SR_TEAM, .municipalities = munis, .n_municipalities = 1, .password = pw};
    inc_error e = {0};
    int64_t id = 0;
    assert_int_equal(app_user_create(db, &u, &id, &e), INC_OK);
    return id;
}

static inc_status login(const char *name, const char *pw, const char *address, const char *replaces, int64_t now,
                        inc_user *u, inc_session *ses, char token[SESSION_TOKEN_HEX + 1], int64_t *wait, inc_error *e)
{
    app_login_request r = {.username = name, .password = pw, .address = address, .replaces = replaces, .now = now,
                           .limits = &lim};
    memset(ses, 0, sizeof *ses);
    token[0] = '\0';
    return app_session_login(db, &r, u, ses, token, wait, e);
}

static void wrong_passwords_lock_the_account(void **s)
{
    (void)s;
    int64_t uid = add_user("inlogger", "inlog-paraplu-48");
    inc_user u;
    inc_session ses;
    char token[SESSION_TOKEN_HEX + 1];
    int64_t wait = -1;
    inc_error e = {0};
    /* Four failures: refused, not yet locked; an unknown user gets the same answer. */
    for (int i = 1; i <= 4; i++) {
        assert_int_equal(login("inlogger", "fout", "10.0.0.1", NULL, 1000 + i, &u, &ses, token, &wait, &e),
                         INC_EFORBIDDEN);
        assert_int_equal(wait, 0);
        assert_string_equal(token, "");
    }
    char refused[sizeof e.message];
    snprintf(refused, sizeof refused, "%s", e.message);
    assert_int_equal(login("niemand", "fout", "10.0.0.2", NULL, 1005, &u, &ses, token, &wait, &e), INC_EFORBIDDEN);
    assert_string_equal(e.message, refused);
    /* The fifth failure locks the account (the name in any case) for 15 s, even for the right password. */
    assert_int_equal(login("inlogger", "fout", "10.0.0.1", NULL, 1005, &u, &ses, token, &wait, &e), INC_EFORBIDDEN);
    assert_int_equal(wait, 0);
    assert_int_equal(login("INLOGGER", "inlog-paraplu-48", "10.0.0.3", NULL, 1006, &u, &ses, token, &wait, &e),
                     INC_EFORBIDDEN);
    assert_int_equal(wait, 14);
    assert_string_equal(e.message, "te veel mislukte inlogpogingen; probeer het over 14 seconden opnieuw");
    assert_string_equal(token, "");
    /* After the lock: in, with a session, and the account's count cleared. */
    assert_int_equal(login("inlogger", "inlog-paraplu-48", "10.0.0.1", NULL, 1020, &u, &ses, token, &wait, &e), INC_OK);
    assert_int_equal(u.id, uid);
    assert_int_equal(strlen(token), SESSION_TOKEN_HEX);
    assert_int_equal(strlen(ses.csrf_token), SESSION_TOKEN_HEX);
    assert_int_equal(login("inlogger", "fout", "10.0.0.1", NULL, 1021, &u, &ses, token, &wait, &e), INC_EFORBIDDEN);
    assert_int_equal(login("inlogger", "inlog-paraplu-48", "10.0.0.1", NULL, 1022, &u, &ses, token, &wait, &e), INC_OK);
    assert_int_equal(wait, 0);
}

static void a_login_replaces_the_browsers_session(void **s)
{
    (void)s;
    int64_t uid = add_user("wisselend", "wissel-paraplu-48");
    inc_user u, cu;
    inc_session ses, cs;
    char first[SESSION_TOKEN_HEX + 1], second[SESSION_TOKEN_HEX + 1];
    int64_t wait;
    inc_error e = {0};
    assert_int_equal(login("wisselend", "wissel-paraplu-48", "10.0.1.1", NULL, 5000, &u, &ses, first, &wait, &e), INC_OK);
    assert_int_equal(app_session_check(db, first, 5001, &lim, &cs, &cu, &e), INC_OK);
    assert_int_equal(cu.id, uid);
    assert_string_equal(cs.csrf_token, ses.csrf_token);
    assert_int_equal(login("wisselend", "wissel-paraplu-48", "10.0.1.1", first, 5002, &u, &ses, second, &wait, &e), INC_OK);
    assert_string_not_equal(first, second);
    assert_int_equal(app_session_check(db, first, 5003, &lim, &cs, &cu, &e), INC_ENOTFOUND);
    assert_int_equal(app_session_check(db, second, 5003, &lim, &cs, &cu, &e), INC_OK);
    /* Logging out ends it; a disabled account's sessions are gone too. */
    assert_int_equal(app_session_end(db, second, &e), INC_OK);
    assert_int_equal(app_session_check(db, second, 5004, &lim, &cs, &cu, &e), INC_ENOTFOUND);
    assert_int_equal(login("wisselend", "wissel-paraplu-48", "10.0.1.1", NULL, 5005, &u, &ses, first, &wait, &e), INC_OK);
    assert_int_equal(app_user_disable(db, uid, &e), INC_OK);
    assert_int_equal(app_session_check(db, first, 5006, &lim, &cs, &cu, &e), INC_ENOTFOUND);
    assert_int_equal(login("wisselend", "wissel-paraplu-48", "10.0.1.1", NULL, 5007, &u, &ses, first, &wait, &e),
                     INC_EFORBIDDEN);
}

static void opening_needs_the_key_file(void **s)
{
    (void)s;
    char p[64], key[80];
    snprintf(p, sizeof p, "/tmp/inclusio-appopen-%d.db", (int)getpid());
    snprintf(key, sizeof key, "%s.key", p);
    testdb_remove(p);
    inc_error e = {0};
    inc_db *d = (inc_db *)&e;   /* not NULL: a refusal must clear it */
    /* A new database without a key file: refused unless the key may be made. */
    assert_int_equal(app_db_open(p, APP_DB_MIGRATE, &d, &e), INC_EIO);
    assert_null(d);
    assert_int_equal(app_db_open(p, APP_DB_MIGRATE | APP_DB_CREATE_KEY, &d, &e), INC_OK);
    assert_non_null(d);
    assert_true(db_schema_version(d) > 0);
    db_close(d);
    assert_int_equal(access(key, F_OK), 0);
    assert_int_equal(app_db_open(p, APP_DB_SERVER, &d, &e), INC_OK);
    db_close(d);
    /* The key file gone: every open is refused. */
    assert_int_equal(unlink(key), 0);
    d = (inc_db *)&e;
    assert_int_equal(app_db_open(p, APP_DB_SERVER, &d, &e), INC_EIO);
    assert_null(d);
    testdb_remove(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wrong_passwords_lock_the_account),
        cmocka_unit_test(a_login_replaces_the_browsers_session),
        cmocka_unit_test(opening_needs_the_key_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
