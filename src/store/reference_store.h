/* Read models of reference data: municipalities, organisations, the audit log (core/reference.h). */
#ifndef INC_REFERENCE_STORE_H
#define INC_REFERENCE_STORE_H
#include <stdint.h>
#include "core/reference.h"
#include "store/db.h"

/* Every municipality by name. The caller frees out->arena. */
inc_status municipalities_list(inc_db *db, municipality_list *out, inc_error *e);
/* Organisations by name; only_id != 0 limits to that organisation. */
inc_status organisations_list(inc_db *db, int64_t only_id, organisation_list *out, inc_error *e);
/* The organisation id for a KvK number; INC_ENOTFOUND when unknown. */
inc_status organisation_id_by_kvk(inc_db *db, const char *kvk, int64_t *id, inc_error *e);
/* A new organisation; municipality_id 0 leaves where it is established unknown. */
inc_status organisation_insert(inc_db *db, const char *kvk, const char *name, int64_t municipality_id, int64_t *id,
                               inc_error *e);
/* Sets what is given of an organisation: its name (NULL or "" keeps it) and where it is established
 * (0 keeps it). */
inc_status organisation_update(inc_db *db, int64_t id, const char *name, int64_t municipality_id, inc_error *e);
/* One page of the audit log, newest first, and the number of entries matching the filter. */
inc_status audit_page_read(inc_db *db, const audit_filter *f, audit_page *out, inc_error *e);

#endif
