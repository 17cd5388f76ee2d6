/* Shared pieces of the command-line tool: context, options, output, errors. */
#ifndef INC_CLI_H
#define INC_CLI_H
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include "core/error.h"
#include "core/json_fixed.h"
#include "app/app.h"

/* One option of a command, declared once: getopt_long parses from it and --help prints it, so the
 * two cannot disagree. A name with '-' is also accepted with '_' ("--contractor_kvk"). */
typedef struct {
    const char *name; /* without "--": "municipality" */
    const char *arg;  /* placeholder of the value ("GEMEENTE"), NULL for a flag */
    const char *help; /* Dutch, one line */
    const char *key;  /* optional: the JSON key it fills (employer-service commands) */
    unsigned kind;    /* CLI_MUNICIPALITY: resolved to the municipality's code on parsing */
} cli_option;

enum { CLI_PLAIN = 0, CLI_MUNICIPALITY = 1 };
/* The municipality option as every command declares it. */
/* The end of an option table. */
#define CLI_OPT_END {NULL, NULL, NULL, NULL, 0}
#define CLI_OPT_MUNICIPALITY(help) {"municipality", "GEMEENTE", help " (code of naam)", NULL, CLI_MUNICIPALITY}

/* One subcommand ("add", "holder add"; "" for a command without subcommands or its default form). */
typedef struct {
    const char *name;
    const char *args;        /* positional arguments as shown in the usage ("ID", "BESTAND.csv"), or NULL */
    const char *help;        /* Dutch, one line */
    const cli_option *opts;  /* ends with {NULL}; NULL when it takes no options */
} cli_sub;

typedef struct {
    const char *command;     /* "vacancy" */
    const cli_sub *subs;     /* ends with {NULL} */
} cli_spec;

typedef struct {
    const char *db_path;
    bool json;        /* --json: machine output */
    inc_db *db;       /* opened on demand by cli_db() */
    const cli_spec *spec; /* the command being run, set by cli_parse */
    const cli_sub *sub;   /* its subcommand, set by cli_parse */
} cli_ctx;

typedef int (*cli_command_fn)(cli_ctx *ctx, int argc, char **argv);

/* Exit codes. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

/* Opens the database, applies pending migrations and loads the key. NULL after printing an error. */
inc_db *cli_db(cli_ctx *ctx);
/* Prints "inclusio: <message>" on stderr and returns the exit code for the status. */
int cli_fail(const inc_error *e);
/* Prints "gebruik: <usage>" on stderr and returns EXIT_USAGE. */
int cli_usage(const char *usage);

/* Parses the command line of a command (argv after the command's name) with getopt_long against
 * the spec: finds the subcommand, refuses an unknown option, a flag with a value or an option
 * without its value (message and usage on stderr, EXIT_USAGE), answers --help (the options on
 * stdout, EXIT_OK), takes --json, and resolves municipality options to their code (an unknown
 * one is refused, EXIT_FAIL). On success returns CLI_PARSED and rewrites argv in place: the
 * subcommand's words, then the positional arguments in order, then every option given as
 * "--name=value" or "--name" under its declared name. cli_opt, cli_flag and cli_arg read that. */
enum { CLI_PARSED = -1 };
int cli_parse(cli_ctx *ctx, const cli_spec *spec, int *argc, char ***argv);
/* First statement of a command: parse, or return the exit code of --help or a refusal. */
#define CLI_PARSE(ctx, spec, argc, argv)                          \
    do {                                                          \
        int parse_rc_ = cli_parse((ctx), (spec), &(argc), &(argv)); \
        if (parse_rc_ != CLI_PARSED) return parse_rc_;            \
    } while (0)
/* The usage of the parsed subcommand (or the whole command) on stderr; returns EXIT_USAGE. */
int cli_usage_error(const cli_ctx *ctx);
/* Prints the help of a command: every subcommand and its options. */
void cli_help(const cli_spec *spec, const cli_sub *only, FILE *out);

/* Value of option "--name" after cli_parse, or NULL. The option must be declared. */
const char *cli_opt(int argc, char **argv, const char *name);
/* Every value of a repeatable option, in order: fills out[0..max) and returns how many were given. */
int cli_opt_all(int argc, char **argv, const char *name, const char **out, int max);
bool cli_flag(int argc, char **argv, const char *name);
/* The i-th positional argument (after the subcommand's words count from 0 at argv[0]), or NULL.
 * opts_with_value is no longer needed (values are joined to their option) and is ignored. */
const char *cli_arg(int argc, char **argv, int i, const char *const *opts_with_value);
/* Prints JSON (indented) to stdout and releases it. */
int cli_print_json(json_t *j);
/* Reads one JSON object from stdin. */
json_t *cli_read_json_stdin(inc_error *e);
/* "EUR 12.500,00" for people. */
void fmt_euro(int64_t cents, char *buf, int size);

#endif
