/* Read models of reference data for the API: municipalities, organisations, the audit log. */
#ifndef INC_REFERENCE_STORE_H
#define INC_REFERENCE_STORE_H
#include <jansson.h>
#include <stdint.h>
#include "store/db.h"

/* [{code, name, region, sr_team}] */
inc_status municipalities_list_json(inc_db *db, json_t **out, inc_error *e);
/* [{id, kvk, name, municipality, postcode}]; only_id != 0 limits to that organisation. */
inc_status organisations_list_json(inc_db *db, int64_t only_id, json_t **out, inc_error *e);
/* The organisation id for a KvK number; INC_ENOTFOUND when unknown. */
inc_status organisation_id_by_kvk(inc_db *db, const char *kvk, int64_t *id, inc_error *e);

typedef struct {
    const char *entity;     /* NULL = every entity */
    int64_t entity_id;      /* 0 = every id */
    int page, per_page;     /* 1-based */
} audit_filter;
/* {items:[{id, at, actor, action, entity, entity_id, detail}], total, page, per_page}, newest first. */
inc_status audit_list_json(inc_db *db, const audit_filter *f, json_t **out, inc_error *e);

#endif
