#include "cli/cli_fields.h"
#include "cli/cli.h"
#include <stdio.h>
#include <string.h>

static const char *get(void *src, const char *name)
{
    cli_fields *cf = src;
    /* Options are declared with '-' ("contractor-kvk"); cli_parse has mapped "--contractor_kvk" to it. */
    char opt[96];
    snprintf(opt, sizeof opt, "%s", name);
    for (char *p = opt; *p; p++)
        if (*p == '_') *p = '-';
    return cli_opt(cf->argc, cf->argv, opt);
}

field_source cli_fields_source(cli_fields *cf, int argc, char **argv)
{
    cf->argc = argc;
    cf->argv = argv;
    return (field_source){get, cf};
}
