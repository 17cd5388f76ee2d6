/* `inclusio import ocds FILE.json` and the upload for inkoop and beheer (issue 16): TenderNed's OCDS
 * release and record packages read streaming (core/ocds.h) into the procurement log's OCDS part, each
 * award that carries social return by the policy in force becoming a draft contract whose obligation
 * is provisional until the SR-team enters the labour-cost share (app/procurement_award.h).
 * All in one transaction: a malformed file is refused whole (nothing written); idempotent by ocid,
 * award id and release id (the same file twice changes nothing; a newer release updates). Mapping
 * and configuration: docs/import-export.md ("OCDS"). */
#ifndef INC_APP_OCDS_IMPORT_H
#define INC_APP_OCDS_IMPORT_H
#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "app/app.h"

#define OCDS_SKIPS_LISTED 200   /* skipped releases/awards listed one by one; the rest are counted */

typedef struct {
    long line;
    char ocid[96];
    char release_id[128];
    char reason[240];
} ocds_skip;

typedef struct {
    long releases;
    long awards_new, awards_updated, awards_unchanged, awards_older;
    long contracts_drafted, contracts_kept;   /* kept: a confirmed contract a newer release does not touch */
    long skipped;                             /* releases or awards skipped, each with its reason */
    int listed;
    ocds_skip skips[OCDS_SKIPS_LISTED];
    bool record_package;
} ocds_import_result;

typedef void (*ocds_progress_fn)(void *ctx, long releases, uint64_t bytes);

typedef struct {
    const char *const *municipalities;  /* the caller's scope, NULL-terminated; NULL: all */
    bool dry_run;                       /* read and check everything, then roll back */
    ocds_progress_fn progress;          /* called every 1,000 releases and at the end; may be NULL */
    void *progress_ctx;
} ocds_import_options;

/* Reads the package from `in`. INC_EINVAL: malformed ("regel L: reden"), nothing written. The
 * result is the caller's (large: allocate it). */
inc_status app_ocds_import(inc_db *db, FILE *in, const ocds_import_options *o, ocds_import_result *out, inc_error *e);
/* {releases, new, updated, unchanged, older, drafted, kept, skipped, record_package, skips:[{line,
 *  ocid, release_id, reason}], skips_not_listed} */
json_t *app_ocds_result_json(const ocds_import_result *r, bool dry_run);

/* Configures a buyer as a municipality: by name, or by identifier ("NL-KVK-27377515", or a party id). */
inc_status app_ocds_buyer_add(inc_db *db, const char *municipality, bool by_id, const char *value, inc_error *e);

#endif
