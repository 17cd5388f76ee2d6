/* Shared helpers of the employer-service commands (employer, question, skill, vacancy, candidate,
 * match, propose, place): options to a JSON input object, ids, output. */
#ifndef INC_WSP_CLI_H
#define INC_WSP_CLI_H
#include <jansson.h>
#include <stdint.h>
#include "cli/cli.h"

/* An option of an employer-service command; its `key` is the JSON input key it fills. */
typedef cli_option wsp_opt;
#define WSP_END {NULL, NULL, NULL, NULL, 0}

/* Builds {key: value} for each option with a key that was given (values stay text; app/wsp_input.h
 * reads them as it reads an API body). */
json_t *wsp_opts_json(int argc, char **argv, const wsp_opt *map);
/* Parses a positive id; prints a Dutch message and returns false when it is not one. */
bool wsp_parse_id(const char *s, const char *what, int64_t *id);
/* Prints the JSON (with --json) or the line "text" followed by nothing. */
int wsp_done_id(cli_ctx *ctx, const char *what, int64_t id);
/* "add" of a WSP record: the options of `map` as its JSON input, read and stored by `add` (an
 * app/wsp_input.h *_add_json function), then the new id
 * printed as wsp_done_id(ctx, what, id) does, or the error. */
typedef inc_status (*wsp_add_fn)(inc_db *db, json_t *in, int64_t *id, inc_error *e);
int wsp_add(cli_ctx *ctx, inc_db *db, int argc, char **argv, const wsp_opt *map, wsp_add_fn add, const char *what);
/* One subcommand's action; argv holds what follows the subcommand's name (in cli_parse's order). */
typedef int (*wsp_run_fn)(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv);
/* A row of a command's dispatch table: the subcommand and its action, or for an "add" only the
 * store function and the record's Dutch name (the options are the subcommand's in the spec). */
typedef struct {
    const char *sub;
    wsp_run_fn run;
    wsp_add_fn add;
    const char *what;
} wsp_action;
/* The body of every employer-service command: parses argv against spec, opens the database and
 * runs the action of the subcommand given (the table ends with {NULL}). */
int wsp_dispatch(cli_ctx *ctx, const cli_spec *spec, const wsp_action *actions, int argc, char **argv);
/* A JSON array printed as it is (--json) or as the header line (if any) and one line per element
 * by print; takes out. */
int wsp_print_each(cli_ctx *ctx, json_t *out, const char *header, void (*print)(json_t *x));
/* The text of a string member, "" when absent. */
const char *wsp_str(json_t *o, const char *key);
/* A fixed-point JSON value (marked string) as Dutch text "92,70". */
void wsp_fixed_nl(json_t *v, char *buf, size_t size);

/* A money value (json_money) as "EUR 12.500,00". */
void wsp_money_nl(json_t *v, char *buf, size_t size);

#endif
