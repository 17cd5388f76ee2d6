#include "store/procurement_log.h"
#include "core/json_fixed.h"
#include "core/ident.h"
#include "store/audit.h"
#include "store/sebo_store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sebo_thresholds_load(inc_db *db, sebo_thresholds *t)
{
    sebo_thresholds_default(t);
    t->max_cents[CAT_WERKEN] = sebo_setting_int(db, "sebo.max_werken_cents", t->max_cents[CAT_WERKEN]);
    t->max_cents[CAT_DIENSTEN] = sebo_setting_int(db, "sebo.max_diensten_cents", t->max_cents[CAT_DIENSTEN]);
    t->max_cents[CAT_LEVERINGEN] = sebo_setting_int(db, "sebo.max_leveringen_cents", t->max_cents[CAT_LEVERINGEN]);
    t->aim_max_cents = sebo_setting_int(db, "sebo.aim_max_cents", t->aim_max_cents);
}

typedef struct {
    int64_t mun_id;
    int64_t org_id[SEBO_MAX_INVITED];
    sebo_rule_input rule;
} classified;

/* Looks every invited company up and classifies it on the procurement date; runs the rule. */
static inc_status classify_all(inc_db *db, const sebo_proc_input *in, classified *c, sebo_rule_result *r, inc_error *e)
{
    if (sebo_proc_input_check(in, e)) return INC_EINVAL;
    if (sebo_municipality_id(db, in->municipality, &c->mun_id, e)) return INC_EINVAL;
    memset(&c->rule, 0, sizeof c->rule);
    c->rule.procedure = in->procedure;
    c->rule.category = in->category;
    c->rule.value_cents = in->estimated_cents;
    c->rule.has_reason = in->reason[0] != 0;
    for (int i = 0; i < in->invited_count; i++) {
        char field[32];
        snprintf(field, sizeof field, "invited[%d]", i);
        int64_t org_mun = 0;
        if (sebo_org_by_kvk(db, in->invited[i], field, &c->org_id[i], &org_mun, e)) return INC_EINVAL;
        bool holder = false;
        if (sebo_org_holds_on(db, c->org_id[i], in->date, &holder, e)) return INC_EIO;
        c->rule.invited[i] = sebo_classify(org_mun == c->mun_id, holder);
        c->rule.invited_holder[i] = holder;
        c->rule.invited_count++;
    }
    if (sebo_local_holders_count(db, c->mun_id, in->category, in->date, &c->rule.local_holders_available, e))
        return INC_EIO;
    sebo_thresholds t;
    sebo_thresholds_load(db, &t);
    return sebo_rule_check(&t, &c->rule, r, e);
}

static json_t *result_json(const sebo_rule_result *r, int available)
{
    return json_pack("{s:s, s:s, s:s, s:i, s:b, s:b, s:b, s:s}", "outcome", sebo_rule_outcome_code(r->outcome),
                     "expected", sebo_class_code(r->expected), "best_invited", sebo_class_code(r->best_invited),
                     "local_holders_available", available, "sebo_invited", r->sebo_invited, "aim_applies",
                     r->aim_applies, "aim_met", r->aim_met, "explanation", r->explanation);
}

inc_status procurement_check(inc_db *db, const sebo_proc_input *in, sebo_rule_result *result, json_t **invited,
                             inc_error *e)
{
    classified c;
    sebo_rule_result r;
    if (classify_all(db, in, &c, &r, e)) return e ? e->status : INC_EINVAL;
    if (result) *result = r;
    if (invited) {
        json_t *arr = json_array();
        for (int i = 0; i < in->invited_count; i++)
            json_array_append_new(arr, json_pack("{s:s, s:s, s:b}", "kvk", in->invited[i], "class",
                                                 sebo_class_code(c.rule.invited[i]), "holder", c.rule.invited_holder[i]));
        json_t *res = result_json(&r, c.rule.local_holders_available);
        json_object_set_new(res, "invited", arr);
        *invited = res;
    }
    return INC_OK;
}

static inc_status log_tx(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result, inc_error *e)
{
    classified c;
    sebo_rule_result r;
    if (classify_all(db, in, &c, &r, e)) return e ? e->status : INC_EINVAL;
    int winner_idx = -1;
    for (int i = 0; i < in->invited_count; i++)
        if (in->winner[0] && strcmp(in->invited[i], in->winner) == 0) winner_idx = i;
    int64_t awarded = sebo_proc_awarded_cents(in);
    char d[11];
    date_format_iso(in->date, d);
    inc_stmt *st;
    if (db_prepare(db,
                   "INSERT INTO procurements(municipality_id, department, reference, subject, category, estimated_cents,"
                   " procedure, procurement_date, winner_id, awarded_cents, deviation_reason, rule_outcome,"
                   " expected_class, local_holders_available, sebo_invited, aim_applies, aim_met, explanation, logged_by)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    int k = 1;
    db_bind_int64(st, k++, c.mun_id);
    db_bind_text(st, k++, in->department, -1, DB_COPY);
    db_bind_text_or_null(st, k++, in->reference);
    db_bind_text(st, k++, in->subject, -1, DB_COPY);
    db_bind_text(st, k++, category_code(in->category), -1, DB_STATIC);
    db_bind_int64(st, k++, in->estimated_cents);
    db_bind_text(st, k++, procedure_code(in->procedure), -1, DB_STATIC);
    db_bind_text(st, k++, d, -1, DB_COPY);
    if (winner_idx >= 0) db_bind_int64(st, k++, c.org_id[winner_idx]);
    else db_bind_null(st, k++);
    if (awarded >= 0) db_bind_int64(st, k++, awarded);
    else db_bind_null(st, k++);
    db_bind_text_or_null(st, k++, in->reason);
    db_bind_text(st, k++, sebo_rule_outcome_code(r.outcome), -1, DB_STATIC);
    db_bind_text(st, k++, sebo_class_code(r.expected), -1, DB_STATIC);
    db_bind_int(st, k++, c.rule.local_holders_available);
    db_bind_int(st, k++, r.sebo_invited);
    db_bind_int(st, k++, r.aim_applies);
    db_bind_int(st, k++, r.aim_met);
    db_bind_text(st, k++, r.explanation, -1, DB_COPY);
    db_bind_text(st, k++, db_actor(db), -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc == DB_CONSTRAINT)
        return inc_fail(e, INC_ECONFLICT, "reference", "kenmerk '%s' is al gebruikt in %s", in->reference,
                        in->municipality);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    if (db_prepare(db,
                   "INSERT INTO procurement_invitations(procurement_id, organisation_id, class, is_local, is_holder,"
                   " quoted, quote_cents) VALUES (?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    for (int i = 0; i < in->invited_count; i++) {
        int q = -1;
        for (int j = 0; j < in->quote_count; j++)
            if (strcmp(in->quote_kvk[j], in->invited[i]) == 0) q = j;
        db_reset(st);
        db_bind_int64(st, 1, *id);
        db_bind_int64(st, 2, c.org_id[i]);
        db_bind_text(st, 3, sebo_class_code(c.rule.invited[i]), -1, DB_STATIC);
        db_bind_int(st, 4, c.rule.invited[i] != SEBO_CLASS_OTHER);
        db_bind_int(st, 5, c.rule.invited_holder[i]);
        db_bind_int(st, 6, q >= 0);
        if (q >= 0 && in->quote_amount_set[q]) db_bind_int64(st, 7, in->quote_cents[q]);
        else db_bind_null(st, 7);
        if (db_step_rc(st) != DB_DONE) {
            db_finalize(st);
            return db_fail(db, e);
        }
    }
    db_finalize(st);
    json_t *detail = json_pack("{s:s, s:s, s:s, s:i, s:s}", "municipality", in->municipality, "department",
                               in->department, "procedure", procedure_code(in->procedure), "invited",
                               in->invited_count, "rule", sebo_rule_outcome_code(r.outcome));
    char *s = json_dump_fixed(detail, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(detail);
    inc_status as = audit_write(db, "create", "procurement", *id, s, e);
    free(s);
    if (as) return as;
    if (result) *result = r;
    return INC_OK;
}

inc_status procurement_log(inc_db *db, const sebo_proc_input *in, int64_t *id, sebo_rule_result *result, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    return sebo_tx_end(db, own, log_tx(db, in, id, result, e), e);
}

static json_t *text_or_null(inc_stmt *st, int col)
{
    return db_col_is_null(st, col) ? json_null()
                                                       : json_string(db_col_text(st, col));
}

#define PROC_COLS                                                                                               \
    "SELECT p.id, m.code, p.department, p.reference, p.subject, p.category, p.estimated_cents, p.procedure,"    \
    " p.procurement_date, wo.kvk, wo.name, p.awarded_cents, p.deviation_reason, p.rule_outcome,"               \
    " p.expected_class, p.local_holders_available, p.sebo_invited, p.aim_applies, p.aim_met, p.explanation,"   \
    " p.logged_by, (SELECT class FROM procurement_invitations wi WHERE wi.procurement_id = p.id"                 \
    "   AND wi.organisation_id = p.winner_id), (SELECT is_holder FROM procurement_invitations wi"               \
    "   WHERE wi.procurement_id = p.id AND wi.organisation_id = p.winner_id)"                                    \
    " FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"                                     \
    " LEFT JOIN organisations wo ON wo.id = p.winner_id"

static json_t *proc_row(inc_stmt *st)
{
    json_t *p = json_object();
    json_object_set_new(p, "id", json_integer(db_col_int64(st, 0)));
    json_object_set_new(p, "municipality", json_string(db_col_text(st, 1)));
    json_object_set_new(p, "department", json_string(db_col_text(st, 2)));
    json_object_set_new(p, "reference", text_or_null(st, 3));
    json_object_set_new(p, "subject", json_string(db_col_text(st, 4)));
    json_object_set_new(p, "category", json_string(db_col_text(st, 5)));
    json_object_set_new(p, "estimated_value", json_money(db_col_int64(st, 6)));
    json_object_set_new(p, "procedure", json_string(db_col_text(st, 7)));
    json_object_set_new(p, "date", json_string(db_col_text(st, 8)));
    if (!db_col_is_null(st, 9)) {
        json_object_set_new(p, "winner", json_pack("{s:s, s:s, s:o, s:b}", "kvk", db_col_text(st, 9), "name",
                                                   db_col_text(st, 10), "class", text_or_null(st, 21),
                                                   "holder", db_col_int(st, 22)));
        json_object_set_new(p, "awarded_value", db_col_is_null(st, 11)
                                                    ? json_null() : json_money(db_col_int64(st, 11)));
    } else {
        json_object_set_new(p, "winner", json_null());
        json_object_set_new(p, "awarded_value", json_null());
    }
    json_object_set_new(p, "deviation_reason", text_or_null(st, 12));
    const char *outcome = db_col_text(st, 13);
    json_object_set_new(p, "rule", json_pack("{s:s, s:s, s:i, s:b, s:b, s:b, s:s}", "outcome", outcome, "expected",
                                             db_col_text(st, 14), "local_holders_available",
                                             db_col_int(st, 15), "sebo_invited", db_col_int(st, 16),
                                             "aim_applies", db_col_int(st, 17), "aim_met",
                                             db_col_int(st, 18), "explanation", db_col_text(st, 19)));
    json_object_set_new(p, "flagged", json_boolean(strcmp(outcome, "gemarkeerd") == 0));
    json_object_set_new(p, "logged_by", json_string(db_col_text(st, 20)));
    return p;
}

static inc_status add_invitations(inc_db *db, int64_t id, json_t *p, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT o.kvk, o.name, i.class, i.is_holder, i.quoted, i.quote_cents FROM procurement_invitations i"
                   " JOIN organisations o ON o.id = i.organisation_id WHERE i.procurement_id = ? ORDER BY i.id",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:b, s:b, s:o}", "kvk", db_col_text(st, 0),
                                             "name", db_col_text(st, 1), "class", db_col_text(st, 2),
                                             "holder", db_col_int(st, 3), "quoted", db_col_int(st, 4),
                                             "quote", db_col_is_null(st, 5)
                                                          ? json_null() : json_money(db_col_int64(st, 5))));
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    json_object_set_new(p, "invited", arr);
    return INC_OK;
}

inc_status procurement_list_json(inc_db *db, const procurement_filter *f, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   PROC_COLS " WHERE (?1 IS NULL OR m.code = ?1) AND (?2 = 0 OR substr(p.procurement_date,1,4) = ?5)"
                             " AND (?3 IS NULL OR p.department = ?3) AND (?4 = 0 OR p.rule_outcome = 'gemarkeerd')"
                             " ORDER BY p.procurement_date DESC, p.id DESC",
                   &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, f ? f->municipality : NULL);
    db_bind_int(st, 2, f ? f->year : 0);
    db_bind_text_or_null(st, 3, f ? f->department : NULL);
    db_bind_int(st, 4, f && f->flagged_only);
    char year[8];
    snprintf(year, sizeof year, "%04u", (unsigned)(f ? f->year : 0) % 10000u);
    db_bind_text(st, 5, year, -1, DB_COPY);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        json_t *p = proc_row(st);
        if (add_invitations(db, db_col_int64(st, 0), p, e)) {
            json_decref(p);
            json_decref(arr);
            db_finalize(st);
            return INC_EIO;
        }
        json_array_append_new(arr, p);
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

inc_status procurement_show_json(inc_db *db, int64_t id, json_t **out, inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, PROC_COLS " WHERE p.id = ?", &st, e)) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rs = db_step(db, st, e);
    if (rs != DB_ROW) {
        db_finalize(st);
        if (rs == DB_ERR) return INC_EIO;
        return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    }
    json_t *p = proc_row(st);
    db_finalize(st);
    if (add_invitations(db, id, p, e)) { json_decref(p); return INC_EIO; }
    *out = p;
    return INC_OK;
}

inc_status procurement_municipality(inc_db *db, int64_t id, char code[48], inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, "SELECT m.code FROM procurements p JOIN municipalities m ON m.id = p.municipality_id"
                       " WHERE p.id = ?", &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) db_column_text(st, 0, code, 48);
    db_finalize(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "id", "inkoop %lld bestaat niet", (long long)id);
    return INC_OK;
}

inc_status procurement_companies_json(inc_db *db, const char *municipality, inc_category category, inc_date day,
                                      json_t **out, inc_error *e)
{
    int64_t mun_id;
    if (sebo_municipality_id(db, municipality, &mun_id, e)) return INC_EINVAL;
    static const char *const does[CAT__COUNT] = {"h.does_werken", "h.does_diensten", "h.does_leveringen"};
    char sql[512];
    snprintf(sql, sizeof sql,
             "SELECT o.id, o.kvk, o.name, o.municipality_id = ?, COALESCE(%s, 0) FROM organisations o"
             " LEFT JOIN sebo_holders h ON h.organisation_id = o.id ORDER BY lower(o.name)",
             does[(unsigned)category < CAT__COUNT ? category : 0]);
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    db_bind_int64(st, 1, mun_id);
    json_t *arr = json_array();
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        bool holder = false;
        if (sebo_org_holds_on(db, db_col_int64(st, 0), day, &holder, e)) {
            json_decref(arr);
            db_finalize(st);
            return INC_EIO;
        }
        sebo_class c = sebo_classify(db_col_int(st, 3), holder);
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:b, s:b}", "kvk", db_col_text(st, 1), "name",
                                             db_col_text(st, 2), "class", sebo_class_code(c), "holder", holder,
                                             "does_category", db_col_int(st, 4)));
    }
    db_finalize(st);
    if (rc == DB_ERR) { json_decref(arr); return INC_EIO; }
    *out = arr;
    return INC_OK;
}

static inc_status company_tx(inc_db *db, const char *kvk, const char *name, const char *established, bool *created,
                             inc_error *e)
{
    if (kvk_check(kvk, "kvk", e) != INC_OK) return INC_EINVAL;
    int64_t est = 0;
    if (established && established[0] && sebo_municipality_id(db, established, &est, e)) {
        if (e) snprintf(e->field, sizeof e->field, "established");
        return INC_EINVAL;
    }
    int64_t org_id = 0;
    inc_error tmp = {0};
    *created = sebo_org_by_kvk(db, kvk, "kvk", &org_id, NULL, &tmp) != INC_OK;
    inc_stmt *st;
    if (*created) {
        if (!name || !name[0]) return inc_fail(e, INC_EINVAL, "name", "geef de naam van de onderneming op");
        if (db_prepare(db, "INSERT INTO organisations(kvk, name, municipality_id) VALUES (?,?,?)", &st, e)) return INC_EIO;
        db_bind_text(st, 1, kvk, -1, DB_COPY);
        db_bind_text(st, 2, name, -1, DB_COPY);
    } else {
        if (db_prepare(db, "UPDATE organisations SET municipality_id = COALESCE(?3, municipality_id), name = COALESCE(?2, name) WHERE kvk = ?1",
                       &st, e))
            return INC_EIO;
        db_bind_text(st, 1, kvk, -1, DB_COPY);
        db_bind_text_or_null(st, 2, name);
    }
    if (est) db_bind_int64(st, 3, est);
    else db_bind_null(st, 3);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (*created) org_id = db_last_id(db);
    json_t *d = json_pack("{s:s, s:s}", "kvk", kvk, "established", established && established[0] ? established : "");
    char *s = json_dump_fixed(d, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(d);
    inc_status as = audit_write(db, *created ? "create" : "update", "organisation", org_id, s, e);
    free(s);
    return as;
}

inc_status procurement_company_add(inc_db *db, const char *kvk, const char *name, const char *established,
                                   bool *created, inc_error *e)
{
    bool own;
    if (sebo_tx_begin(db, &own, e)) return INC_EIO;
    return sebo_tx_end(db, own, company_tx(db, kvk, name, established, created, e), e);
}
