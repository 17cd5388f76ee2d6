#include "store/user_store.h"
#include "store/audit.h"
#include <jansson.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <zxcvbn.h>

#define AUTH_FAILED_MSG "gebruikersnaam of wachtwoord onjuist"

/* Words zxcvbn's (English) dictionaries do not know but Dutch users reach for first, and the names
 * of this application: passed to zxcvbn as user words, with the user's own name. */
static const char *const dutch_words[] = {
    "wachtwoord", "welkom", "geheim", "hallo", "inloggen", "gebruiker", "beheer", "beheerder", "gemeente",
    "inclusio", "social", "return", "sroi", "sebo", "banenafspraak", "nederland", "holland", "voetbal",
    "ajax", "feyenoord", "schatje", "liefde", "zomer", "lente", "herfst", "winter", "maandag", "januari",
    "augustus", "december", "zoetermeer", "lansingerland", "pijnacker", "nootdorp", "denhaag", "amsterdam",
    "rotterdam", "utrecht", "delft"};

/* Why zxcvbn found the password guessable, from its longest recognised part. */
static const char *guessable_because(const ZxcMatch_t *info)
{
    const ZxcMatch_t *best = NULL;
    for (const ZxcMatch_t *m = info; m; m = m->Next) {
        int type = m->Type & ~MULTIPLE_MATCH;
        if (type == BRUTE_MATCH || type == NON_MATCH || type == LONG_PWD_MATCH) continue;
        if (!best || m->Length > best->Length) best = m;
    }
    switch (best ? best->Type & ~MULTIPLE_MATCH : NON_MATCH) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH: return "het bestaat vooral uit een veelgebruikt wachtwoord, woord of naam";
    case USER_MATCH:
    case USER_LEET_MATCH:
        return "het bevat de gebruikersnaam of een voor de hand liggend woord (zoals 'wachtwoord', 'welkom' of een "
               "plaatsnaam)";
    case REPEATS_MATCH: return "het bestaat vooral uit herhalingen (zoals 'aaaa' of 'abcabc')";
    case SEQUENCE_MATCH: return "het bestaat vooral uit een reeks (zoals '1234' of 'abcd')";
    case SPATIAL_MATCH: return "het bestaat vooral uit een toetsenbordpatroon (zoals 'qwerty')";
    case DATE_MATCH:
    case YEAR_MATCH: return "het bestaat vooral uit een datum of jaartal";
    default: return "het is te kort of te voorspelbaar";
    }
}

inc_status password_check(const char *password, const char *username, const char *field, inc_error *e)
{
    size_t n = password ? strlen(password) : 0;
    if (n < PASSWORD_MIN_LENGTH)
        return inc_fail(e, INC_EINVAL, field, "het wachtwoord moet minstens %d tekens lang zijn", PASSWORD_MIN_LENGTH);
    if (n > PASSWORD_MAX_LENGTH)
        return inc_fail(e, INC_EINVAL, field, "het wachtwoord mag hoogstens %d tekens lang zijn", PASSWORD_MAX_LENGTH);
    enum { NWORDS = sizeof dutch_words / sizeof dutch_words[0] };
    const char *words[NWORDS + 2];
    int k = 0;
    if (username && *username) words[k++] = username;
    for (int i = 0; i < NWORDS; i++) words[k++] = dutch_words[i];
    words[k] = NULL;
    ZxcMatch_t *info = NULL;
    double bits = ZxcvbnMatch(password, words, &info);
    inc_status s = INC_OK;
    if (bits < PASSWORD_MIN_GUESS_BITS)
        s = inc_fail(e, INC_EINVAL, field,
                     "dit wachtwoord is te makkelijk te raden: %s; kies bijvoorbeeld een paar woorden die niet bij "
                     "elkaar horen, met een cijfer of leesteken ertussen",
                     guessable_because(info));
    ZxcvbnFreeInfo(info);
    return s;
}

inc_status password_hash(const char *password, char *out, size_t out_size, inc_error *e)
{
    if (out_size < crypto_pwhash_STRBYTES) return inc_fail(e, INC_EINTERNAL, "", "te kleine buffer voor wachtwoordhash");
    if (crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return inc_fail(e, INC_EINTERNAL, "", "wachtwoord hashen mislukt (geheugen)");
    return INC_OK;
}

static inc_status username_check(const char *name, inc_error *e)
{
    size_t n = name ? strlen(name) : 0;
    if (n < 2 || n > USER_NAME_MAX)
        return inc_fail(e, INC_EINVAL, "username", "de gebruikersnaam moet 2 tot %d tekens lang zijn", USER_NAME_MAX);
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '@' || c == '-'))
            return inc_fail(e, INC_EINVAL, "username",
                            "de gebruikersnaam mag alleen letters, cijfers en . _ @ - bevatten");
    }
    return INC_OK;
}

/* The user and, one row each, the municipalities it may see (one round trip: this runs on every
 * API request, and on a database server every statement is one). Keyed by a session's token hash,
 * the session's own columns follow (10-13), so a request's session and user are one statement. */
#define USER_SELECT                                                                                            \
    "SELECT u.id, u.username, u.role, coalesce(u.organisation_id, 0), coalesce(o.kvk, ''), coalesce(o.name, ''), " \
    "u.disabled, u.password_hash, m.id, m.code"
#define USER_JOINS                                                                                             \
    " LEFT JOIN organisations o ON o.id = u.organisation_id LEFT JOIN user_municipalities um ON um.user_id = u.id" \
    " LEFT JOIN municipalities m ON m.id = um.municipality_id "

static const char by_id_sql[] = USER_SELECT " FROM users u" USER_JOINS "WHERE u.id = ? ORDER BY m.code";
static const char by_name_sql[] = USER_SELECT " FROM users u" USER_JOINS "WHERE u.username = ? ORDER BY m.code";
static const char by_session_sql[] = USER_SELECT ", s.id, s.csrf_token, s.created_at, s.last_seen"
                                     " FROM sessions s JOIN users u ON u.id = s.user_id" USER_JOINS
                                     "WHERE s.token_hash = ? ORDER BY m.code";

typedef enum { BY_ID, BY_NAME, BY_SESSION } user_key;

/* Reads one user by id, name or session token hash; hash (may be NULL) receives the password hash,
 * ses (BY_SESSION) the session. */
static inc_status load_user(inc_db *db, user_key by, int64_t id, const char *text, inc_user *u, char *hash,
                            size_t hash_size, inc_session *ses, inc_error *e)
{
    inc_stmt *st = db_stmt(db, by == BY_ID ? by_id_sql : by == BY_NAME ? by_name_sql : by_session_sql, e);   /* cached */
    if (!st) return INC_EIO;
    if (by == BY_ID) db_bind_int64(st, 1, id);
    else db_bind_text(st, 1, text, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        if (rc != DB_DONE) return db_fail(db, e);
        return inc_fail(e, INC_ENOTFOUND, "", by == BY_SESSION ? "geen geldige sessie" : "gebruiker niet gevonden");
    }
    memset(u, 0, sizeof *u);
    u->id = db_col_int64(st, 0);
    db_column_text(st, 1, u->username, sizeof u->username);
    char role[32];
    db_column_text(st, 2, role, sizeof role);
    role_parse(role, &u->role);
    u->organisation_id = db_col_int64(st, 3);
    db_column_text(st, 4, u->organisation_kvk, sizeof u->organisation_kvk);
    db_column_text(st, 5, u->organisation_name, sizeof u->organisation_name);
    u->disabled = db_col_int(st, 6) != 0;
    if (hash) db_column_text(st, 7, hash, hash_size);
    if (ses) {
        ses->id = db_col_int64(st, 10);
        ses->user_id = u->id;
        db_column_text(st, 11, ses->csrf_token, sizeof ses->csrf_token);
        ses->created_at = db_col_int64(st, 12);
        ses->last_seen = db_col_int64(st, 13);
    }
    do {
        if (db_col_is_null(st, 8) || u->n_municipalities == USER_MAX_MUNICIPALITIES) continue;
        u->municipality_ids[u->n_municipalities] = db_col_int64(st, 8);
        db_column_text(st, 9, u->municipalities[u->n_municipalities], sizeof u->municipalities[0]);
        u->n_municipalities++;
    } while ((rc = db_step(db, st, e)) == DB_ROW);
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status user_load_by_session(inc_db *db, const char *token_hash, inc_user *u, inc_session *ses, inc_error *e)
{
    return load_user(db, BY_SESSION, 0, token_hash, u, NULL, 0, ses, e);
}

inc_status user_load(inc_db *db, int64_t id, inc_user *out, inc_error *e)
{
    return load_user(db, BY_ID, id, NULL, out, NULL, 0, NULL, e);
}

inc_status user_load_by_name(inc_db *db, const char *username, inc_user *out, inc_error *e)
{
    return load_user(db, BY_NAME, 0, username, out, NULL, 0, NULL, e);
}

static char dummy_hash[crypto_pwhash_STRBYTES];
static void make_dummy_hash(void)
{
    if (crypto_pwhash_str(dummy_hash, "inclusio-dummy-password", 23, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        dummy_hash[0] = '\0';
}

inc_status user_authenticate(inc_db *db, const char *username, const char *password, inc_user *out, inc_error *e)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    char hash[crypto_pwhash_STRBYTES] = "";
    inc_error le = {0};
    bool found = username && strlen(username) <= USER_NAME_MAX &&
                 load_user(db, BY_NAME, 0, username, out, hash, sizeof hash, NULL, &le) == INC_OK;
    if (!found && le.status == INC_EIO) return inc_fail(e, INC_EIO, "", "%s", le.message);
    size_t plen = password ? strlen(password) : 0;
    if (plen > PASSWORD_MAX_LENGTH) plen = PASSWORD_MAX_LENGTH;
    if (!found) {
        /* Spend the same effort as for a real account, so timing tells nothing. */
        pthread_once(&once, make_dummy_hash);
        if (dummy_hash[0]) {
            int ignored = crypto_pwhash_str_verify(dummy_hash, password ? password : "", plen);
            (void)ignored;
        }
        return inc_fail(e, INC_EFORBIDDEN, "", AUTH_FAILED_MSG);
    }
    bool ok = crypto_pwhash_str_verify(hash, password ? password : "", plen) == 0;
    sodium_memzero(hash, sizeof hash);
    if (!ok || out->disabled) return inc_fail(e, INC_EFORBIDDEN, "", AUTH_FAILED_MSG);
    return INC_OK;
}

static inc_status end_sessions(inc_db *db, int64_t user_id, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "DELETE FROM sessions WHERE user_id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, user_id);
    int rc = db_step_rc(st);
    db_finalize(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

static inc_status audit_user(inc_db *db, const char *action, int64_t id, json_t *detail, inc_error *e)
{
    char *s = detail ? json_dumps(detail, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(detail);
    inc_status st = audit_write(db, action, "user", id, s, e);
    free(s);
    return st;
}

static inc_status insert_user(inc_db *db, const inc_user_new *u, const char *hash, int64_t *id, inc_error *e)
{
    int64_t org_id = 0;
    inc_stmt *st;
    if (u->role == ROLE_OPDRACHTNEMER) {
        if (db_prepare(db, "SELECT id FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
        db_bind_text(st, 1, u->organisation_kvk, -1, DB_COPY);
        if (db_step_rc(st) == DB_ROW) org_id = db_col_int64(st, 0);
        db_finalize(st);
        if (!org_id)
            return inc_fail(e, INC_EINVAL, "organisation", "geen organisatie met KvK-nummer %s", u->organisation_kvk);
    }
    if (db_prepare(db, "INSERT INTO users(username, password_hash, role, organisation_id) VALUES (?,?,?,?)", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, u->username, -1, DB_COPY);
    db_bind_text(st, 2, hash, -1, DB_COPY);
    db_bind_text(st, 3, role_code(u->role), -1, DB_STATIC);
    if (org_id) db_bind_int64(st, 4, org_id);
    else db_bind_null(st, 4);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "username", "gebruikersnaam '%s' bestaat al", u->username);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);

    if (db_prepare(db, "INSERT INTO user_municipalities(user_id, municipality_id) SELECT ?, id FROM"
                       " municipalities WHERE code = ? ON CONFLICT DO NOTHING",
                   &st, e))
        return INC_EIO;
    for (int i = 0; i < u->n_municipalities; i++) {
        db_reset(st);
        db_bind_int64(st, 1, *id);
        db_bind_text(st, 2, u->municipalities[i], -1, DB_COPY);
        if (db_step_rc(st) != DB_DONE) {
            db_finalize(st);
            return db_fail(db, e);
        }
        if (db_changes(db) == 0) {
            /* Unknown code (a duplicate is ignored only when it was already linked). */
            inc_stmt *chk;
            bool known = false;
            if (db_prepare(db, "SELECT 1 FROM municipalities WHERE code = ?", &chk, NULL) == INC_OK) {
                db_bind_text(chk, 1, u->municipalities[i], -1, DB_COPY);
                known = db_step_rc(chk) == DB_ROW;
                db_finalize(chk);
            }
            if (!known) {
                db_finalize(st);
                return inc_fail(e, INC_EINVAL, "municipality", "onbekende gemeente '%s'", u->municipalities[i]);
            }
        }
    }
    db_finalize(st);
    json_t *munis = json_array();
    for (int i = 0; i < u->n_municipalities; i++) json_array_append_new(munis, json_string(u->municipalities[i]));
    return audit_user(db, "create", *id,
                      json_pack("{s:s, s:s, s:s?, s:o}", "username", u->username, "role", role_code(u->role),
                                "organisation", u->role == ROLE_OPDRACHTNEMER ? u->organisation_kvk : NULL,
                                "municipalities", munis),
                      e);
}

inc_status user_create(inc_db *db, const inc_user_new *u, int64_t *id, inc_error *e)
{
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    inc_check(&c, username_check(u->username, e));
    inc_check(&c, password_check(u->password, u->username, "password", e));
    if ((unsigned)u->role >= ROLE__COUNT) {
        inc_check(&c, inc_fail(e, INC_EINVAL, "role", "onbekende rol"));
    } else {
        bool has_org = u->organisation_kvk && *u->organisation_kvk;
        if (u->role == ROLE_OPDRACHTNEMER && !has_org)
            inc_check(&c, inc_fail(e, INC_EINVAL, "organisation", "een opdrachtnemer hoort bij een organisatie (KvK-nummer)"));
        if (u->role != ROLE_OPDRACHTNEMER && has_org)
            inc_check(&c, inc_fail(e, INC_EINVAL, "organisation", "alleen een opdrachtnemer hoort bij een organisatie"));
    }
    if (u->n_municipalities > USER_MAX_MUNICIPALITIES)
        inc_check(&c, inc_fail(e, INC_EINVAL, "municipality", "hoogstens %d gemeenten per gebruiker", USER_MAX_MUNICIPALITIES));
    bool scoped = u->role == ROLE_SR_TEAM || u->role == ROLE_INKOOP || u->role == ROLE_WSP || u->role == ROLE_PO ||
                  u->role == ROLE_RAAD;
    if (scoped && u->n_municipalities == 0)
        inc_check(&c, inc_fail(e, INC_EINVAL, "municipality", "de rol %s hoort bij minstens een gemeente", role_code(u->role)));
    if (inc_checks_end(&c) != INC_OK) return c.status;
    if (e->all && e->all->n) return INC_EINVAL;   /* the caller's own checks failed: write nothing */
    char hash[crypto_pwhash_STRBYTES];
    if (password_hash(u->password, hash, sizeof hash, e) != INC_OK) return INC_EINTERNAL;
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    if (insert_user(db, u, hash, id, e) != INC_OK) {
        db_rollback(db);
        return e ? e->status : INC_EIO;
    }
    return db_commit(db, e);
}

static inc_status update_user(inc_db *db, int64_t id, const char *sql, const char *hash, const char *action,
                              inc_error *e)
{
    inc_user u;
    if (user_load(db, id, &u, e) != INC_OK) return e ? e->status : INC_ENOTFOUND;
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) goto fail;
    int k = 1;
    if (hash) db_bind_text(st, k++, hash, -1, DB_COPY);
    db_bind_int64(st, k, id);
    if (hash) db_bind_text(st, k + 1, db_timestamp(db), -1, DB_STATIC);  /* password_changed_at */
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) {
        db_fail(db, e);
        goto fail;
    }
    if (end_sessions(db, id, e) != INC_OK ||
        audit_user(db, action, id, json_pack("{s:s}", "username", u.username), e) != INC_OK)
        goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

inc_status user_set_password(inc_db *db, int64_t id, const char *password, inc_error *e)
{
    inc_user u;
    bool known = user_load(db, id, &u, NULL) == INC_OK;
    if (password_check(password, known ? u.username : NULL, "password", e) != INC_OK) return INC_EINVAL;
    char hash[crypto_pwhash_STRBYTES];
    if (password_hash(password, hash, sizeof hash, e) != INC_OK) return INC_EINTERNAL;
    return update_user(db, id,
                       "UPDATE users SET password_hash = ?1, password_changed_at = ?3 WHERE id = ?2",
                       hash, "password", e);
}

inc_status user_disable(inc_db *db, int64_t id, inc_error *e)
{
    return update_user(db, id, "UPDATE users SET disabled = 1 WHERE id = ?", NULL, "disable", e);
}

inc_status user_each(inc_db *db, user_visit_fn fn, void *arg, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM users ORDER BY username", &st, e)) return INC_EIO;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_user u;
        inc_status s = user_load(db, db_col_int64(st, 0), &u, e);
        if (s == INC_OK) s = fn(&u, arg, e);
        if (s != INC_OK) {
            db_finalize(st);
            return s;
        }
    }
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}
