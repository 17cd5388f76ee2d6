/* The OCDS import's persistence (issue 16): which buyer is which municipality, and the procurement
 * log's OCDS part (one row per award, keyed by ocid and award id, from the newest release read). */
#ifndef INC_STORE_OCDS_STORE_H
#define INC_STORE_OCDS_STORE_H
#include <stdbool.h>
#include <stdint.h>
#include "store/db.h"

#define OCDS_MAX_MUNICIPALITIES 512
#define OCDS_MAX_ALIASES 512

typedef struct {
    int64_t id;
    char code[48];
    char name[96];
} ocds_municipality;

typedef struct {
    int64_t municipality_id;
    bool by_id;            /* kind 'id' (an identifier or party id), else 'naam' */
    char value[160];       /* lower case */
} ocds_buyer_alias;

/* Every municipality and every configured buyer alias. */
inc_status ocds_buyers_load(inc_db *db, ocds_municipality *mun, int max_m, int *nm, ocds_buyer_alias *al, int max_a,
                            int *na, inc_error *e);
/* Adds an alias (value lower case); INC_ECONFLICT when that name or identifier is configured already. */
inc_status ocds_buyer_insert(inc_db *db, int64_t municipality_id, bool by_id, const char *value, inc_error *e);

typedef struct {
    int64_t id;
    char release_id[128];
    char release_date[40];
    int64_t contract_id;   /* 0: none */
} ocds_award_stored;

/* The stored award with this ocid and award id (*found false when none). */
inc_status ocds_award_find(inc_db *db, const char *ocid, const char *award_id, ocds_award_stored *out, bool *found,
                           inc_error *e);

typedef struct {
    int64_t municipality_id;
    const char *ocid, *award_id, *release_id, *release_date, *buyer_name, *title, *category, *procedure, *cpv;
    int64_t value_cents;
    const char *award_date, *start_date, *end_date;   /* ISO; start/end NULL when not published */
    int64_t supplier_id;
    bool sr_applies;
} ocds_award_record;

/* Inserts (existing_id 0) or replaces the fields of the stored award, by the connection's actor now. */
inc_status ocds_award_write(inc_db *db, int64_t existing_id, const ocds_award_record *r, int64_t *id, inc_error *e);
inc_status ocds_award_set_contract(inc_db *db, int64_t id, int64_t contract_id, inc_error *e);

/* Removes a draft contract ('concept') that nothing else refers to yet (no realisations, yearly
 * reports, exemptions, notices, logged procurement), so a newer release can draft it anew.
 * *removed false (and nothing changed) when it is confirmed or referred to. */
inc_status ocds_draft_remove(inc_db *db, int64_t contract_id, bool *removed, inc_error *e);

#endif
