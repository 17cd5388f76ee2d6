/* Shared pieces of the command-line tool: context, options, output, errors. */
#ifndef INC_CLI_H
#define INC_CLI_H
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include "core/error.h"
#include "core/json_fixed.h"
#include "store/db.h"

typedef struct {
    const char *db_path;
    bool json;        /* --json: machine output */
    inc_db *db;       /* opened on demand by cli_db() */
} cli_ctx;

typedef int (*cli_command_fn)(cli_ctx *ctx, int argc, char **argv);

/* Exit codes. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

/* Opens the database, applies pending migrations and loads the key. NULL after printing an error. */
inc_db *cli_db(cli_ctx *ctx);
/* Prints "inclusio: <message>" on stderr and returns the exit code for the status. */
int cli_fail(const inc_error *e);
int cli_usage(const char *usage);
/* Value of "--name VALUE" or "--name=VALUE" in argv, or NULL. */
const char *cli_opt(int argc, char **argv, const char *name);
bool cli_flag(int argc, char **argv, const char *name);
/* The i-th argument that is not an option (or an option's value), or NULL. */
const char *cli_arg(int argc, char **argv, int i, const char *const *opts_with_value);
/* Prints JSON (indented) to stdout and releases it. */
int cli_print_json(json_t *j);
/* Reads one JSON object from stdin. */
json_t *cli_read_json_stdin(inc_error *e);
/* "EUR 12.500,00" for people. */
void fmt_euro(int64_t cents, char *buf, int size);

#endif
