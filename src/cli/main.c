/* inclusio: command-line entry point. Global options come before the subcommand. */
#include <getopt.h>
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
                 "gebruik: inclusio [--db BESTAND] [--db-read URI] [--json] OPDRACHT ...\n"
                 "        inclusio --version\n\nopdrachten:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].help);
    fprintf(out, "\nStandaard database: inclusio.db (of $INCLUSIO_DB).\n"
                 "--db-read URI (of $INCLUSIO_DB_READ): rapporten, dashboards en exports lezen van deze standby.\n"
                 "Opties van een opdracht: inclusio OPDRACHT --help.\n");
}

int main(int argc, char **argv)
{
    cli_ctx ctx = {.db_path = getenv("INCLUSIO_DB") ? getenv("INCLUSIO_DB") : "inclusio.db"};
    const char *read_target = getenv("INCLUSIO_DB_READ");
    static const struct option global[] = {
        {"db", required_argument, NULL, 'd'},   {"json", no_argument, NULL, 'j'},
        {"db-read", required_argument, NULL, 'r'},
        {"help", no_argument, NULL, 'h'},       {"version", no_argument, NULL, 'V'}, {0}};
    /* "+": stop at the command's name; what follows is the command's to parse. */
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+:", global, NULL)) != -1) {
        if (c == 'd') ctx.db_path = optarg;
        else if (c == 'r') read_target = optarg;
        else if (c == 'j') ctx.json = true;
        else if (c == 'h') { usage(stdout); return EXIT_OK; }
        /* The version comes from the file VERSION (the Makefile passes it as INCLUSIO_VERSION). */
        else if (c == 'V') { printf("inclusio %s\n", INCLUSIO_VERSION); return EXIT_OK; }
        else {
            if (c == ':') fprintf(stderr, "inclusio: optie %s mist een waarde\n", argv[optind - 1]);
            else fprintf(stderr, "inclusio: onbekende optie %s\n", argv[optind - 1]);
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    app_set_read_target(read_target);
    int i = optind;
    if (i >= argc) { usage(stderr); return EXIT_USAGE; }
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
        if (strcmp(argv[i], commands[k].name) == 0) {
            int rc = commands[k].fn(&ctx, argc - i - 1, argv + i + 1);
            db_close(ctx.db);
            return rc;
        }
    }
    fprintf(stderr, "inclusio: onbekende opdracht '%s' (zie inclusio --help)\n", argv[i]);
    return EXIT_USAGE;
}
