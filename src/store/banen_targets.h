/* Banenafspraak targets as data: the municipality's yearly fte target as employer, regional
 * indicative targets per sector versus a baseline date, and the beschut-werk task. */
#ifndef INC_BANEN_TARGETS_H
#define INC_BANEN_TARGETS_H
#include <jansson.h>
#include <stdbool.h>
#include "core/date.h"
#include "store/db.h"

typedef struct {
    char kind[16];        /* banenafspraak | beschut-werk */
    char scope[12];       /* gemeente | regio */
    char scope_code[64];  /* municipality code or region */
    char sector[12];      /* markt | overheid | totaal */
    int year;
    char unit[10];        /* fte | banen | plekken */
    int64_t value_centi;
    inc_date peildatum;   /* INC_DATE_NONE: 31 December of the year */
    inc_date baseline;    /* INC_DATE_NONE when the target is not relative to a baseline */
    char source[200];
} banen_target;

/* Fills the defaults for what was left empty: kind banenafspraak; a municipality's target is for
 * sector overheid in fte, a region's in banen versus 1 January 2013, beschut werk in plekken
 * (sector totaal); peildatum 31 December of the year. Then checks and upserts, audit-logged. */
inc_status banen_target_set(inc_db *db, banen_target *t, inc_error *e);

/* The target for that key, found = false when there is none. */
inc_status banen_target_get(inc_db *db, const char *kind, const char *scope, const char *code, const char *sector,
                            int year, banen_target *out, bool *found, inc_error *e);

/* All targets (optionally of one municipality and its region), ordered by scope, code, sector, year. */
inc_status banen_targets_load(inc_db *db, const char *municipality, banen_target **out, size_t *n, inc_error *e);

json_t *banen_target_json(const banen_target *t);

#endif
