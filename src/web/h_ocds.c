/* POST /api/v1/procurements/ocds: the OCDS import (app/ocds_import.h) as an upload for inkoop and
 * beheer. The body is the package itself (Content-Type: application/json), spooled to a temporary
 * file by the server and read streaming; releases of municipalities outside the caller's scope are
 * skipped as unknown buyers. ?dry_run=true checks and rolls back. */
#include "app/ocds_import.h"
#include "web/authz_sebo.h"
#include "web/router.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int h_procurements_ocds(web_req *req)
{
    bool inkoop = authz_sebo_role(&req->user, SACT_PROCUREMENT_LOG) == AUTHZ_ALLOW;
    bool beheer = req->user.role == ROLE_BEHEER && !req->user.disabled;
    if (!inkoop && !beheer) return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    const char *ct = web_header(req, "Content-Type");
    if (!ct || strncasecmp(ct, "application/json", 16) != 0)
        return web_problem(req, 415, NULL, "het bestand moet JSON zijn (Content-Type: application/json)");
    if (!req->upload) return web_problem(req, 422, "file", "het bestand is leeg");
    const char *dr = web_query(req, "dryRun");
    if (dr && strcmp(dr, "true") && strcmp(dr, "false")) return web_problem(req, 400, "dryRun", "dryRun moet true of false zijn");
    /* the caller's scope: beheer every municipality, inkoop its own */
    const char *scope[USER_MAX_MUNICIPALITIES + 1];
    int n = 0;
    if (!beheer)
        for (int i = 0; i < req->user.n_municipalities; i++) scope[n++] = req->user.municipalities[i];
    scope[n] = NULL;
    ocds_import_options o = {.municipalities = beheer ? NULL : scope, .dry_run = dr && strcmp(dr, "true") == 0};
    ocds_import_result *r = calloc(1, sizeof *r);
    if (!r) return web_problem(req, 500, NULL, "onvoldoende geheugen");
    inc_error e = {0};
    inc_status s = app_ocds_import(req->db, req->upload, &o, r, &e);
    if (s != INC_OK) {
        free(r);
        if (s == INC_EINVAL)
            return web_problem(req, 422, "file", "import geweigerd: %s; er is niets opgeslagen", e.message);
        return web_fail(req, &e);
    }
    json_t *out = app_ocds_result_json(r, o.dry_run);
    free(r);
    return web_json(req, 200, out);
}
