/* Users, sessions and throttle counters on a real SQLite file: Argon2id login without user
 * enumeration, sessions stored only as keyed hashes, idle and absolute expiry, sessions ended by
 * a password change or a disable, audit entries without passwords. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "core/throttle.h"
#include "store/seed.h"
#include "store/session_store.h"
#include "store/throttle_store.h"
#include "store/user_store.h"

static char path[64];
static inc_db *db;
static const session_limits lim = {1800, 28800};

static int setup(void **s)
{
    (void)s;
    inc_error e = {0};
    if (testdb_open("users", path, sizeof path, &db, &e)) {
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

static int64_t add_user(const char *name, inc_role role, const char *pw, inc_status expect, const char *field)
{
    static const char *const munis[] = {"zoetermeer", "lansingerland"};
    inc_user_new u = {.username = name, .role = role, .municipalities = munis, .n_municipalities = 2, .password = pw};
    inc_error e = {0};
    int64_t id = 0;
    assert_int_equal(user_create(db, &u, &id, &e), expect);
    if (field) assert_string_equal(e.field, field);
    return id;
}

static int64_t count(const char *sql)
{
    inc_stmt *st;
    assert_int_equal(db_prepare(db, sql, &st, NULL), INC_OK);
    assert_int_equal(db_step_rc(st), DB_ROW);
    int64_t n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

static void create_and_authenticate(void **s)
{
    (void)s;
    int64_t id = add_user("jansen", ROLE_SR_TEAM, "geheim-kompas-17", INC_OK, NULL);
    assert_true(id > 0);
    inc_user u;
    inc_error e = {0};
    assert_int_equal(user_authenticate(db, "jansen", "geheim-kompas-17", &u, &e), INC_OK);
    assert_int_equal(u.role, ROLE_SR_TEAM);
    assert_int_equal(u.n_municipalities, 2);
    assert_string_equal(u.municipalities[0], "lansingerland");   /* sorted by code */
    /* Case-insensitive user names. */
    assert_int_equal(user_authenticate(db, "JANSEN", "geheim-kompas-17", &u, &e), INC_OK);
    /* The stored hash is an Argon2id string, never the password. */
    assert_int_equal(count("SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'"), 1);
    assert_int_equal(count("SELECT count(*) FROM users WHERE password_hash LIKE '%geheim%'"), 0);
    /* The audit log has the creation, without the password. */
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create'"), 1);
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%geheim%'"), 0);
}

static void same_answer_for_unknown_wrong_and_disabled(void **s)
{
    (void)s;
    int64_t id = add_user("pietersen", ROLE_INKOOP, "pietersen-pw-1", INC_OK, NULL);
    inc_user u;
    inc_error a = {0}, b = {0}, c = {0};
    assert_int_equal(user_authenticate(db, "pietersen", "fout-wachtwoord", &u, &a), INC_EFORBIDDEN);
    assert_int_equal(user_authenticate(db, "onbekend", "fout-wachtwoord", &u, &b), INC_EFORBIDDEN);
    assert_int_equal(user_disable(db, id, NULL), INC_OK);
    assert_int_equal(user_authenticate(db, "pietersen", "pietersen-pw-1", &u, &c), INC_EFORBIDDEN);
    assert_string_equal(a.message, b.message);
    assert_string_equal(a.message, c.message);
}

/* Length alone is not enough: common and guessable passwords are refused with the reason (zxcvbn),
 * on creation and on a change, and the stored hash stays as it was. */
static void common_and_guessable_passwords_refused(void **s)
{
    (void)s;
    static const struct { const char *pw, *because; } weak[] = {
        {"1234567890", "een reeks"},
        {"wachtwoord1", "voor de hand liggend woord"},
        {"Welkom2026!", "voor de hand liggend woord"},
        {"zoetermeer2026", "voor de hand liggend woord"},
        {"qwertyuiopas", "veelgebruikt wachtwoord"},
        {"password123", "veelgebruikt wachtwoord"},
        {"de-vries1234", "voor de hand liggend woord"},     /* the username */
        {"aaaaaaaaaaaa", "te makkelijk te raden"},
    };
    for (size_t i = 0; i < sizeof weak / sizeof weak[0]; i++) {
        static const char *const munis[] = {"zoetermeer"};
        inc_user_new u = {.username = "de-vries", .role = ROLE_INKOOP, .municipalities = munis, .n_municipalities = 1,
                          .password = weak[i].pw};
        inc_error e = {0};
        int64_t id = 0;
        if (user_create(db, &u, &id, &e) != INC_EINVAL) fail_msg("'%s' was accepted", weak[i].pw);
        assert_string_equal(e.field, "password");
        assert_non_null(strstr(e.message, "te makkelijk te raden"));
        if (!strstr(e.message, weak[i].because)) fail_msg("'%s': %s", weak[i].pw, e.message);
    }
    assert_int_equal(count("SELECT count(*) FROM users WHERE username = 'de-vries'"), 0);
    /* Strong enough: the demo passwords and a few words that do not belong together. */
    int64_t id = add_user("de-vries", ROLE_INKOOP, "groenwerk-demo-2026", INC_OK, NULL);
    add_user("po", ROLE_INKOOP, "po-demo-2026", INC_OK, NULL);
    add_user("bakker", ROLE_INKOOP, "fiets lamp 7 oranje", INC_OK, NULL);
    /* The same rule on a change; the old password keeps working. */
    inc_error e = {0};
    assert_int_equal(user_set_password(db, id, "wachtwoord1", &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "te makkelijk te raden"));
    inc_user u;
    assert_int_equal(user_authenticate(db, "de-vries", "groenwerk-demo-2026", &u, &e), INC_OK);
}

static void input_rules(void **s)
{
    (void)s;
    add_user("kort", ROLE_INKOOP, "kort", INC_EINVAL, "password");                  /* < 10 characters */
    add_user("x", ROLE_INKOOP, "lang-genoeg-1", INC_EINVAL, "username");             /* 1 character */
    add_user("met spatie", ROLE_INKOOP, "lang-genoeg-1", INC_EINVAL, "username");
    add_user("dubbel", ROLE_INKOOP, "lang-genoeg-1", INC_OK, NULL);
    add_user("DUBBEL", ROLE_INKOOP, "lang-genoeg-1", INC_ECONFLICT, "username");
    /* An opdrachtnemer needs an existing organisation; other roles may not have one. */
    inc_user_new on = {.username = "bouwer", .role = ROLE_OPDRACHTNEMER, .password = "lang-genoeg-1"};
    inc_error e = {0};
    int64_t id;
    assert_int_equal(user_create(db, &on, &id, &e), INC_EINVAL);
    assert_string_equal(e.field, "organisation");
    on.organisation_kvk = "12345678";
    assert_int_equal(user_create(db, &on, &id, &e), INC_EINVAL);   /* unknown KvK */
    assert_int_equal(db_exec(db, "INSERT INTO organisations(kvk, name) VALUES ('12345678', 'Bouwer BV')", NULL), INC_OK);
    assert_int_equal(user_create(db, &on, &id, &e), INC_OK);
    inc_user u;
    assert_int_equal(user_load(db, id, &u, &e), INC_OK);
    assert_string_equal(u.organisation_kvk, "12345678");
    /* A scoped role needs a municipality, and a known one. */
    inc_user_new sr = {.username = "zonder", .role = ROLE_SR_TEAM, .password = "lang-genoeg-1"};
    assert_int_equal(user_create(db, &sr, &id, &e), INC_EINVAL);
    static const char *const bad[] = {"atlantis"};
    sr.municipalities = bad;
    sr.n_municipalities = 1;
    assert_int_equal(user_create(db, &sr, &id, &e), INC_EINVAL);
    assert_string_equal(e.field, "municipality");
    assert_int_equal(count("SELECT count(*) FROM users WHERE username = 'zonder'"), 0);
}

static void session_lifecycle_and_expiry(void **s)
{
    (void)s;
    int64_t uid = add_user("sessie", ROLE_WSP, "sessie-paraplu-48", INC_OK, NULL);
    char token[65], csrf[65];
    inc_error e = {0};
    assert_int_equal(session_create(db, uid, "127.0.0.1", 1000, token, csrf, &e), INC_OK);
    assert_int_equal(strlen(token), 64);
    assert_string_not_equal(token, csrf);
    /* Only a keyed hash of the token is stored. */
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM sessions WHERE token_hash = '%s'", token);
    assert_int_equal(count(sql), 0);
    inc_session ses;
    assert_int_equal(session_lookup(db, token, 1000 + 1799, &lim, &ses, &e), INC_OK);   /* idle 29:59 */
    assert_int_equal(ses.user_id, uid);
    assert_string_equal(ses.csrf_token, csrf);
    /* Activity moves the idle clock: 1799 s after the last request is still fine. */
    assert_int_equal(session_lookup(db, token, 1000 + 1799 + 1799, &lim, &ses, &e), INC_OK);
    /* 30 minutes idle: gone, and deleted. */
    assert_int_equal(session_lookup(db, token, 1000 + 1799 + 1799 + 1800, &lim, &ses, &e), INC_ENOTFOUND);
    assert_int_equal(session_lookup(db, token, 1000 + 1799, &lim, &ses, &e), INC_ENOTFOUND);

    /* Absolute expiry: 8 hours after login, however active. */
    assert_int_equal(session_create(db, uid, NULL, 10000, token, csrf, &e), INC_OK);
    for (int64_t t = 10000; t < 10000 + 28800; t += 1500)
        assert_int_equal(session_lookup(db, token, t, &lim, &ses, &e), INC_OK);
    assert_int_equal(session_lookup(db, token, 10000 + 28800, &lim, &ses, &e), INC_ENOTFOUND);

    /* Logout. */
    assert_int_equal(session_create(db, uid, NULL, 20000, token, csrf, &e), INC_OK);
    assert_int_equal(session_delete(db, token, &e), INC_OK);
    assert_int_equal(session_lookup(db, token, 20001, &lim, &ses, &e), INC_ENOTFOUND);
    /* Malformed tokens are simply not found. */
    assert_int_equal(session_lookup(db, "' OR 1=1 --", 20001, &lim, &ses, &e), INC_ENOTFOUND);
}

/* The session and its user in one statement (every API request): the same answers as the session
 * and the user read apart, the same expiry. */
static void session_with_its_user(void **s)
{
    (void)s;
    int64_t uid = add_user("sessiegebruiker", ROLE_SR_TEAM, "sessie-gebruiker-77", INC_OK, NULL);
    char token[65], csrf[65];
    inc_error e = {0};
    assert_int_equal(session_create(db, uid, NULL, 5000, token, csrf, &e), INC_OK);
    inc_session ses;
    inc_user u, apart;
    assert_int_equal(session_user_lookup(db, token, 5001, &lim, &ses, &u, &e), INC_OK);
    assert_int_equal(user_load(db, uid, &apart, &e), INC_OK);
    assert_int_equal(ses.user_id, uid);
    assert_string_equal(ses.csrf_token, csrf);
    assert_int_equal(u.id, uid);
    assert_string_equal(u.username, "sessiegebruiker");
    assert_int_equal(u.role, ROLE_SR_TEAM);
    assert_int_equal(u.n_municipalities, apart.n_municipalities);
    for (int i = 0; i < u.n_municipalities; i++) assert_string_equal(u.municipalities[i], apart.municipalities[i]);
    /* idle too long: not found, and gone for the plain lookup too */
    assert_int_equal(session_user_lookup(db, token, 5000 + 1800, &lim, &ses, &u, &e), INC_ENOTFOUND);
    assert_int_equal(session_lookup(db, token, 5001, &lim, &ses, &e), INC_ENOTFOUND);
    assert_int_equal(session_user_lookup(db, "' OR 1=1 --", 5001, &lim, &ses, &u, &e), INC_ENOTFOUND);
}

static void purge_removes_only_expired_sessions(void **s)
{
    (void)s;
    int64_t uid = add_user("opruimer", ROLE_RAAD, "opruim-wachtwoord", INC_OK, NULL);
    char t1[65], t2[65], t3[65], csrf[65];
    inc_error e = {0};
    assert_int_equal(session_create(db, uid, NULL, 100000, t1, csrf, &e), INC_OK);   /* idle since 100000 */
    assert_int_equal(session_create(db, uid, NULL, 101000, t2, csrf, &e), INC_OK);   /* fresh */
    assert_int_equal(session_create(db, uid, NULL, 70000, t3, csrf, &e), INC_OK);    /* old login ... */
    inc_session ses;
    assert_int_equal(session_lookup(db, t3, 101000, &(session_limits){1000000, 1000000}, &ses, &e), INC_OK);
    /* At 101900: t1 idle 1900 s (> 1800) goes; t2 idle 900 s stays; t3 active but 31900 s after
     * login (> 28800) goes. */
    int removed = -1;
    assert_int_equal(session_purge(db, 101900, &lim, &removed, &e), INC_OK);
    assert_int_equal(removed, 2);
    assert_int_equal(session_lookup(db, t2, 101900, &lim, &ses, &e), INC_OK);
    assert_int_equal(session_lookup(db, t1, 101900, &lim, &ses, &e), INC_ENOTFOUND);
}

static void password_change_and_disable_end_sessions(void **s)
{
    (void)s;
    int64_t uid = add_user("wisselaar", ROLE_RAAD, "eerste-wachtwoord-1", INC_OK, NULL);
    char t1[65], t2[65], csrf[65];
    inc_error e = {0};
    inc_session ses;
    assert_int_equal(session_create(db, uid, NULL, 5000, t1, csrf, &e), INC_OK);
    assert_int_equal(session_create(db, uid, NULL, 5000, t2, csrf, &e), INC_OK);
    assert_int_equal(user_set_password(db, uid, "tweede-wachtwoord-2", &e), INC_OK);
    assert_int_equal(session_lookup(db, t1, 5001, &lim, &ses, &e), INC_ENOTFOUND);
    assert_int_equal(session_lookup(db, t2, 5001, &lim, &ses, &e), INC_ENOTFOUND);
    inc_user u;
    assert_int_equal(user_authenticate(db, "wisselaar", "eerste-wachtwoord-1", &u, &e), INC_EFORBIDDEN);
    assert_int_equal(user_authenticate(db, "wisselaar", "tweede-wachtwoord-2", &u, &e), INC_OK);
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'password'"), 1);
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%wachtwoord%'"), 0);
    assert_int_equal(session_create(db, uid, NULL, 6000, t1, csrf, &e), INC_OK);
    assert_int_equal(user_disable(db, uid, &e), INC_OK);
    assert_int_equal(session_lookup(db, t1, 6001, &lim, &ses, &e), INC_ENOTFOUND);
    /* A too short new password changes nothing. */
    assert_int_equal(user_set_password(db, uid, "kort", &e), INC_EINVAL);
}

static void throttle_counters(void **s)
{
    (void)s;
    inc_error e = {0};
    int64_t wait;
    for (int i = 1; i <= 4; i++) {
        assert_int_equal(throttle_record_failure(db, "user:x", 5, 100 + i, &e), INC_OK);
        assert_int_equal(throttle_locked_for(db, "user:x", 100 + i, &wait, &e), INC_OK);
        assert_int_equal(wait, 0);
    }
    assert_int_equal(throttle_record_failure(db, "user:x", 5, 105, &e), INC_OK);   /* 5th: 15 s */
    assert_int_equal(throttle_locked_for(db, "user:x", 105, &wait, &e), INC_OK);
    assert_int_equal(wait, 15);
    assert_int_equal(throttle_locked_for(db, "user:x", 119, &wait, &e), INC_OK);
    assert_int_equal(wait, 1);
    assert_int_equal(throttle_locked_for(db, "user:x", 120, &wait, &e), INC_OK);
    assert_int_equal(wait, 0);
    assert_int_equal(throttle_record_failure(db, "user:x", 5, 121, &e), INC_OK);   /* 6th: 30 s */
    assert_int_equal(throttle_locked_for(db, "user:x", 121, &wait, &e), INC_OK);
    assert_int_equal(wait, 30);
    assert_int_equal(throttle_locked_for(db, "user:y", 121, &wait, &e), INC_OK);   /* other keys free */
    assert_int_equal(wait, 0);
    assert_int_equal(throttle_clear(db, "user:x", &e), INC_OK);
    assert_int_equal(throttle_locked_for(db, "user:x", 121, &wait, &e), INC_OK);
    assert_int_equal(wait, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(create_and_authenticate),
        cmocka_unit_test(same_answer_for_unknown_wrong_and_disabled),
        cmocka_unit_test(input_rules),
        cmocka_unit_test(session_lifecycle_and_expiry),
        cmocka_unit_test(session_with_its_user),
        cmocka_unit_test(purge_removes_only_expired_sessions),
        cmocka_unit_test(password_change_and_disable_end_sessions),
        cmocka_unit_test(common_and_guessable_passwords_refused),
        cmocka_unit_test(throttle_counters),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
