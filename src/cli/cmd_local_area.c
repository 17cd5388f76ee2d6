/* inclusio local-area GEMEENTE --from 2711 [--to 2729] [--region]: what "local" means for the SEBO
 * preference and the invitation form (app/local_area.h). Bad input exits 3. */
#include "cli/commands.h"
#include "app/local_area.h"
#include <string.h>

static const cli_option opts[] = {{"from", "PC4", "eerste viercijferige postcode van het gebied", NULL, 0},
                                  {"to", "PC4", "laatste viercijferige postcode (standaard: --from)", NULL, 0},
                                  {"region", NULL, "een gebied van de regio (anders van de gemeente zelf)", NULL, 0},
                                  {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"", "GEMEENTE", "voeg een postcodegebied toe dat voor de gemeente lokaal is", opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"local-area", subs};

int cmd_local_area(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *m = cli_arg(argc, argv, 0, NULL);
    const char *from = cli_opt(argc, argv, "--from"), *to = cli_opt(argc, argv, "--to");
    if (!m || !from) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    bool region = cli_flag(argc, argv, "--region");
    if (app_local_postcodes_add(db, m, region, from, to, &e) != INC_OK) {
        int rc = cli_fail(&e);
        return e.status == INC_EINVAL ? EXIT_IO : rc;
    }
    printf("Postcodes %s-%s gelden voortaan als lokaal voor %s (%s).\n", from, to ? to : from, m,
           region ? "regio" : "gemeente");
    return EXIT_OK;
}
