/* Reference data for both faces: municipalities, organisations, the audit log, social-return
 * policies and building-block catalogues (`inclusio policy|catalogue list`, GET /api/v1/municipalities,
 * /organisations, /policies, /catalogues, /audit). Reads return records (core/reference.h) the
 * caller frees with arena_free(&list.arena); the *_json functions are their one JSON view. */
#ifndef INC_APP_REFERENCE_DATA_H
#define INC_APP_REFERENCE_DATA_H
#include <jansson.h>
#include "app/app.h"
#include "core/reference.h"

inc_status app_municipalities(inc_db *db, municipality_list *out, inc_error *e);
/* only_id != 0: that organisation alone (an opdrachtnemer sees only its own). */
inc_status app_organisations(inc_db *db, int64_t only_id, organisation_list *out, inc_error *e);
/* INC_ENOTFOUND (field "contractor") for an unknown KvK, INC_EIO on a database error. */
inc_status app_organisation_id_by_kvk(inc_db *db, const char *kvk, int64_t *id, inc_error *e);
/* The caller frees out->entries.arena. */
inc_status app_audit_page(inc_db *db, const audit_filter *f, audit_page *out, inc_error *e);
/* Every version of the policy of one municipality (code), or of all (NULL). */
inc_status app_policies(inc_db *db, const char *municipality, policy_list *out, inc_error *e);
/* Every catalogue, or the one in force on `day` (INC_ENOTFOUND, field "award_date", when none is). */
inc_status app_catalogues(inc_db *db, inc_date day, catalogue_list *out, inc_error *e);

/* [{code, name, region, sr_team}] */
json_t *municipalities_json(const municipality_list *l);
/* [{id, kvk, name, municipality, postcode, municipal_employer}] */
json_t *organisations_json(const organisation_list *l);
/* {items:[{id, at, actor, action, entity, entity_id, detail}], total, page, per_page} */
json_t *audit_page_json(const audit_page *p);
/* [{id, municipality, name, effective_from, categories, procedures, min_value, percentage, ...}] */
json_t *policies_json(const policy_list *l);
/* [{id, name, effective_from, blocks:[{code, part, group, name, kind, value, cap_months?}]}] */
json_t *catalogues_json(const catalogue_list *l);

#endif
