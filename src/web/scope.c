#include "web/scope.h"
#include "app/reference_data.h"
#include "core/ident.h"
#include "web/authz_banen.h"
#include "web/wsp_guard.h"
#include <string.h>

/* The store asks this before a message names another record: the same rules as reading it. */
static bool viewer_sees(void *ctx, inc_db *db, db_see_kind kind, const char *municipality, int64_t organisation_id)
{
    const web_req *req = ctx;
    if (!req || !req->logged_in || !municipality) return false;
    const inc_user *u = &req->user;
    switch (kind) {
    case DB_SEE_CONTRACT: return authz_decide(u, ACT_REGISTER_READ, municipality, organisation_id) == AUTHZ_ALLOW;
    case DB_SEE_CANDIDATE: return wsp_role_allows(u->role, WSP_CANDIDATES) && authz_serves(u, municipality);
    case DB_SEE_EMPLOYMENT: return authz_banen(db, u, BA_RECORDS_READ, municipality, NULL) == AUTHZ_ALLOW;
    }
    return false;
}

void web_scope_set_viewer(web_req *req) { db_set_viewer(req->db, viewer_sees, req); }

bool web_scope_for(web_req *req, web_scope *s)
{
    const inc_user *u = &req->user;
    authz_scope(u, s->buf, &s->municipalities, &s->contractor_id);
    /* The user's own municipalities come with their ids (the session's statement read both). */
    s->municipality_ids = s->municipalities == s->buf ? u->municipality_ids : NULL;
    const char *m = web_query(req, "municipality");
    if (m) {
        if (!authz_serves(u, m) && u->role != ROLE_OPDRACHTNEMER) {
            web_problem(req, 404, "municipality", "gemeente '%s' niet gevonden", m);
            return false;
        }
        s->one[0] = m;
        s->one[1] = NULL;
        s->municipalities = s->one;
        s->municipality_ids = NULL;
        for (int i = 0; i < u->n_municipalities; i++)
            if (strcmp(u->municipalities[i], m) == 0) {
                s->one_id = u->municipality_ids[i];
                s->municipality_ids = &s->one_id;
            }
    }
    const char *c = web_query(req, "contractor");
    if (c) {
        int64_t id = 0;
        inc_error e = {0};
        if (strlen(c) == 8 && kvk_check(c, "contractor", NULL) == INC_OK) {
            if (app_organisation_id_by_kvk(req->db, c, &id, &e) == INC_EIO) {
                web_fail(req, &e);
                return false;
            }
        } else {
            for (const char *p = c; *p && strlen(c) <= 12; p++) {
                if (*p < '0' || *p > '9') {
                    id = -1;
                    break;
                }
                id = id * 10 + (*p - '0');
            }
            if (id <= 0 || strlen(c) > 12) {
                web_problem(req, 400, "contractor", "contractor moet een KvK-nummer (8 cijfers) of een id zijn");
                return false;
            }
        }
        /* Unknown, or another organisation than an opdrachtnemer's own: not found. */
        if (id <= 0 || (s->contractor_id && id != s->contractor_id)) {
            web_problem(req, 404, "contractor", "opdrachtnemer '%s' niet gevonden", c);
            return false;
        }
        s->contractor_id = id;
    }
    return true;
}
