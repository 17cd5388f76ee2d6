/* Reference data: municipalities, organisations, policies, catalogues, code labels; and the audit log. */
#include "app/reference_data.h"
#include "core/date.h"
#include "core/labels.h"
#include "web/guard.h"
#include "web/router.h"

int h_municipalities(web_req *req)
{
    municipality_list l;
    inc_error e = {0};
    if (app_municipalities(req->db, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = municipalities_json(&l);
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

int h_organisations(web_req *req)
{
    if (!web_guard_role(req, ACT_ORGANISATION_READ)) return req->status;
    /* An opdrachtnemer sees only its own organisation. */
    int64_t only = req->user.role == ROLE_OPDRACHTNEMER ? req->user.organisation_id : 0;
    organisation_list l;
    inc_error e = {0};
    if (app_organisations(req->db, only, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = organisations_json(&l);
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

int h_policies(web_req *req)
{
    const char *m = web_query(req, "municipality");
    policy_list l;
    inc_error e = {0};
    if (app_policies(req->db, m, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = policies_json(&l);
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

int h_catalogues(web_req *req)
{
    const char *d = web_query(req, "date");
    inc_date day = INC_DATE_NONE;
    inc_error e = {0};
    if (d && date_parse(d, &day, "date", &e) != INC_OK) return web_problem(req, 400, "date", "%s", e.message);
    catalogue_list l;
    if (app_catalogues(req->db, day, &l, &e) != INC_OK) return web_fail(req, &e);
    json_t *arr = catalogues_json(&l);
    arena_free(&l.arena);
    return web_json(req, 200, json_pack("{s:o}", "items", arr));
}

/* The label table: { "lists": { "category": { "werken": "Werken", ... }, ... } }, codes in the
 * order forms offer them. Public (the calculator needs it before a login) and the same for every
 * caller and every request of one build, so browsers may keep it an hour. */
int h_labels(web_req *req)
{
    json_t *lists = json_object();
    for (size_t i = 0; i < label_count; i++) {
        json_t *list = json_object_get(lists, label_table[i].list);
        if (!list) {
            list = json_object();
            json_object_set_new(lists, label_table[i].list, list);
        }
        json_object_set_new(list, label_table[i].code, json_string(label_table[i].label));
    }
    req->cache_control = "public, max-age=3600";
    return web_json(req, 200, json_pack("{s:o}", "lists", lists));
}

int h_audit(web_req *req)
{
    if (!web_guard_role(req, ACT_AUDIT_READ)) return req->status;
    audit_filter f = {.entity = web_query(req, "entity")};
    if (!web_page(req, &f.page, &f.per_page) || !web_query_id(req, "entityId", &f.entity_id)) return req->status;
    audit_page page;
    inc_error e = {0};
    if (app_audit_page(req->db, &f, &page, &e) != INC_OK) return web_fail(req, &e);
    json_t *out = audit_page_json(&page);
    arena_free(&page.entries.arena);
    return web_json(req, 200, out);
}
