/* The import and listing of UWV's regional banenafspraak figures (app/banen_uwv.h). */
#include "app/banen_uwv.h"
#include "app/audit_json.h"
#include "core/json_fixed.h"
#include "store/banen_store.h"
#include "store/banen_uwv.h"
#include <stdlib.h>
#include <string.h>

static const char *const columns[] = {"arbeidsmarktregio", "sector", "peildatum", "extra_banen", NULL};

typedef struct {
    inc_db *db;
    const char *name;
    uwv_import_result *res;
    uwv_figure *seen;   /* the file's figures so far, to refuse a quarter given twice */
    size_t n_seen, cap_seen;
} import_state;

static void note_skipped(uwv_import_result *r, const char *region)
{
    r->skipped_rows++;
    for (size_t i = 0; i < r->n_skipped; i++)
        if (strcmp(r->skipped[i].region, region) == 0) {
            r->skipped[i].rows++;
            return;
        }
    if (r->n_skipped == UWV_SKIPPED_MAX) return;
    uwv_skipped *s = &r->skipped[r->n_skipped++];
    snprintf(s->region, sizeof s->region, "%s", region);
    s->rows = 1;
}

static bool seen_before(import_state *s, const uwv_figure *f)
{
    for (size_t i = 0; i < s->n_seen; i++)
        if (s->seen[i].peildatum == f->peildatum && strcmp(s->seen[i].region, f->region) == 0 &&
            strcmp(s->seen[i].sector, f->sector) == 0)
            return true;
    if (s->n_seen == s->cap_seen) {
        size_t cap = s->cap_seen ? s->cap_seen * 2 : 64;
        uwv_figure *p = realloc(s->seen, cap * sizeof *p);
        if (!p) return false;   /* out of memory: the database's unique key still holds */
        s->seen = p;
        s->cap_seen = cap;
    }
    s->seen[s->n_seen++] = *f;
    return false;
}

static int row_fn(void *user, const csv_row *row)
{
    import_state *s = user;
    const char *region = csv_row_get(row, "arbeidsmarktregio");
    inc_error e = {0};
    uwv_figure f;
    memset(&f, 0, sizeof f);
    if (!*region) {
        csv_row_error(row, "arbeidsmarktregio", "arbeidsmarktregio ontbreekt");
        return 0;
    }
    /* Every column is checked, also of a region that will be left out: a bad file is refused whole. */
    bool bad = false;
    if (uwv_sector_parse(csv_row_get(row, "sector"), f.sector, "sector", &e)) {
        csv_row_error_from(row, &e);
        bad = true;
    }
    e = (inc_error){0};
    if (uwv_peildatum_parse(csv_row_get(row, "peildatum"), &f.peildatum, "peildatum", &e)) {
        csv_row_error_from(row, &e);
        bad = true;
    }
    e = (inc_error){0};
    if (uwv_banen_parse(csv_row_get(row, "extra_banen"), &f.extra_centi, "extra_banen", &e)) {
        csv_row_error_from(row, &e);
        bad = true;
    }
    if (bad) return 0;
    bool known;
    e = (inc_error){0};
    if (uwv_region_resolve(s->db, region, f.region, &known, &e)) return csv_row_abort(row, &e);
    if (!known) {
        note_skipped(s->res, region);
        return 0;
    }
    if (seen_before(s, &f)) {
        char d[11];
        date_format_nl(f.peildatum, d);
        csv_row_error(row, "", "regio %s, sector %s, peildatum %s staat al eerder in het bestand", f.region, f.sector, d);
        return 0;
    }
    bool replaced;
    if (uwv_figure_put(s->db, &f, s->name, &replaced, &e)) return csv_row_abort(row, &e);
    if (replaced) s->res->replaced++;
    else s->res->stored++;
    return 0;
}

/* A spreadsheet saved as CSV by Dutch Excel separates with semicolons. */
static char sniff_separator(FILE *in)
{
    char line[4096];
    long at = ftell(in);
    if (at < 0 || !fgets(line, sizeof line, in)) return ',';
    fseek(in, at, SEEK_SET);
    int semi = 0, comma = 0;
    for (char *p = line; *p && *p != '\n'; p++) {
        semi += *p == ';';
        comma += *p == ',';
    }
    return semi > comma ? ';' : ',';
}

inc_status app_banen_uwv_import(inc_db *db, FILE *in, const char *name, uwv_import_result *res, csv_errors *errs,
                                inc_error *e)
{
    memset(res, 0, sizeof *res);
    csv_schema schema = {.columns = columns, .required = columns, .separator = sniff_separator(in)};
    import_state s = {.db = db, .name = name, .res = res};
    if (db_begin(db, e)) return INC_EIO;
    inc_status st = csv_read_stream(in, name, &schema, row_fn, &s, errs, e);
    free(s.seen);
    if (st == INC_OK && errs->total == 0) {
        json_t *d = json_pack("{s:s, s:I, s:I, s:I}", "file", name, "stored", (json_int_t)res->stored, "replaced",
                              (json_int_t)res->replaced, "skipped_rows", (json_int_t)res->skipped_rows);
        st = app_audit_json(db, "import", "uwv_banen_figures", 0, d, e);
    }
    if (st == INC_OK && errs->total == 0) st = db_commit(db, e);
    if (st != INC_OK || errs->total > 0) {
        db_rollback(db);
        long skipped = res->skipped_rows;
        memset(res, 0, sizeof *res);
        res->skipped_rows = skipped;
        return st;
    }
    return INC_OK;
}

inc_status app_banen_uwv_list(inc_db *db, const char *region, uwv_figure **out, size_t *n, inc_error *e)
{
    if (region && !banen_region_known(db, region))
        return inc_fail(e, INC_ENOTFOUND, "region", "onbekende arbeidsmarktregio '%s'", region);
    return uwv_figures_load(db, region, out, n, e);
}

json_t *uwv_import_result_json(const char *name, const uwv_import_result *r)
{
    json_t *sk = json_array();
    for (size_t i = 0; i < r->n_skipped; i++)
        json_array_append_new(sk, json_pack("{s:s, s:I, s:s}", "region", r->skipped[i].region, "rows",
                                            (json_int_t)r->skipped[i].rows, "reason",
                                            "arbeidsmarktregio niet bekend in inclusio"));
    return json_pack("{s:s, s:I, s:I, s:I, s:o}", "file", name, "stored", (json_int_t)r->stored, "replaced",
                     (json_int_t)r->replaced, "skipped_rows", (json_int_t)r->skipped_rows, "skipped", sk);
}

json_t *uwv_figures_json(const uwv_figure *f, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        char d[11];
        date_format_iso(f[i].peildatum, d);
        json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:o}", "region", f[i].region, "sector", f[i].sector,
                                           "peildatum", d, "extra_banen", json_fixed(f[i].extra_centi, 2)));
    }
    return a;
}
