/* Figures hidden for a role without access to persons (core/suppress.h), written into JSON the one
 * way both the banenafspraak report and the jobs report do: the figure null, "suppressed": true on
 * its object, and in its "suppression" map the label that is true of it ("<5" or "afgeschermd"). */
#ifndef INC_APP_SUPPRESS_JSON_H
#define INC_APP_SUPPRESS_JSON_H
#include <jansson.h>
#include <stdint.h>
#include "core/suppress.h"

void sup_json_hide(json_t *o, const char *key, sup_mark m);
/* A count of people: the number, or hidden with its label. */
void sup_json_count(json_t *o, const char *key, int64_t n, sup_mark m);
/* A part of a whole with its share in basis points (-1: null): as sup_part decided. */
void sup_json_part(json_t *o, const char *whole_key, int64_t whole, const char *part_key, int64_t part,
                   const char *share_key, int32_t bp, sup_part_marks m);

#endif
