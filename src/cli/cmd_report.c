/* inclusio report KIND ...: dispatches to the report kinds listed in report_kinds.def. */
#include "cli/commands.h"
#include <string.h>

#define REPORT_KIND(name, fn) int fn(cli_ctx *ctx, int argc, char **argv);
#include "cli/report_kinds.def"
#undef REPORT_KIND

static const struct {
    const char *name;
    cli_command_fn fn;
} kinds[] = {
#define REPORT_KIND(name, fn) {name, fn},
#include "cli/report_kinds.def"
#undef REPORT_KIND
};

int cmd_report(cli_ctx *ctx, int argc, char **argv)
{
    for (size_t i = 0; argc > 0 && i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(argv[0], kinds[i].name) == 0) return kinds[i].fn(ctx, argc - 1, argv + 1);
    fprintf(stderr, "gebruik: inclusio report SOORT [opties] [--json]\nsoorten:");
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) fprintf(stderr, " %s", kinds[i].name);
    fprintf(stderr, "\n");
    return EXIT_USAGE;
}
