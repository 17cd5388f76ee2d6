/* UWV's regional banenafspraak figures: the import of the published trend-report table (CSV, all or
 * nothing) and the figures per region, shared by `inclusio banen uwv` and the API
 * (/api/v1/banen/uwv-figures). The comparison with the regional targets is in app/banen_report.c. */
#ifndef INC_APP_BANEN_UWV_H
#define INC_APP_BANEN_UWV_H
#include <jansson.h>
#include <stdio.h>
#include "app/app.h"
#include "core/banen_uwv.h"
#include "io/csv_reader.h"

#define UWV_SKIPPED_MAX 64

/* Rows of a region inclusio does not know (not a region of its municipalities nor a name in
 * region_names): a national table holds every region; they are left out and listed, not refused. */
typedef struct {
    char region[64];
    long rows;
} uwv_skipped;

typedef struct {
    long stored;      /* new figures */
    long replaced;    /* figures of a quarter already imported, now replaced by the file's */
    long skipped_rows;
    uwv_skipped skipped[UWV_SKIPPED_MAX];
    size_t n_skipped; /* regions listed (the first UWV_SKIPPED_MAX) */
} uwv_import_result;

/* Reads the table from `in` (columns arbeidsmarktregio, sector, peildatum, extra_banen; comma or
 * semicolon separated) and stores every figure of a known region in one transaction with one audit
 * entry. Returns INC_OK with errs->total == 0 when stored; INC_OK with errs->total > 0 when rows were
 * bad (every bad row listed, nothing stored); or an I/O or database status (nothing stored). */
inc_status app_banen_uwv_import(inc_db *db, FILE *in, const char *name, uwv_import_result *res, csv_errors *errs,
                                inc_error *e);

/* The imported figures of a region (NULL: every region); INC_ENOTFOUND for an unknown region. */
inc_status app_banen_uwv_list(inc_db *db, const char *region, uwv_figure **out, size_t *n, inc_error *e);

json_t *uwv_import_result_json(const char *name, const uwv_import_result *r);
json_t *uwv_figures_json(const uwv_figure *f, size_t n);

#endif
