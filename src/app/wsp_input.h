/* The employer service's inputs read from a JSON object (the API body, or built by the CLI from its
 * options) into the typed inputs of app/wsp_actions.h, with Dutch errors naming the field. Values are
 * checked here (core/wsp_rules.h, core/ident.h) in the order the fields are read, so the first bad
 * field is the one named; references to stored records are checked by the action. Numbers may come
 * as JSON numbers or as text ("24", "24,5"). Texts of the input point into the JSON object. */
#ifndef INC_APP_WSP_INPUT_H
#define INC_APP_WSP_INPUT_H
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "app/app.h"
#include "core/wsp_records.h"

/* ---- The fields, one at a time ---- */
/* Text of a field; NULL when absent or null. A required field that is absent fails. */
inc_status in_text(json_t *in, const char *key, bool required, const char **out, inc_error *e);
/* Fixed-point number (scale 2: hours -> centi-hours, km -> hundredths); absent -> dflt unless required. */
inc_status in_fixed(json_t *in, const char *key, int scale, bool required, int64_t dflt, int64_t *out, inc_error *e);
inc_status in_int(json_t *in, const char *key, bool required, int64_t dflt, int64_t *out, inc_error *e);
inc_status in_date(json_t *in, const char *key, bool required, inc_date *out, inc_error *e);
/* true/false, or the text "ja"/"nee"/"yes"/"no"/"1"/"0". */
inc_status in_bool(json_t *in, const char *key, bool required, bool dflt, bool *out, inc_error *e);
/* A list given as a JSON array of strings or as one comma-separated string; written as one
 * comma-separated string into buf ("" when absent). */
inc_status in_list(json_t *in, const char *key, char *buf, size_t size, inc_error *e);

/* ---- The inputs of the actions ---- */
inc_status wsp_employer_in_read(json_t *j, wsp_employer_in *out, inc_error *e);
inc_status wsp_contact_in_read(json_t *j, wsp_contact_in *out, inc_error *e);
inc_status wsp_moment_in_read(json_t *j, wsp_moment_in *out, inc_error *e);
inc_status wsp_event_in_read(json_t *j, wsp_event_in *out, inc_error *e);
/* asked_at defaults to now. */
inc_status wsp_question_in_read(json_t *j, wsp_question_in *out, inc_error *e);
/* answered_at defaults to now. */
inc_status wsp_answer_in_read(json_t *j, wsp_answer_in *out, inc_error *e);
inc_status wsp_vacancy_in_read(json_t *j, wsp_vacancy_in *out, inc_error *e);
/* A full postcode or just its 4 digits; only the 4 digits are kept. */
inc_status wsp_candidate_in_read(json_t *j, wsp_candidate_in *out, inc_error *e);
/* instrument may be absent (geen). */
inc_status wsp_placement_in_read(json_t *j, wsp_placement_in *out, inc_error *e);

/* Read and act in one (the CLI's "add" subcommands, the demo): the input read from j, then the
 * action of app/wsp_actions.h; a bad input is INC_EINVAL and nothing is stored. */
inc_status wsp_employer_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e);
inc_status wsp_event_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e);
inc_status wsp_question_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e);
inc_status wsp_vacancy_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e);
inc_status wsp_candidate_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e);

#endif
