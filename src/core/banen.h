/* Banenafspraak (job agreement) counting rules: code lists of an employment record, its validation,
 * and the conversion of weekly hours into banen (25.5 hours) and fte (36 hours).
 * Pure C, no I/O. Hours are integer centi-hours; results are hundredths, rounded half up once. */
#ifndef INC_BANEN_H
#define INC_BANEN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

#define BANEN_HOURS_PER_BAAN_CENTI 2550   /* one baan = 25.5 hours a week */
#define BANEN_HOURS_PER_FTE_CENTI 3600    /* one fte = 36 hours a week */
#define BANEN_MAX_HOURS_CENTI 6000        /* more than 60 hours a week is refused */

typedef enum { BS_MARKT, BS_OVERHEID, BS__COUNT } banen_sector;
typedef enum { BC_TIJDELIJK, BC_VAST, BC_PROEFPLAATSING, BC_DETACHERING, BC__COUNT } banen_contract;
typedef enum { BI_LOONKOSTENSUBSIDIE, BI_JOBCOACH, BI_BESCHUT_WERK, BI_DIRECT_WERK, BI_IPS, BI_GEEN, BI__COUNT } banen_instrument;
typedef enum { BSRC_WSP, BSRC_BINNENBAAN, BSRC_SROI, BSRC_EIGEN_WERVING, BSRC__COUNT } banen_source;
/* Target groups of the doelgroepregister; nieuw beschut is recorded (sheltered work) but never
 * counts for the banenafspraak. */
typedef enum { BG_WAJONG, BG_WSW, BG_WIW_ID, BG_PARTICIPATIEWET, BG_NIEUW_BESCHUT, BG__COUNT } banen_group;

/* Codes as stored and accepted ("markt", "loonkostensubsidie", ...) and Dutch labels for people. */
const char *banen_sector_code(banen_sector s);
const char *banen_sector_label(banen_sector s);
const char *banen_contract_code(banen_contract c);
const char *banen_contract_label(banen_contract c);
const char *banen_instrument_code(banen_instrument i);
const char *banen_instrument_label(banen_instrument i);
const char *banen_source_code(banen_source s);
const char *banen_source_label(banen_source s);
const char *banen_group_code(banen_group g);
const char *banen_group_label(banen_group g);

/* Parsers accept the code or the label, case-insensitive, with spaces, hyphens or underscores
 * interchangeable ("Direct Werk", "direct-werk"); "none" is accepted for instrument "geen".
 * Unknown text fails with INC_EINVAL naming the field and the allowed codes. */
inc_status banen_sector_parse(const char *s, banen_sector *out, const char *field, inc_error *e);
inc_status banen_contract_parse(const char *s, banen_contract *out, const char *field, inc_error *e);
inc_status banen_instrument_parse(const char *s, banen_instrument *out, const char *field, inc_error *e);
inc_status banen_source_parse(const char *s, banen_source *out, const char *field, inc_error *e);
inc_status banen_group_parse(const char *s, banen_group *out, const char *field, inc_error *e);

/* Weekly hours: more than 0 and at most 60 hours (centi-hours 1..6000). */
inc_status banen_hours_check(int64_t hours_centi, const char *field, inc_error *e);
/* Period: end (INC_DATE_NONE = open) not before start. */
inc_status banen_period_check(inc_date start, inc_date end, const char *field, inc_error *e);
/* Two periods (ends inclusive, INC_DATE_NONE = open) share at least one day. */
bool banen_periods_overlap(inc_date s1, inc_date e1, inc_date s2, inc_date e2);
/* The record covers the day (start <= day <= end, open end covers every later day). */
bool banen_active_on(inc_date start, inc_date end, inc_date day);
/* Whether a record counts for the banenafspraak: not nieuw beschut, not a beschut-werk place. */
bool banen_counts(banen_group g, banen_instrument i);

/* banen = hours / 25.5 and fte = hours / 36 in hundredths, rounded half up:
 * 53 h (5300 centi-hours) -> 208 (2.08 banen) and 147 (1.47 fte). */
int64_t banen_centi_from_hours(int64_t hours_centi);
int64_t fte_centi_from_hours(int64_t hours_centi);

/* The yearly goal: realised (hundredths) reaches the target (hundredths). */
bool banen_goal_met(int64_t realised_centi, int64_t target_centi);

/* Quarter ends (31 Mar, 30 Jun, 30 Sep, 31 Dec) from the first on or after `from` up to and
 * including `to`; writes at most max, returns how many there are in total. */
int banen_quarter_ends(inc_date from, inc_date to, inc_date *out, int max);

#endif
