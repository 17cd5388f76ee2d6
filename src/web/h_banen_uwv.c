/* UWV's regional banenafspraak figures over the API: the imported figures of a region and the
 * import of the published table (app/banen_uwv.h). Reading: as the banenafspraak report (regions of
 * the caller's municipalities; beheer every region). Importing: beheer, who also sets the regional
 * targets the figures are measured against. */
#include "app/banen_uwv.h"
#include "app/region.h"
#include "core/role.h"
#include "web/authz_banen.h"
#include "web/body.h"
#include "web/guard.h"
#include "web/import_problem.h"
#include "web/router.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int h_banen_uwv_list(web_req *req)
{
    if (authz_banen_role(&req->user, BA_REPORT_READ) != AUTHZ_ALLOW)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    char region[64] = "";
    const char *r = web_query(req, "region");
    if (r) snprintf(region, sizeof region, "%s", r);
    else if (req->user.role != ROLE_BEHEER && req->user.n_municipalities > 0 &&
             app_region_of(req->db, req->user.municipalities[0], region, NULL) != INC_OK)
        region[0] = 0;
    if (req->user.role != ROLE_BEHEER &&
        (!region[0] || authz_banen(req->db, &req->user, BA_REPORT_READ, NULL, region) != AUTHZ_ALLOW))
        return web_problem(req, 404, "region", "niet gevonden");
    inc_error e = {0};
    uwv_figure *figs;
    size_t n;
    if (app_banen_uwv_list(req->db, region[0] ? region : NULL, &figs, &n, &e)) {
        if (e.status == INC_ENOTFOUND) return web_problem(req, 404, "region", "niet gevonden");
        return web_fail(req, &e);
    }
    json_t *a = uwv_figures_json(figs, n);
    free(figs);
    return web_json(req, 200, json_pack("{s:s?, s:o}", "region", region[0] ? region : NULL, "figures", a));
}

int h_banen_uwv_import(web_req *req)
{
    if (authz_banen_role(&req->user, BA_UWV_IMPORT) != AUTHZ_ALLOW)
        return web_problem(req, 403, NULL, "uw rol (%s) mag dit niet", role_code(req->user.role));
    const char *name;
    FILE *in = web_upload_csv(req, &name);
    if (!in) return req->status;
    csv_errors errs;
    csv_errors_init(&errs, 0);
    uwv_import_result res;
    inc_error e = {0};
    inc_status st = app_banen_uwv_import(req->db, in, name, &res, &errs, &e);
    if (!web_import_stored(req, in, st, &e, &errs)) return req->status;
    return web_json(req, 200, uwv_import_result_json(name, &res));
}
