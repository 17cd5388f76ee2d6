/* Banenafspraak targets as plain values: the municipality's yearly fte target as employer,
 * regional indicative targets per sector versus a baseline date, and the beschut-werk task; and the
 * rules for setting one. Pure, no I/O (storage: store/banen_targets.h; the action:
 * app/banen_targets.h). */
#ifndef INC_CORE_BANEN_TARGET_H
#define INC_CORE_BANEN_TARGET_H
#include <stdbool.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

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
 * (sector totaal) and per municipality only; peildatum 31 December of the year. Then checks the
 * codes, the year (2000-2100) and the value (not negative). Whether the municipality or region
 * exists is for the caller to check. */
inc_status banen_target_complete(banen_target *t, inc_error *e);

/* Whether the target is a region's ("regio") rather than a municipality's. */
bool banen_target_regional(const banen_target *t);

#endif
