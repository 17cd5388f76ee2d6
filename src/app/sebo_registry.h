/* The SEBO-keurmerk registry for both faces (`inclusio sebo ...`, /api/v1/sebo/...): registering a
 * holder, applying, recording evidence, moving the mark through its lifecycle (each in one
 * transaction with its audit entry; decisions in core/sebo_registry.h), and the registry's lists.
 * Reads return records (core/sebo_registry.h) the caller frees with arena_free(&x.arena); the *_json
 * functions are their one JSON view. */
#ifndef INC_APP_SEBO_REGISTRY_H
#define INC_APP_SEBO_REGISTRY_H
#include <jansson.h>
#include "app/app.h"
#include "core/sebo_registry.h"

/* Registers a holder (creating the organisation when a name is given) and optionally its first
 * application. Refuses an unknown KvK without a name, a holder registered twice, no kind of work. */
inc_status app_sebo_holder_add(inc_db *db, const sebo_holder_input *in, int64_t *holder_id, inc_error *e);
/* Opens a new application for a known holder on `day`: kind "hercertificering" when the holder was
 * ever certified, else "nieuw". Refused while another application is still aangevraagd or in audit. */
inc_status app_sebo_apply(inc_db *db, const char *kvk, inc_date day, int64_t *certificate_id, inc_error *e);
/* Moves the holder's latest certificate as sebo_transition_plan decides and writes the history. */
inc_status app_sebo_transition(inc_db *db, const char *kvk, const sebo_transition_input *in, inc_error *e);
/* Records (or replaces) the evidence for one criterion of the holder's latest certificate
 * (day INC_DATE_NONE: today). */
inc_status app_sebo_evidence_set(inc_db *db, const char *kvk, sebo_criterion c, const char *text, bool not_applicable,
                                 inc_date day, inc_error *e);

/* The holders the filter lists, each with its standing on `today` (facts). */
inc_status app_sebo_holders(inc_db *db, const sebo_holder_filter *f, inc_date today, sebo_holder_list *out,
                            inc_error *e);
/* One holder with every certificate; INC_EINVAL for a malformed KvK, INC_ENOTFOUND when not in
 * the registry. */
inc_status app_sebo_holder(inc_db *db, const char *kvk, inc_date today, sebo_holder_detail *out, inc_error *e);
/* Certificates valid today running out within `days` days, of the registries of `municipalities`
 * (NULL-terminated codes; NULL = all). */
inc_status app_sebo_expiring(inc_db *db, const char *const *municipalities, inc_date today, int days,
                             sebo_expiring_list *out, inc_error *e);
/* The requests for quotes the holder received while holding the mark, with the commercial figures
 * only of the procurements of `full_figures` (NULL-terminated municipality codes; NULL = every one). */
inc_status app_sebo_requests(inc_db *db, const char *kvk, const char *const *full_figures, sebo_request_list *out,
                             inc_error *e);

/* [{kvk, name, municipality?, established, local, self_employed, profile, website, kinds, status, ...}];
 * public_only leaves out the registry's own fields. */
json_t *sebo_holders_json(const sebo_holder_list *l, bool public_only, inc_date today);
/* The holder with its certificates, audit, evidence and history. */
json_t *sebo_holder_json(const sebo_holder_detail *d, inc_date today);
/* {today, days, items:[{kvk, name, valid_until, days_left, kind, recertification}]} */
json_t *sebo_expiring_json(const sebo_expiring_list *l, inc_date today, int days);
/* {kvk, requests, won, items:[...]} */
json_t *sebo_requests_json(const char *kvk, const sebo_request_list *l);

#endif
