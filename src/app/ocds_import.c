#include "app/ocds_import.h"
#include "app/audit_json.h"
#include "app/procurement_award.h"
#include "app/register_contract.h"
#include "core/obligation.h"
#include "core/ocds.h"
#include "core/utf8.h"
#include "store/municipality.h"
#include "store/ocds_store.h"
#include "store/policy_store.h"
#include "store/register.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define POLICY_CACHE 16

typedef struct {
    int64_t municipality_id;
    int n;
    inc_policy ps[MAX_POLICIES];
} policy_cache;

typedef struct {
    inc_db *db;
    const ocds_import_options *o;
    ocds_import_result *out;
    inc_error *e;
    ocds_municipality mun[OCDS_MAX_MUNICIPALITIES];
    int nm;
    ocds_buyer_alias al[OCDS_MAX_ALIASES];
    int na;
    policy_cache cache[POLICY_CACHE];
    int ncache;
    uint64_t bytes;
    ocds_award_row rows[OCDS_MAX_AWARDS];
} import_ctx;

static void lower(char *dst, size_t size, const char *s)
{
    size_t i = 0;
    for (; s && s[i] && i + 1 < size; i++) dst[i] = (char)tolower((unsigned char)s[i]);
    dst[i] = '\0';
    /* trim */
    while (i > 0 && isspace((unsigned char)dst[i - 1])) dst[--i] = '\0';
}

static void skip(import_ctx *c, const ocds_release *r, const char *reason)
{
    c->out->skipped++;
    if (c->out->listed >= OCDS_SKIPS_LISTED) return;
    ocds_skip *s = &c->out->skips[c->out->listed++];
    s->line = r->line;
    snprintf(s->ocid, sizeof s->ocid, "%s", r->ocid);
    snprintf(s->release_id, sizeof s->release_id, "%s", r->id);
    snprintf(s->reason, sizeof s->reason, "%s", reason);
    utf8_scrub(s->reason);
}

static bool in_scope(const import_ctx *c, const ocds_municipality *m)
{
    if (!c->o->municipalities) return true;
    for (const char *const *p = c->o->municipalities; *p; p++)
        if (strcmp(*p, m->code) == 0) return true;
    return false;
}

static const ocds_municipality *mun_by_id(const import_ctx *c, int64_t id)
{
    for (int i = 0; i < c->nm; i++)
        if (c->mun[i].id == id) return &c->mun[i];
    return NULL;
}

static const ocds_municipality *alias_match(const import_ctx *c, bool by_id, const char *value)
{
    char v[160];
    lower(v, sizeof v, value);
    if (!v[0]) return NULL;
    for (int i = 0; i < c->na; i++)
        if (c->al[i].by_id == by_id && strcmp(c->al[i].value, v) == 0) return mun_by_id(c, c->al[i].municipality_id);
    return NULL;
}

/* The buyer's municipality: a configured identifier or party id, a configured name, else a name that
 * is "Gemeente <name>" or "<name>" of a municipality. */
static const ocds_municipality *buyer_municipality(const import_ctx *c, const ocds_release *r, const char **name)
{
    const ocds_party *bp = ocds_find_party(r, r->buyer_id);
    if (!bp)
        for (int i = 0; i < r->n_parties && !bp; i++)
            if (r->parties[i].buyer) bp = &r->parties[i];
    *name = r->buyer_name[0] ? r->buyer_name : bp ? bp->name : "";
    const ocds_municipality *m = NULL;
    if (bp) {
        for (int i = 0; i < bp->n_ids && !m; i++) {
            char v[100];
            snprintf(v, sizeof v, "%s-%s", bp->ids[i].scheme, bp->ids[i].id);
            if (bp->ids[i].id[0]) m = alias_match(c, true, v);
        }
        if (!m) m = alias_match(c, true, bp->id);
    }
    if (!m && r->buyer_id[0]) m = alias_match(c, true, r->buyer_id);
    if (!m) m = alias_match(c, false, *name);
    if (!m && bp && bp->name[0]) m = alias_match(c, false, bp->name);
    if (!m) {
        char n[160];
        lower(n, sizeof n, *name);
        const char *bare = strncmp(n, "gemeente ", 9) == 0 ? n + 9 : n;
        for (int i = 0; i < c->nm && !m && *bare; i++) {
            char mn[96];
            lower(mn, sizeof mn, c->mun[i].name);
            if (strcmp(bare, mn) == 0) m = &c->mun[i];
        }
    }
    return m;
}

static inc_status policies_of(import_ctx *c, int64_t mid, const policy_cache **out)
{
    for (int i = 0; i < c->ncache; i++)
        if (c->cache[i].municipality_id == mid) { *out = &c->cache[i]; return INC_OK; }
    policy_cache *pc = &c->cache[c->ncache < POLICY_CACHE ? c->ncache++ : POLICY_CACHE - 1];
    int64_t ids[MAX_POLICIES];
    pc->municipality_id = mid;
    if (policies_load(c->db, mid, pc->ps, ids, MAX_POLICIES, &pc->n, c->e) != INC_OK) return c->e->status;
    *out = pc;
    return INC_OK;
}

/* Whether the policy in force gives the award social return (the labour share unknown: the standard
 * percentage, as the provisional draft has it). */
static inc_status sr_applies(import_ctx *c, int64_t mid, const ocds_award_row *w, bool *applies)
{
    const policy_cache *pc = NULL;
    if (policies_of(c, mid, &pc) != INC_OK) return c->e->status;
    *applies = false;
    if (!policy_in_force(pc->ps, pc->n, w->award_date)) return INC_OK;
    inc_obligation_input in = {.category = w->category, .procedure = w->procedure, .value_cents = w->value_cents,
                               .labour_share_bp = 10000, .award_date = w->award_date};
    inc_obligation ob;
    inc_error scratch = {0};
    if (obligation_compute(pc->ps, pc->n, &in, &ob, &scratch) != INC_OK) return INC_OK;
    *applies = ob.applies;
    return INC_OK;
}

static void contract_input_of(const ocds_release *r, const ocds_award_row *w, int nrows, const ocds_municipality *m,
                              inc_contract_input *in)
{
    memset(in, 0, sizeof *in);
    snprintf(in->municipality, sizeof in->municipality, "%s", m->code);
    snprintf(in->department, sizeof in->department, "Onbekend (TenderNed)");
    char ref[200];
    if (nrows == 1) snprintf(ref, sizeof ref, "%s", r->ocid);
    else snprintf(ref, sizeof ref, "%s/%s", r->ocid, w->award_id);
    size_t len = strlen(ref);   /* a longer reference is cut (ocids are short: "ocds-xxxxxx-" and a number) */
    if (len >= sizeof in->reference) len = sizeof in->reference - 1;
    memcpy(in->reference, ref, len);
    in->reference[len] = '\0';
    utf8_scrub(in->reference);
    snprintf(in->title, sizeof in->title, "%s", r->title[0] ? r->title : r->ocid);
    in->category = w->category;
    in->procedure = w->procedure;
    in->value_cents = w->value_cents;
    in->labour_share_bp = 10000;
    in->award_date = w->award_date;
    in->start_date = w->start_date != INC_DATE_NONE ? w->start_date : w->award_date;
    in->end_date = w->end_date != INC_DATE_NONE ? w->end_date : date_add_months(in->start_date, 12) - 1;
    if (in->end_date < in->start_date) in->end_date = in->start_date;
    snprintf(in->contractor_kvk, sizeof in->contractor_kvk, "%s", w->supplier_kvk);
    snprintf(in->contractor_name, sizeof in->contractor_name, "%s", w->supplier_name);
    snprintf(in->cpv, sizeof in->cpv, "%s", r->cpv);
}

/* The draft contract of an award (none when the reference is in the register already: listed). */
static inc_status draft(import_ctx *c, const ocds_release *r, const ocds_award_row *w, int nrows,
                        const ocds_municipality *m, int64_t log_id)
{
    inc_contract_input in;
    contract_input_of(r, w, nrows, m, &in);
    int64_t existing = 0;
    inc_error scratch = {0};
    inc_status s = app_contract_find(c->db, in.municipality, in.reference, &existing, &scratch);
    if (s == INC_OK) {
        char why[240];
        snprintf(why, sizeof why, "gunning %s: kenmerk '%s' staat al in het register; geen concept gemaakt", w->award_id,
                 in.reference);
        skip(c, r, why);
        return INC_OK;
    }
    if (s != INC_ENOTFOUND) return inc_fail(c->e, scratch.status, scratch.field, "%s", scratch.message);
    int64_t cid;
    if (app_award_draft_create(c->db, &in, true, 0, &cid, c->e) != INC_OK) return c->e->status;
    c->out->contracts_drafted++;
    return ocds_award_set_contract(c->db, log_id, cid, c->e);
}

static inc_status one_award(import_ctx *c, const ocds_release *r, const ocds_award_row *w, int nrows,
                            const ocds_municipality *m, const char *buyer_name)
{
    ocds_award_stored old;
    bool found;
    if (ocds_award_find(c->db, r->ocid, w->award_id, &old, &found, c->e) != INC_OK) return c->e->status;
    if (found && strcmp(old.release_id, r->id) == 0) { c->out->awards_unchanged++; return INC_OK; }
    if (found && strcmp(r->date, old.release_date) <= 0) { c->out->awards_older++; return INC_OK; }
    int64_t supplier;
    if (organisation_ensure(c->db, w->supplier_kvk, w->supplier_name, &supplier, c->e) != INC_OK) return c->e->status;
    bool applies;
    if (sr_applies(c, m->id, w, &applies) != INC_OK) return c->e->status;
    char ad[11], sd[11], ed[11];
    date_format_iso(w->award_date, ad);
    if (w->start_date != INC_DATE_NONE) date_format_iso(w->start_date, sd);
    if (w->end_date != INC_DATE_NONE) date_format_iso(w->end_date, ed);
    ocds_award_record rec = {m->id, r->ocid, w->award_id, r->id, r->date, buyer_name, r->title[0] ? r->title : r->ocid,
                             category_code(w->category), procedure_code(w->procedure), r->cpv, w->value_cents, ad,
                             w->start_date != INC_DATE_NONE ? sd : NULL, w->end_date != INC_DATE_NONE ? ed : NULL,
                             supplier, applies};
    int64_t log_id;
    if (ocds_award_write(c->db, found ? old.id : 0, &rec, &log_id, c->e) != INC_OK) return c->e->status;
    if (found) {
        c->out->awards_updated++;
        if (old.contract_id) {
            bool removed;
            if (ocds_draft_remove(c->db, old.contract_id, &removed, c->e) != INC_OK) return c->e->status;
            if (!removed) { c->out->contracts_kept++; return INC_OK; }
        }
    } else {
        c->out->awards_new++;
    }
    if (!applies) return INC_OK;
    return draft(c, r, w, nrows, m, log_id);
}

static bool on_release(void *ctx, const ocds_release *r)
{
    import_ctx *c = ctx;
    c->out->releases++;
    if (c->o->progress && c->out->releases % 1000 == 0) c->o->progress(c->o->progress_ctx, c->out->releases, c->bytes);
    char why[240], rs[160];
    int n = ocds_award_rows(r, c->rows, OCDS_MAX_AWARDS, rs);
    if (n == 0) { skip(c, r, rs); return true; }
    const char *buyer_name;
    const ocds_municipality *m = buyer_municipality(c, r, &buyer_name);
    if (!m || !in_scope(c, m)) {
        snprintf(why, sizeof why, "onbekende aanbesteder '%.120s'", buyer_name[0] ? buyer_name : r->buyer_id);
        skip(c, r, why);
        return true;
    }
    for (int i = 0; i < n; i++) {
        if (c->rows[i].skip[0]) { skip(c, r, c->rows[i].skip); continue; }
        if (one_award(c, r, &c->rows[i], n, m, buyer_name) != INC_OK) return false;
    }
    return true;
}

static inc_status run(import_ctx *c, FILE *in)
{
    if (ocds_buyers_load(c->db, c->mun, OCDS_MAX_MUNICIPALITIES, &c->nm, c->al, OCDS_MAX_ALIASES, &c->na, c->e))
        return c->e->status;
    ocds_parser *p = ocds_parser_new(on_release, c);
    if (!p) return inc_fail(c->e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    enum { CHUNK = 64 * 1024 };
    unsigned char *buf = malloc(CHUNK);
    inc_status s = buf ? INC_OK : inc_fail(c->e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    size_t got;
    while (s == INC_OK && (got = fread(buf, 1, CHUNK, in)) > 0) {
        c->bytes += got;
        s = ocds_parser_feed(p, buf, got, c->e);
    }
    if (s == INC_OK && ferror(in)) s = inc_fail(c->e, INC_EIO, "file", "het bestand kon niet worden gelezen");
    if (s == INC_OK) s = ocds_parser_finish(p, c->e);
    if (s == INC_EINTERNAL && c->e->status != INC_OK) s = c->e->status;   /* the callback's own error */
    c->out->record_package = ocds_parser_is_record_package(p);
    if (c->o->progress) c->o->progress(c->o->progress_ctx, c->out->releases, c->bytes);
    free(buf);
    ocds_parser_free(p);
    return s;
}

inc_status app_ocds_import(inc_db *db, FILE *in, const ocds_import_options *o, ocds_import_result *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    import_ctx *c = calloc(1, sizeof *c);
    if (!c) return inc_fail(e, INC_EINTERNAL, NULL, "onvoldoende geheugen");
    ocds_import_options none = {0};
    c->db = db;
    c->o = o ? o : &none;
    c->out = out;
    c->e = e;
    inc_status s = db_begin(db, e);
    if (s == INC_OK) {
        s = run(c, in);
        bool changed = out->awards_new || out->awards_updated;
        if (s == INC_OK && changed && !c->o->dry_run)
            s = app_audit_json(db, "import", "ocds", 0,
                               json_pack("{s:I, s:I, s:I, s:I, s:I}", "releases", (json_int_t)out->releases, "new",
                                         (json_int_t)out->awards_new, "updated", (json_int_t)out->awards_updated,
                                         "drafted", (json_int_t)out->contracts_drafted, "skipped",
                                         (json_int_t)out->skipped),
                               e);
        if (s == INC_OK && !c->o->dry_run) s = db_commit(db, e);
        else db_rollback(db);
    }
    free(c);
    return s;
}

json_t *app_ocds_result_json(const ocds_import_result *r, bool dry_run)
{
    json_t *skips = json_array();
    for (int i = 0; i < r->listed; i++)
        json_array_append_new(skips, json_pack("{s:I, s:s, s:s, s:s}", "line", (json_int_t)r->skips[i].line, "ocid",
                                               r->skips[i].ocid, "release_id", r->skips[i].release_id, "reason",
                                               r->skips[i].reason));
    return json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:b, s:b, s:o, s:I}", "releases", (json_int_t)r->releases,
                     "new", (json_int_t)r->awards_new, "updated", (json_int_t)r->awards_updated, "unchanged",
                     (json_int_t)r->awards_unchanged, "older", (json_int_t)r->awards_older, "drafted",
                     (json_int_t)r->contracts_drafted, "kept", (json_int_t)r->contracts_kept, "skipped",
                     (json_int_t)r->skipped, "record_package", r->record_package, "dry_run", dry_run, "skips", skips,
                     "skips_not_listed", (json_int_t)(r->skipped - r->listed));
}

inc_status app_ocds_buyer_add(inc_db *db, const char *municipality, bool by_id, const char *value, inc_error *e)
{
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e) != INC_OK) return e->status;
    char v[160];
    lower(v, sizeof v, value);
    if (!v[0]) return inc_fail(e, INC_EINVAL, by_id ? "identifier" : "name", "naam of kenmerk van de aanbesteder ontbreekt");
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_status s = ocds_buyer_insert(db, mid, by_id, v, e);
    if (s == INC_OK)
        s = app_audit_json(db, "create", "ocds_buyer", mid, json_pack("{s:s, s:s}", by_id ? "identifier" : "name", v,
                                                                       "municipality", municipality), e);
    return db_end(db, own, s, e);
}
