#include "store/policy_store.h"
#include "core/json_fixed.h"
#include <stdio.h>
#include <string.h>

static const char *const proc_cols[PROC__COUNT] = {"applies_enkelvoudig", "applies_meervoudig", "applies_nationaal",
                                                   "applies_europees"};

inc_status policy_insert(inc_db *db, const char *municipality_code, const inc_policy *p, bool if_absent, inc_error *e)
{
    char day[11];
    date_format_iso(p->effective_from, day);
    inc_stmt *st;
    const char *sql =
        "INSERT INTO policies(municipality_id, name, effective_from, applies_werken, applies_diensten,"
        " applies_leveringen, applies_enkelvoudig, applies_meervoudig, applies_nationaal, applies_europees,"
        " min_werken_cents, min_diensten_cents, min_leveringen_cents, pct_bp, low_labour_pct_bp,"
        " low_labour_below_bp, sebo_meets_meervoudig)"
        " SELECT id,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,? FROM municipalities WHERE code = ?"
        " ON CONFLICT(municipality_id, effective_from) DO NOTHING";
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    int i = 1;
    db_bind_text(st, i++, p->name, -1, DB_COPY);
    db_bind_text(st, i++, day, -1, DB_COPY);
    for (int c = 0; c < CAT__COUNT; c++) db_bind_int(st, i++, p->applies_category[c]);
    for (int k = 0; k < PROC__COUNT; k++) db_bind_int(st, i++, p->applies_procedure[k]);
    for (int c = 0; c < CAT__COUNT; c++) db_bind_int64(st, i++, p->min_value_cents[c]);
    db_bind_int(st, i++, p->pct_bp);
    db_bind_int(st, i++, p->low_labour_pct_bp);
    db_bind_int(st, i++, p->low_labour_below_bp);
    db_bind_int(st, i++, p->sebo_meets_meervoudig);
    db_bind_text(st, i++, municipality_code, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0 && !if_absent)
        return inc_fail(e, INC_ECONFLICT, "effective_from", "er bestaat al een beleid per %s voor %s", day,
                        municipality_code);
    return INC_OK;
}

inc_status policies_load(inc_db *db, int64_t municipality_id, inc_policy *out, int64_t *ids, int max, int *count,
                         inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, name, effective_from, applies_werken, applies_diensten, applies_leveringen,"
                   " applies_enkelvoudig, applies_meervoudig, applies_nationaal, applies_europees,"
                   " min_werken_cents, min_diensten_cents, min_leveringen_cents, pct_bp, low_labour_pct_bp,"
                   " low_labour_below_bp, sebo_meets_meervoudig FROM policies WHERE municipality_id = ?"
                   " ORDER BY effective_from",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    int n = 0;
    int rc = DB_DONE;
    while (n < max && (rc = db_step(db, st, e)) == DB_ROW) {
        inc_policy *p = &out[n];
        memset(p, 0, sizeof *p);
        if (ids) ids[n] = db_col_int64(st, 0);
        db_column_text(st, 1, p->name, sizeof p->name);
        date_parse(db_col_text(st, 2), &p->effective_from, "effective_from", NULL);
        int c = 3;
        for (int k = 0; k < CAT__COUNT; k++) p->applies_category[k] = db_col_int(st, c++);
        for (int k = 0; k < PROC__COUNT; k++) p->applies_procedure[k] = db_col_int(st, c++);
        for (int k = 0; k < CAT__COUNT; k++) p->min_value_cents[k] = db_col_int64(st, c++);
        p->pct_bp = db_col_int(st, c++);
        p->low_labour_pct_bp = db_col_int(st, c++);
        p->low_labour_below_bp = db_col_int(st, c++);
        p->sebo_meets_meervoudig = db_col_int(st, c++);
        n++;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    *count = n;
    return INC_OK;
}

json_t *policy_to_json(const inc_policy *p, int64_t id, const char *municipality_code)
{
    char day[11];
    date_format_iso(p->effective_from, day);
    json_t *cats = json_array(), *procs = json_array(), *mins = json_object();
    for (int c = 0; c < CAT__COUNT; c++) {
        if (p->applies_category[c]) json_array_append_new(cats, json_string(category_code(c)));
        json_object_set_new(mins, category_code(c), json_money(p->min_value_cents[c]));
    }
    for (int k = 0; k < PROC__COUNT; k++)
        if (p->applies_procedure[k]) json_array_append_new(procs, json_string(procedure_code(k)));
    (void)proc_cols;
    return json_pack("{s:I, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b}", "id", (json_int_t)id, "municipality",
                     municipality_code, "name", p->name, "effective_from", day, "categories", cats, "procedures",
                     procs, "min_value", mins, "percentage", json_pct(p->pct_bp), "low_labour_percentage",
                     json_pct(p->low_labour_pct_bp), "low_labour_below_pct", json_pct(p->low_labour_below_bp),
                     "sebo_meets_meervoudig", p->sebo_meets_meervoudig);
}

inc_status policies_list_json(inc_db *db, const char *municipality_code, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, code FROM municipalities WHERE (?1 IS NULL OR code = ?1) ORDER BY name", &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality_code);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_policy ps[MAX_POLICIES];
        int64_t ids[MAX_POLICIES];
        int n = 0;
        if (policies_load(db, db_col_int64(st, 0), ps, ids, MAX_POLICIES, &n, e) != INC_OK) {
            db_finalize(st);
            json_decref(arr);
            return INC_EIO;
        }
        for (int i = 0; i < n; i++)
            json_array_append_new(arr, policy_to_json(&ps[i], ids[i], db_col_text(st, 1)));
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status catalogue_insert(inc_db *db, const char *name, inc_date effective_from, const inc_block *blocks, int n,
                            bool if_absent, inc_error *e)
{
    char day[11];
    date_format_iso(effective_from, day);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO catalogues(name, effective_from) VALUES (?,?) ON CONFLICT DO NOTHING", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, name, -1, DB_COPY);
    db_bind_text(st, 2, day, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0) {
        if (if_absent) return INC_OK;
        return inc_fail(e, INC_ECONFLICT, "effective_from", "er bestaat al een catalogus per %s", day);
    }
    int64_t cid = db_last_id(db);
    if (db_prepare(db,
                   "INSERT INTO blocks(catalogue_id, code, part, group_name, name, kind, value_cents, cap_months,"
                   " person_exclusive) VALUES (?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    for (int i = 0; i < n; i++) {
        const inc_block *b = &blocks[i];
        db_reset(st);
        db_bind_int64(st, 1, cid);
        db_bind_text(st, 2, b->code, -1, DB_STATIC);
        db_bind_text(st, 3, b->part, -1, DB_STATIC);
        db_bind_text(st, 4, b->group_name, -1, DB_STATIC);
        db_bind_text(st, 5, b->name, -1, DB_STATIC);
        db_bind_text(st, 6, block_kind_code(b->kind), -1, DB_STATIC);
        db_bind_int64(st, 7, b->value_cents);
        db_bind_int(st, 8, b->cap_months);
        db_bind_int(st, 9, b->person_exclusive);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); return db_fail(db, e); }
    }
    db_finalize(st);
    return INC_OK;
}

inc_status catalogue_in_force(inc_db *db, inc_date day, int64_t *catalogue_id, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM catalogues WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *catalogue_id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc != DB_ROW) {
        char nl[11];
        date_format_nl(day, nl);
        return inc_fail(e, INC_ENOTFOUND, "award_date", "geen bouwblokkencatalogus van kracht op %s", nl);
    }
    return INC_OK;
}

static void block_from_row(inc_stmt *st, int c, inc_block *b)
{
    memset(b, 0, sizeof *b);
    db_column_text(st, c, b->code, sizeof b->code);
    db_column_text(st, c + 1, b->part, sizeof b->part);
    db_column_text(st, c + 2, b->group_name, sizeof b->group_name);
    db_column_text(st, c + 3, b->name, sizeof b->name);
    block_kind_parse(db_col_text(st, c + 4), &b->kind);
    b->value_cents = db_col_int64(st, c + 5);
    b->cap_months = db_col_int(st, c + 6);
    b->person_exclusive = db_col_int(st, c + 7);
}

#define BLOCK_COLS "code, part, group_name, name, kind, value_cents, cap_months, person_exclusive"

inc_status block_by_code(inc_db *db, int64_t catalogue_id, const char *code, inc_block *out, int64_t *block_id,
                         inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, " BLOCK_COLS " FROM blocks WHERE catalogue_id = ? AND code = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, catalogue_id);
    db_bind_text(st, 2, code ? code : "", -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        if (block_id) *block_id = db_col_int64(st, 0);
        block_from_row(st, 1, out);
    }
    db_finalize(st);
    if (rc != DB_ROW)
        return inc_fail(e, INC_EINVAL, "block", "onbekend bouwblok '%s' (zie 'inclusio catalogue list')",
                        code ? code : "");
    return INC_OK;
}

json_t *block_to_json(const inc_block *b)
{
    json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "code", b->code, "part", b->part, "group", b->group_name,
                          "name", b->name, "kind", block_kind_code(b->kind), "value", json_money(b->value_cents));
    if (b->kind == BLOCK_PER_YEAR)
        json_object_set_new(j, "cap_months", b->cap_months ? json_integer(b->cap_months) : json_null());
    return j;
}

inc_status catalogues_list_json(inc_db *db, inc_date day, json_t **out, inc_error *e)
{
    int64_t only = 0;
    if (day != INC_DATE_NONE && catalogue_in_force(db, day, &only, e) != INC_OK) return e->status;
    inc_stmt *cs, *bs;
    if (db_prepare(db, "SELECT id, name, effective_from FROM catalogues WHERE (?1 = 0 OR id = ?1) ORDER BY effective_from",
                   &cs, e))
        return INC_EIO;
    if (db_prepare(db, "SELECT " BLOCK_COLS " FROM blocks WHERE catalogue_id = ? ORDER BY id", &bs, e)) {
        db_finalize(cs);
        return INC_EIO;
    }
    db_bind_int64(cs, 1, only);
    json_t *arr = json_array();
    int rc_cs = DB_DONE;
    while ((rc_cs = db_step(db, cs, e)) == DB_ROW) {
        json_t *blocks = json_array();
        db_reset(bs);
        db_bind_int64(bs, 1, db_col_int64(cs, 0));
        int rc_bs;
        while ((rc_bs = db_step(db, bs, e)) == DB_ROW) {
            inc_block b;
            block_from_row(bs, 0, &b);
            json_array_append_new(blocks, block_to_json(&b));
        }
        if (rc_bs == DB_ERR) {
            json_decref(blocks);
            rc_cs = DB_ERR;
            break;
        }
        json_array_append_new(arr, json_pack("{s:I, s:s, s:s, s:o}", "id", (json_int_t)db_col_int64(cs, 0),
                                             "name", db_col_text(cs, 1), "effective_from",
                                             db_col_text(cs, 2), "blocks", blocks));
    }
    db_finalize(cs);
    db_finalize(bs);
    if (rc_cs == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}
