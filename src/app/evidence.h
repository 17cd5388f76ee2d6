/* Evidence at the time (issue 17): a contractor attaches proof (an employment contract, a training
 * invoice: PDF, PNG or JPEG, at most 2 MB, the type read from the content by libmagic) to a
 * realisation; the SR-team in scope opens it when verifying. Every upload and every opening is in
 * the audit log. The content lives in the database (table realisation_evidence), so it follows the
 * backups and the retention rule removes it with the realisation's personal data. */
#ifndef INC_APP_EVIDENCE_H
#define INC_APP_EVIDENCE_H
#include <jansson.h>
#include <stddef.h>
#include "app/app.h"

/* Stores one file for a realisation; refuses an empty, too large or other-typed file, an 11th file,
 * and a realisation that is not 'gemeld' any more. *out: the file's metadata (see app_evidence_list). */
inc_status app_evidence_add(inc_db *db, int64_t realisation_id, const char *filename, const void *data, size_t size,
                            json_t **out, inc_error *e);
/* {items:[{id, realisation_id, filename, mime, size, sha256, uploaded_by, uploaded_at}]}: metadata only. */
inc_status app_evidence_list(inc_db *db, int64_t realisation_id, json_t **out, inc_error *e);
/* The realisation a file belongs to (for the scope check before opening it). */
inc_status app_evidence_realisation(inc_db *db, int64_t evidence_id, int64_t *realisation_id, inc_error *e);

/* Opens one file: calls fn with its name, type and content, and writes the audit entry (action
 * "view", entity "evidence"). */
typedef void (*app_evidence_fn)(void *user, const char *filename, const char *mime, const void *data, size_t size);
inc_status app_evidence_open(inc_db *db, int64_t evidence_id, app_evidence_fn fn, void *user, inc_error *e);

#endif
