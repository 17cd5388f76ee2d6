/* `inclusio db copy`: see app/db_copy.h. The copy and its checks run in one transaction on the
 * target; PostgreSQL's DDL is transactional, so a refused or failed copy leaves it empty. */
#include "app/db_copy.h"
#include "app/banen_report.h"
#include "app/goal_dashboard.h"
#include "app/goal_view.h"
#include "app/register_report.h"
#include "core/banen.h"
#include "io/register_view.h"
#include "store/db.h"
#include "store/db_copy.h"
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool is_postgresql(const char *t)
{
    return strncmp(t, "postgresql://", 13) == 0 || strncmp(t, "postgres://", 11) == 0;
}

/* The three reports on one connection, as `report sroi|banen|dashboard --json` print them. */
static json_t *sroi_json(inc_db *db, inc_date today, inc_error *e)
{
    sroi_report r;
    if (app_sroi_report(db, NULL, 0, today, &r, e) != INC_OK) return NULL;
    json_t *j = sroi_report_json(&r);
    sroi_report_free(&r);
    return j;
}

static json_t *banen_json(inc_db *db, inc_date today, inc_error *e)
{
    banen_report_req req = {.trend_from = INC_DATE_NONE};
    inc_date q[4];
    int n = banen_quarter_ends(today - 100, today, q, 4);
    req.date = n > 0 ? q[n > 4 ? 3 : n - 1] : today;
    return app_banen_report_json(db, &req, e);
}

static json_t *dashboard_json(inc_db *db, const char *muni, int year, inc_error *e)
{
    goal_dashboard d;
    if (goal_dashboard_load(db, muni, year, 0, &d, e) != INC_OK) return NULL;
    json_t *j = goal_dashboard_json(&d);
    goal_dashboard_free(&d);
    return j;
}

/* Both NULL (the same refusal on both) or equal: true. */
static bool same(json_t *a, json_t *b)
{
    bool eq = (!a && !b) || (a && b && json_equal(a, b));
    json_decref(a);
    json_decref(b);
    return eq;
}

static inc_status compare_reports(inc_db *src, inc_db *dst, app_db_copy_result *out, inc_error *e)
{
    inc_date today = date_today();
    inc_error ea = {0}, eb = {0};
    if (!same(sroi_json(src, today, &ea), sroi_json(dst, today, &eb)))
        return inc_fail(e, INC_EIO, "", "report sroi geeft op de kopie een ander resultaat dan op de bron");
    if (!same(banen_json(src, today, &ea), banen_json(dst, today, &eb)))
        return inc_fail(e, INC_EIO, "", "report banen geeft op de kopie een ander resultaat dan op de bron");
    char(*munis)[64];
    size_t n;
    if (dbcopy_municipalities(src, &munis, &n, e) != INC_OK) return INC_EIO;
    int y;
    date_to_ymd(today, &y, &(int){0}, &(int){0});
    inc_status s = INC_OK;
    for (size_t i = 0; i < n && s == INC_OK; i++) {
        json_t *a = dashboard_json(src, munis[i], y, &ea), *b = dashboard_json(dst, munis[i], y, &eb);
        bool counted = a != NULL;
        if (!same(a, b))
            s = inc_fail(e, INC_EIO, "", "het dashboard van %s geeft op de kopie een ander resultaat dan op de bron",
                         munis[i]);
        else if (counted) out->dashboards++;
    }
    free(munis);
    return s;
}

/* The target's key file: the source's bytes, written unless the same file serves both or an equal
 * one is there. *written tells the caller to remove it when the copy fails. */
static inc_status place_key(inc_db *src, inc_db *dst, app_db_copy_result *out, inc_error *e)
{
    unsigned char key[PSEUDONYM_KEY_BYTES], there[PSEUDONYM_KEY_BYTES];
    snprintf(out->key_path, sizeof out->key_path, "%s", db_key_path(dst));
    if (db_read_key_file(db_key_path(src), key, e) != INC_OK) return INC_EIO;
    db_key_fingerprint(key, out->key_fingerprint);
    inc_status s = INC_OK;
    if (strcmp(db_key_path(src), db_key_path(dst)) == 0) {
        /* one file for both */
    } else if (access(db_key_path(dst), F_OK) == 0) {
        s = db_read_key_file(db_key_path(dst), there, e);
        if (s == INC_OK && sodium_memcmp(key, there, sizeof key) != 0)
            s = inc_fail(e, INC_EIO, "",
                         "sleutelbestand '%s' bestaat al en hoort niet bij de bron; verplaats het of zet INCLUSIO_KEY_FILE",
                         db_key_path(dst));
        sodium_memzero(there, sizeof there);
    } else if ((s = db_write_key_file(db_key_path(dst), key, e)) == INC_OK) {
        out->key_written = true;
    }
    sodium_memzero(key, sizeof key);
    return s;
}

static inc_status copy_all(inc_db *src, inc_db *dst, app_db_copy_result *out, inc_error *e)
{
    dbcopy_table *t;
    size_t n;
    if (dbcopy_tables(src, &t, &n, e) != INC_OK) return INC_EIO;
    out->tables = calloc(n ? n : 1, sizeof *out->tables);
    if (!out->tables) {
        free(t);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    out->n_tables = n;
    inc_status s = dbcopy_migrate_in_transaction(dst, e);
    if (s == INC_OK) s = dbcopy_clear(dst, t, n, e);
    for (size_t i = 0; i < n && s == INC_OK; i++) s = dbcopy_table_rows(src, dst, &t[i], e);
    for (size_t i = 0; i < n && s == INC_OK; i++) {
        app_copy_table *r = &out->tables[i];
        snprintf(r->name, sizeof r->name, "%s", t[i].name);
        if ((s = dbcopy_count(src, t[i].name, &r->rows, e)) != INC_OK) break;
        if ((s = dbcopy_count(dst, t[i].name, &r->target_rows, e)) != INC_OK) break;
        out->rows += r->rows;
        if (r->rows != r->target_rows || r->rows != t[i].rows)
            s = inc_fail(e, INC_EIO, "", "tabel %s: %lld rijen in de bron, %lld in de kopie", r->name,
                         (long long)r->rows, (long long)r->target_rows);
    }
    free(t);
    return s;
}

inc_status app_db_copy(const char *from, const char *to, app_db_copy_result *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (is_postgresql(from)) return inc_fail(e, INC_EINVAL, "from", "--from moet een SQLite-bestand zijn");
    if (!is_postgresql(to)) return inc_fail(e, INC_EINVAL, "to", "--to moet een PostgreSQL-URI zijn (postgresql://...)");
    if (access(from, R_OK) != 0) return inc_fail(e, INC_EIO, "from", "bronbestand '%s' bestaat niet of is niet leesbaar", from);
    inc_db *src = NULL, *dst = NULL;
    inc_status s = app_db_open(from, APP_DB_MIGRATE, &src, e);
    if (s != INC_OK) return s;
    db_set_read_target(src, NULL);   /* the copy reads the file itself, never a standby */
    if ((s = db_open(to, &dst, e)) != INC_OK) goto out;
    bool empty = false;
    char why[200] = "";
    if ((s = dbcopy_target_empty(dst, &empty, why, sizeof why, e)) != INC_OK) goto out;
    if (!empty) {
        s = inc_fail(e, INC_EIO, "to",
                     "de doeldatabase is niet leeg (%s); db copy schrijft alleen in een lege database: maak een nieuwe "
                     "aan (createdb) en probeer het opnieuw",
                     why);
        goto out;
    }
    if ((s = place_key(src, dst, out, e)) != INC_OK) goto out;
    if ((s = dbcopy_source_snapshot(src, e)) != INC_OK) goto out;
    if ((s = db_begin(dst, e)) != INC_OK) goto out;
    s = copy_all(src, dst, out, e);
    /* The pseudonym key's identity: the copied wrap opens with the target's key file to the same data key. */
    if (s == INC_OK) s = db_load_key(dst, false, e);
    if (s == INC_OK && sodium_memcmp(db_key(src), db_key(dst), PSEUDONYM_KEY_BYTES) != 0)
        s = inc_fail(e, INC_EIO, "", "de pseudonimiseringssleutel van de kopie is niet die van de bron");
    if (s == INC_OK) s = compare_reports(src, dst, out, e);
    if (s == INC_OK) s = db_commit(dst, e);
    if (s != INC_OK) db_rollback(dst);
out:
    if (src) db_rollback(src);   /* the read snapshot */
    if (s != INC_OK && out->key_written) {
        unlink(out->key_path);
        out->key_written = false;
    }
    if (s != INC_OK) app_db_copy_result_free(out);
    db_close(dst);
    db_close(src);
    return s;
}

void app_db_copy_result_free(app_db_copy_result *r)
{
    free(r->tables);
    r->tables = NULL;
    r->n_tables = 0;
}
