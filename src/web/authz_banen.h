/* Who may do what in the banenafspraak monitor (kept beside authz.c, same answers: allow,
 * forbidden for the role, hidden outside the scope).
 *   records read:  beheer; po for its municipalities; wsp for the regions of its municipalities.
 *   records write: po for its municipalities; wsp for the regions of its municipalities.
 *   reports and targets read: beheer; sr-team, inkoop, po, raad for their municipalities and their
 *                  regions; wsp for its regions (roles that may not read records get aggregates only).
 *   targets write: beheer; po for the own target of its municipalities (not regional ones).
 *   link a realisation: sr-team, po and wsp within the same scopes as records write / their municipalities.
 *   import UWV's regional figures: beheer (who sets the regional targets they are measured against). */
#ifndef INC_AUTHZ_BANEN_H
#define INC_AUTHZ_BANEN_H
#include "app/region.h"
#include "web/authz.h"

typedef enum { BA_RECORDS_READ, BA_RECORDS_WRITE, BA_REPORT_READ, BA_TARGETS_WRITE, BA_LINK, BA_UWV_IMPORT, BA__COUNT } banen_action;

/* The role question only. */
authz_result authz_banen_role(const inc_user *u, banen_action a);
/* For a municipality (region NULL) or a whole region (municipality NULL). */
authz_result authz_banen(inc_db *db, const inc_user *u, banen_action a, const char *municipality, const char *region);
/* The default scope when a request names none: NULL for beheer (everything); else the user's first
 * municipality (po, sr-team, inkoop, raad) or its region (wsp), written into buf. */
void authz_banen_default(inc_db *db, const inc_user *u, char municipality[64], char region[64]);

#endif
