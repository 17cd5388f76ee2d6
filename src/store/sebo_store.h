/* The SEBO-keurmerk registry's persistence: holders (organisations by KvK), their applications and
 * certificates, the independent audit, evidence per criterion, status history; and the lookups the
 * register and the invitation log ask of it. Decisions are core/sebo_registry.h's and
 * core/sebo_cert.h's, the transaction and the audit entry app/sebo_registry.c's: every write here
 * runs in the caller's transaction. */
#ifndef INC_SEBO_STORE_H
#define INC_SEBO_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/procurement.h"
#include "core/sebo_cert.h"
#include "core/sebo_registry.h"
#include "store/db.h"

/* ---- Writes ---- */

/* The holder registered under this KvK; *found false (INC_OK) when there is none. */
inc_status sebo_holder_find(inc_db *db, const char *kvk, int64_t *holder_id, bool *self_employed, bool *found,
                            inc_error *e);
/* Registers an organisation as holder for the registry of municipality_id. INC_ECONFLICT (field
 * "kvk") when it is registered already. */
inc_status sebo_holder_insert(inc_db *db, int64_t organisation_id, int64_t municipality_id, const sebo_holder_input *in,
                              int64_t *holder_id, inc_error *e);
/* The holder's applications still aangevraagd or in audit, and its certificates ever granted. */
inc_status sebo_application_counts(inc_db *db, int64_t holder_id, int *open, int *certified, inc_error *e);
/* A new application (status aangevraagd) of `kind` on `day`. */
inc_status sebo_certificate_insert(inc_db *db, int64_t holder_id, const char *kind, inc_date day, int64_t *cert_id,
                                   inc_error *e);
/* The holder's latest certificate: its id, status and period into *cur (evidence untouched);
 * *found false (INC_OK) when the holder has none. */
inc_status sebo_certificate_latest(inc_db *db, int64_t holder_id, int64_t *cert_id, sebo_cert_state *cur, bool *found,
                                   inc_error *e);
/* Which criteria have evidence recorded on the certificate. */
inc_status sebo_evidence_read(inc_db *db, int64_t cert_id, sebo_evidence_state ev[SEBO_CRIT__COUNT], inc_error *e);
/* Writes a decided transition (sebo_transition_plan) to the certificate. */
inc_status sebo_certificate_change(inc_db *db, int64_t cert_id, const sebo_cert_change *ch, inc_error *e);
/* Appends to the certificate's status history (note may be NULL). */
inc_status sebo_history_add(inc_db *db, int64_t cert_id, sebo_status s, inc_date day, const char *note,
                            inc_error *e);
/* Records (or replaces) the evidence for one criterion. */
inc_status sebo_evidence_put(inc_db *db, int64_t cert_id, sebo_criterion c, const char *text, bool not_applicable,
                             inc_date day, inc_error *e);

/* ---- Reads ---- */

/* Holders by name, of one registry municipality (code), or of `municipalities` (NULL-terminated
 * codes) when municipality is NULL, or of all when both are NULL; each with its certificates' dates.
 * facts are left for the caller. The caller frees out->arena. */
inc_status sebo_holders_read(inc_db *db, const char *municipality, const char *const *municipalities,
                             sebo_holder_list *out, inc_error *e);
/* One holder with every certificate, evidence and history; INC_ENOTFOUND when the KvK is not in the
 * registry. facts are left for the caller. The caller frees out->arena. */
inc_status sebo_holder_read(inc_db *db, const char *kvk, sebo_holder_detail *out, inc_error *e);
/* Certificates valid today whose valid_until is within `days` days and that no later certificate
 * extends, of the registries of `municipalities` (NULL-terminated codes; NULL = all). */
inc_status sebo_expiring_read(inc_db *db, const char *const *municipalities, inc_date today, int days,
                              sebo_expiring_list *out, inc_error *e);
/* The requests for quotes the organisation received while holding the mark, newest first; figures
 * left false for the caller. */
inc_status sebo_requests_read(inc_db *db, int64_t organisation_id, sebo_request_list *out, inc_error *e);

/* THE lookup the register uses for "met by SEBO": does the organisation with this KvK hold a valid
 * SEBO certificate on `day` (certified_from <= day <= valid_until, not withdrawn on or before day)?
 * False for an unknown KvK. sebo_holder_check reports database errors; sebo_holder_on folds them
 * into false. */
inc_status sebo_holder_check(inc_db *db, const char *kvk, inc_date day, bool *holds, inc_error *e);
bool sebo_holder_on(inc_db *db, const char *kvk, inc_date day);
/* Same by organisation id. */
inc_status sebo_org_holds_on(inc_db *db, int64_t organisation_id, inc_date day, bool *holds, inc_error *e);

/* Local holders (established in the municipality) with a valid certificate on `day` doing `category`. */
inc_status sebo_local_holders_count(inc_db *db, int64_t municipality_id, inc_category category, inc_date day,
                                    int *count, inc_error *e);

/* Shared helpers for the SEBO store files and the app. */
/* SQL condition: certificate alias c is valid on parameter ?1 (ISO day); mirrors sebo_valid_on. */
#define SEBO_SQL_VALID_ON_DAY                                                                                    \
    " c.status IN ('gecertificeerd','verlopen','ingetrokken') AND c.certified_from IS NOT NULL"                   \
    " AND c.certified_from <= ?1 AND c.valid_until >= ?1 AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?1)"
/* The organisation with this KvK (and where it is established, 0 when unknown); INC_EINVAL naming
 * `field` for a malformed or unknown KvK. */
inc_status sebo_org_by_kvk(inc_db *db, const char *kvk, const char *field, int64_t *org_id, int64_t *org_municipality,
                           inc_error *e);
/* The id of a municipality by code; INC_EINVAL (field "municipality") when unknown. */
inc_status sebo_municipality_id(inc_db *db, const char *code, int64_t *id, inc_error *e);
/* Integer setting or fallback. */
int64_t sebo_setting_int(inc_db *db, const char *key, int64_t fallback);

#endif
