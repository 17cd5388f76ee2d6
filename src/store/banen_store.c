#include "store/banen_store.h"
#include "core/ident.h"
#include <jansson.h>
#include "store/person_store.h"
#include "store/audit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

inc_status banen_municipality_id(inc_db *db, const char *code, int64_t *id, const char *field, inc_error *e)
{
    /* cached statements (db_stmt) here and below: an import calls these for every row */
    static const char sql[] = "SELECT id FROM municipalities WHERE code = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, code ? code : "", -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc != DB_DONE) return db_fail(db, e);
    return inc_fail(e, INC_ENOTFOUND, field, "onbekende gemeente '%s'", code ? code : "");
}

static inc_status one_text(inc_db *db, const char *sql, const char *text, int64_t num, char *out, size_t size,
                           const char *what, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    if (text) db_bind_text(st, 1, text, -1, DB_COPY);
    else db_bind_int64(st, 1, num);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) db_column_text(st, 0, out, size);
    db_finalize(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc != DB_DONE) return db_fail(db, e);
    return inc_fail(e, INC_ENOTFOUND, "", "%s niet gevonden", what);
}

inc_status banen_region_of(inc_db *db, const char *municipality, char region[64], inc_error *e)
{
    return one_text(db, "SELECT region FROM municipalities WHERE code = ?", municipality ? municipality : "", 0, region,
                    64, "gemeente", e);
}

inc_status banen_realisation_municipality(inc_db *db, int64_t realisation_id, char code[64], inc_error *e)
{
    return one_text(db,
                    "SELECT m.code FROM realisations r JOIN contracts c ON c.id = r.contract_id"
                    " JOIN municipalities m ON m.id = c.municipality_id WHERE r.id = ?",
                    NULL, realisation_id, code, 64, "realisatie", e);
}

bool banen_region_known(inc_db *db, const char *region)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT 1 FROM municipalities WHERE region = ? LIMIT 1", &st, NULL)) return false;
    db_bind_text(st, 1, region ? region : "", -1, DB_COPY);
    bool found = db_step_rc(st) == DB_ROW;
    db_finalize(st);
    return found;
}

inc_status banen_person_id(inc_db *db, const char *bsn, int64_t *id, const char *field, inc_error *e)
{
    return person_ensure(db, bsn, field, id, NULL, e);
}

inc_status banen_organisation_id(inc_db *db, const char *kvk, const char *name, int64_t *id, const char *field,
                                 inc_error *e)
{
    if (kvk_check(kvk, field, e)) return INC_EINVAL;
    static const char sel[] = "SELECT id FROM organisations WHERE kvk = ?";
    static const char ins[] = "INSERT INTO organisations(kvk, name) VALUES (?, ?)";
    inc_stmt *st = db_stmt(db, sel, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *id = db_col_int64(st, 0);
    db_reset(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc != DB_DONE) return db_fail(db, e);
    if (!name || !*name)
        return inc_fail(e, INC_EINVAL, "employer_name", "werkgever met KvK %s is nieuw: naam werkgever ontbreekt", kvk);
    if (!(st = db_stmt(db, ins, e))) return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    db_bind_text(st, 2, name, -1, DB_COPY);
    rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    char detail[300];
    snprintf(detail, sizeof detail, "{\"kvk\":\"%s\"}", kvk);
    return audit_write(db, "create", "organisation", *id, detail, e);
}

inc_status banen_own_employer_put(inc_db *db, const char *municipality, const char *kvk, const char *name,
                                  int64_t *municipality_id, inc_error *e)
{
    int64_t mid, oid;
    if (banen_municipality_id(db, municipality, &mid, "municipality", e)) return e ? e->status : INC_ENOTFOUND;
    if (banen_organisation_id(db, kvk, name, &oid, "kvk", e)) return e ? e->status : INC_EINVAL;
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO municipal_employers(municipality_id, organisation_id) VALUES (?, ?)"
                   " ON CONFLICT(municipality_id) DO UPDATE SET organisation_id = excluded.organisation_id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, mid);
    db_bind_int64(st, 2, oid);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE)
        return inc_fail(e, INC_ECONFLICT, "kvk", "deze organisatie is al de eigen organisatie van een andere gemeente");
    *municipality_id = mid;
    return INC_OK;
}

inc_status banen_own_employer_get(inc_db *db, const char *municipality, char kvk[9], bool *found, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.kvk FROM municipal_employers me JOIN municipalities m ON m.id = me.municipality_id"
                   " JOIN organisations o ON o.id = me.organisation_id WHERE m.code = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, municipality, -1, DB_COPY);
    int rs = db_step(db, st, e);
    *found = rs == DB_ROW;
    if (*found) db_column_text(st, 0, kvk, 9);
    db_finalize(st);
    return rs == DB_ERR ? INC_EIO : INC_OK;
}

inc_status banen_own_employer_municipality(inc_db *db, const char *kvk, char code[64], bool *found, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT m.code FROM municipal_employers me JOIN municipalities m ON m.id = me.municipality_id"
                   " JOIN organisations o ON o.id = me.organisation_id WHERE o.kvk = ?",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, kvk, -1, DB_COPY);
    int rs = db_step(db, st, e);
    *found = rs == DB_ROW;
    if (*found) db_column_text(st, 0, code, 64);
    db_finalize(st);
    return rs == DB_ERR ? INC_EIO : INC_OK;
}

static void iso_or_empty(inc_date d, char buf[11])
{
    if (d == INC_DATE_NONE) buf[0] = 0;
    else date_format_iso(d, buf);
}

/* Refuses a record of the same person at the same employer whose period overlaps. */
static inc_status check_overlap(inc_db *db, int64_t person, int64_t employer, const banen_input *in, inc_error *e)
{
    static const char sql[] =
        "SELECT r.id, r.start_date, r.end_date, m.code FROM employment_records r"
        " JOIN municipalities m ON m.id = r.municipality_id WHERE r.person_id = ? AND r.employer_id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, person);
    db_bind_int64(st, 2, employer);
    inc_status s = INC_OK;
    int rc = DB_DONE;
    while (s == INC_OK && (rc = db_step(db, st, e)) == DB_ROW) {
        inc_date a, b = INC_DATE_NONE;
        date_parse(db_col_text(st, 1), &a, "start", NULL);
        if (!db_col_is_null(st, 2))
            date_parse(db_col_text(st, 2), &b, "end", NULL);
        if (banen_periods_overlap(a, b, in->start, in->end)) {
            char from[11], to[11];
            date_format_nl(a, from);
            if (b == INC_DATE_NONE) snprintf(to, sizeof to, "heden");
            else date_format_nl(b, to);
            /* Refused either way; the record is named only to whom may read it. */
            if (db_viewer_sees(db, DB_SEE_EMPLOYMENT, db_col_text(st, 3), 0))
                s = inc_fail(e, INC_ECONFLICT, "start",
                             "deze persoon heeft bij werkgever %s al een dienstverband (%lld, %s t/m %s) dat overlapt",
                             in->employer_kvk, (long long)db_col_int64(st, 0), from, to);
            else
                s = inc_fail(e, INC_ECONFLICT, "start",
                             "deze persoon heeft bij werkgever %s al een dienstverband dat overlapt", in->employer_kvk);
        }
    }
    db_reset(st);
    if (rc == DB_ERR) return INC_EIO;
    return s;
}

inc_status banen_record_insert_tx(inc_db *db, const banen_input *in, int64_t *id, inc_error *e)
{
    int64_t mid, person, employer;
    if (banen_municipality_id(db, in->municipality, &mid, "municipality", e)) return e ? e->status : INC_ENOTFOUND;
    if (banen_person_id(db, in->bsn, &person, "bsn", e)) return e ? e->status : INC_EINVAL;
    if (banen_organisation_id(db, in->employer_kvk, in->employer_name, &employer, "employer_kvk", e))
        return e ? e->status : INC_EINVAL;
    char key[40];  /* another server adding this person's record waits: db_lock in db/db.h */
    snprintf(key, sizeof key, "banen-person:%lld", (long long)person);
    if (db_lock(db, key, e) != INC_OK) return e ? e->status : INC_EIO;
    if (check_overlap(db, person, employer, in, e)) return e ? e->status : INC_ECONFLICT;
    static const char sql[] =
        "INSERT INTO employment_records(municipality_id, employer_id, department, sector, person_id,"
        " target_group, start_date, end_date, hours_centi, contract_type, instrument, source, created_by, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    char start[11], end[11];
    date_format_iso(in->start, start);
    iso_or_empty(in->end, end);
    db_bind_int64(st, 1, mid);
    db_bind_int64(st, 2, employer);
    db_bind_text(st, 3, in->department, -1, DB_COPY);
    db_bind_text(st, 4, banen_sector_code(in->sector), -1, DB_STATIC);
    db_bind_int64(st, 5, person);
    db_bind_text(st, 6, banen_group_code(in->group), -1, DB_STATIC);
    db_bind_text(st, 7, start, -1, DB_COPY);
    db_bind_text_or_null(st, 8, end);
    db_bind_int64(st, 9, in->hours_centi);
    db_bind_text(st, 10, banen_contract_code(in->contract), -1, DB_STATIC);
    db_bind_text(st, 11, banen_instrument_code(in->instrument), -1, DB_STATIC);
    db_bind_text(st, 12, banen_source_code(in->source), -1, DB_STATIC);
    db_bind_text(st, 13, db_actor(db), -1, DB_COPY);
    db_bind_text(st, 14, db_timestamp(db), -1, DB_STATIC);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    json_t *d = json_pack("{s:s, s:s, s:I, s:s, s:s, s:s}", "municipality", in->municipality, "employer_kvk",
                          in->employer_kvk, "person_id", (json_int_t)person, "start", start, "contract_type",
                          banen_contract_code(in->contract), "instrument", banen_instrument_code(in->instrument));
    char *detail = d ? json_dumps(d, JSON_COMPACT) : NULL;
    json_decref(d);
    inc_status s = audit_write(db, "create", "employment_record", *id, detail, e);
    free(detail);
    return s;
}

inc_status banen_filter_check(inc_db *db, const banen_filter *f, inc_error *e)
{
    int64_t id;
    if (f->municipality && banen_municipality_id(db, f->municipality, &id, "municipality", e))
        return e ? e->status : INC_ENOTFOUND;
    if (f->region && !banen_region_known(db, f->region))
        return inc_fail(e, INC_ENOTFOUND, "region", "onbekende arbeidsmarktregio '%s'", f->region);
    if (f->employer_kvk) {
        if (kvk_check(f->employer_kvk, "employer", e)) return INC_EINVAL;
        inc_stmt *st;
        if (db_prepare(db, "SELECT 1 FROM organisations WHERE kvk = ?", &st, e)) return INC_EIO;
        db_bind_text(st, 1, f->employer_kvk, -1, DB_COPY);
        bool found = db_step_rc(st) == DB_ROW;
        db_finalize(st);
        if (!found) return inc_fail(e, INC_ENOTFOUND, "employer", "onbekende werkgever met KvK %s", f->employer_kvk);
    }
    return INC_OK;
}

#define FILTER_SQL                                                                                          \
    " WHERE (?1 IS NULL OR m.code = ?1) AND (?2 IS NULL OR m.region = ?2)"                                  \
    " AND (?3 IS NULL OR e.employer_id = (SELECT id FROM organisations WHERE kvk = ?3))"

static void bind_filter(inc_stmt *st, const banen_filter *f)
{
    db_bind_text_or_null(st, 1, f->municipality);
    db_bind_text_or_null(st, 2, f->region);
    db_bind_text_or_null(st, 3, f->employer_kvk);
}

#define RECORD_COLS                                                                                         \
    "SELECT e.id, m.code, o.kvk, o.name, e.department, e.sector, e.person_id, e.target_group, e.start_date," \
    " e.end_date, e.hours_centi, e.contract_type, e.instrument, e.source,"                                  \
    " (SELECT min(realisation_id) FROM employment_realisations x WHERE x.employment_id = e.id)"              \
    " FROM employment_records e JOIN municipalities m ON m.id = e.municipality_id"                          \
    " JOIN organisations o ON o.id = e.employer_id"

static void from_row(inc_stmt *st, banen_record *r)
{
    memset(r, 0, sizeof *r);
    r->id = db_col_int64(st, 0);
    db_column_text(st, 1, r->municipality, sizeof r->municipality);
    db_column_text(st, 2, r->employer_kvk, sizeof r->employer_kvk);
    db_column_text(st, 3, r->employer_name, sizeof r->employer_name);
    db_column_text(st, 4, r->department, sizeof r->department);
    banen_sector_parse(db_col_text(st, 5), &r->sector, "sector", NULL);
    r->person_id = db_col_int64(st, 6);
    banen_group_parse(db_col_text(st, 7), &r->group, "target_group", NULL);
    date_parse(db_col_text(st, 8), &r->start, "start", NULL);
    r->end = INC_DATE_NONE;
    if (!db_col_is_null(st, 9)) date_parse(db_col_text(st, 9), &r->end, "end", NULL);
    r->hours_centi = db_col_int64(st, 10);
    banen_contract_parse(db_col_text(st, 11), &r->contract, "contract_type", NULL);
    banen_instrument_parse(db_col_text(st, 12), &r->instrument, "instrument", NULL);
    banen_source_parse(db_col_text(st, 13), &r->source, "source", NULL);
    r->realisation_id = db_col_is_null(st, 14) ? 0 : db_col_int64(st, 14);
}

inc_status banen_records_list(inc_db *db, const banen_filter *f, int limit, int offset, banen_record **out, size_t *n,
                              inc_error *e)
{
    *out = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db, RECORD_COLS FILTER_SQL " ORDER BY e.start_date DESC, e.id DESC LIMIT ?4 OFFSET ?5", &st, e))
        return INC_EIO;
    bind_filter(st, f);
    db_bind_int64(st, 4, limit > 0 ? limit : INT64_MAX);   /* no limit (PostgreSQL refuses SQLite's -1) */
    db_bind_int(st, 5, offset > 0 ? offset : 0);
    size_t cap = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (*n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            banen_record *p = realloc(*out, nc * sizeof *p);
            if (!p) {
                db_finalize(st);
                free(*out);
                *out = NULL;
                *n = 0;
                return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
            }
            *out = p;
            cap = nc;
        }
        from_row(st, &(*out)[(*n)++]);
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        free(*out);
        *out = NULL;
        *n = 0;
        return INC_EIO;
    }
    return INC_OK;
}

inc_status banen_record_get(inc_db *db, int64_t id, banen_record *out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, RECORD_COLS " WHERE e.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) from_row(st, out);
    db_finalize(st);
    if (rc == DB_ROW) return INC_OK;
    if (rc == DB_ERR) return INC_EIO;
    return inc_fail(e, INC_ENOTFOUND, "id", "dienstverband %lld bestaat niet", (long long)id);
}

/* One row of two text columns by id; "" when there is none. */
static inc_status two_texts(inc_db *db, const char *sql, int64_t id, char *a, size_t a_size, char *b, size_t b_size,
                            inc_error *e)
{
    a[0] = b[0] = 0;
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        db_column_text(st, 0, a, a_size);
        db_column_text(st, 1, b, b_size);
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status banen_employer_names(inc_db *db, int64_t id, char *kvk, size_t kvk_size, char *name, size_t name_size,
                                inc_error *e)
{
    static const char sql[] = "SELECT kvk, name FROM organisations WHERE id = ?";
    return two_texts(db, sql, id, kvk, kvk_size, name, name_size, e);
}

inc_status banen_municipality_names(inc_db *db, int64_t id, char *code, size_t code_size, char *name, size_t name_size,
                                    inc_error *e)
{
    static const char sql[] = "SELECT code, name FROM municipalities WHERE id = ?";
    return two_texts(db, sql, id, code, code_size, name, name_size, e);
}

static inc_status put_name(char ***names, size_t *n, int64_t idx, const char *text, int64_t **owner, int64_t own)
{
    if ((size_t)idx >= *n) {
        size_t nn = (size_t)idx * 2 + 8;
        char **p = realloc(*names, nn * sizeof *p);
        if (!p) return INC_EINTERNAL;
        memset(p + *n, 0, (nn - *n) * sizeof *p);
        *names = p;
        if (owner) {
            int64_t *q = realloc(*owner, nn * sizeof *q);
            if (!q) return INC_EINTERNAL;
            memset(q + *n, 0, (nn - *n) * sizeof *q);
            *owner = q;
        }
        *n = nn;
    }
    if (!(*names)[idx]) {
        (*names)[idx] = strdup(text ? text : "");
        if (!(*names)[idx]) return INC_EINTERNAL;
        if (owner) (*owner)[idx] = own;
    }
    return INC_OK;
}

inc_status banen_set_load(inc_db *db, const banen_filter *f, banen_set *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT e.id, e.person_id, e.employer_id, e.department, e.municipality_id, m.region,"
                   " EXISTS (SELECT 1 FROM municipal_employers me WHERE me.organisation_id = e.employer_id),"
                   " e.sector, e.contract_type, e.instrument, e.source, e.target_group, e.start_date, e.end_date,"
                   " e.hours_centi, dense_rank() OVER (ORDER BY e.employer_id, e.department),"
                   " dense_rank() OVER (ORDER BY m.region)"
                   " FROM employment_records e JOIN municipalities m ON m.id = e.municipality_id" FILTER_SQL,
                   &st, e))
        return INC_EIO;
    bind_filter(st, f);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (out->n == out->cap) {
            size_t nc = out->cap ? out->cap * 2 : 256;
            banen_rec *p = realloc(out->recs, nc * sizeof *p);
            if (!p) goto oom;
            out->recs = p;
            out->cap = nc;
        }
        banen_rec *r = &out->recs[out->n++];
        memset(r, 0, sizeof *r);
        r->id = db_col_int64(st, 0);
        r->person_id = db_col_int64(st, 1);
        r->employer_id = db_col_int64(st, 2);
        const char *dept = db_col_text(st, 3);
        r->municipality_id = db_col_int64(st, 4);
        r->own_employer = db_col_int(st, 6) != 0;
        banen_sector_parse(db_col_text(st, 7), &r->sector, "sector", NULL);
        banen_contract_parse(db_col_text(st, 8), &r->contract, "contract_type", NULL);
        banen_instrument_parse(db_col_text(st, 9), &r->instrument, "instrument", NULL);
        banen_source_parse(db_col_text(st, 10), &r->source, "source", NULL);
        banen_group_parse(db_col_text(st, 11), &r->group, "target_group", NULL);
        date_parse(db_col_text(st, 12), &r->start, "start", NULL);
        r->end = INC_DATE_NONE;
        if (!db_col_is_null(st, 13))
            date_parse(db_col_text(st, 13), &r->end, "end", NULL);
        r->hours_centi = db_col_int64(st, 14);
        if (dept && *dept) {
            r->department_id = db_col_int64(st, 15);
            if (put_name(&out->departments, &out->ndepartments, r->department_id, dept, &out->department_employer,
                         r->employer_id))
                goto oom;
        }
        r->region_id = db_col_int64(st, 16);
        size_t nreg = out->nregions;
        if (put_name(&out->regions, &nreg, r->region_id, db_col_text(st, 5), NULL, 0)) goto oom;
        out->nregions = nreg;
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        banen_set_free(out);
        return INC_EIO;
    }
    return INC_OK;
oom:
    db_finalize(st);
    banen_set_free(out);
    return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
}

void banen_set_free(banen_set *s)
{
    for (size_t i = 0; i < s->ndepartments; i++) free(s->departments[i]);
    for (size_t i = 0; i < s->nregions; i++) free(s->regions[i]);
    free(s->departments);
    free(s->department_employer);
    free(s->regions);
    free(s->recs);
    memset(s, 0, sizeof *s);
}
