/* inclusio: command-line entry point. Global options come before the subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"

static const struct {
    const char *name;
    cli_command_fn fn;
    const char *help;
} commands[] = {
#define CLI_COMMAND(name, fn, help) {name, fn, help},
#include "cli/commands.def"
#undef CLI_COMMAND
};

static void usage(FILE *out)
{
    fprintf(out, "inclusio: inclusieve werkgelegenheid, social return en banenafspraak\n\n"
                 "gebruik: inclusio [--db BESTAND] [--json] OPDRACHT ...\n\nopdrachten:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].help);
    fprintf(out, "\nStandaard database: inclusio.db (of $INCLUSIO_DB).\n");
}

int main(int argc, char **argv)
{
    cli_ctx ctx = {.db_path = getenv("INCLUSIO_DB") ? getenv("INCLUSIO_DB") : "inclusio.db"};
    int i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) ctx.db_path = argv[++i];
        else if (strcmp(argv[i], "--json") == 0) ctx.json = true;
        else if (strcmp(argv[i], "--help") == 0) { usage(stdout); return EXIT_OK; }
        else { fprintf(stderr, "inclusio: onbekende optie %s\n", argv[i]); return EXIT_USAGE; }
    }
    if (i >= argc) { usage(stderr); return EXIT_USAGE; }
    /* --json may also follow the subcommand. */
    for (int k = i + 1; k < argc; k++)
        if (strcmp(argv[k], "--json") == 0) ctx.json = true;
    for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++) {
        if (strcmp(argv[i], commands[c].name) == 0) {
            int rc = commands[c].fn(&ctx, argc - i - 1, argv + i + 1);
            db_close(ctx.db);
            return rc;
        }
    }
    fprintf(stderr, "inclusio: onbekende opdracht '%s' (zie inclusio --help)\n", argv[i]);
    return EXIT_USAGE;
}
