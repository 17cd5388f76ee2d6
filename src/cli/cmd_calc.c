/* inclusio calc obligation | calc value: one JSON object on stdin, one on stdout; stores nothing. */
#include "cli/commands.h"
#include "core/json_fields.h"
#include "store/register.h"
#include <string.h>

int cmd_calc(cli_ctx *ctx, int argc, char **argv)
{
    const char *what = argc > 0 ? argv[0] : NULL;
    if (!what || (strcmp(what, "obligation") && strcmp(what, "value")))
        return cli_usage("inclusio calc obligation|value < invoer.json");
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    json_t *in = cli_read_json_stdin(&e);
    if (!in) return cli_fail(&e);
    json_fields jf;
    field_source fs = json_fields_source(&jf, in);
    json_t *out = NULL;
    inc_status s = strcmp(what, "obligation") == 0 ? calc_obligation_json(db, &fs, &out, &e)
                                                   : calc_value_json(db, &fs, &out, &e);
    json_decref(in);
    if (s != INC_OK) return cli_fail(&e);
    return cli_print_json(out);
}
