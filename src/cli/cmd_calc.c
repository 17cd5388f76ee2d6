/* inclusio calc obligation | calc value: one JSON object on stdin, one on stdout; stores nothing. */
#include "cli/commands.h"
#include "core/json_fields.h"
#include "app/register_calc.h"
#include "io/register_view.h"
#include <string.h>

static const cli_sub subs[] = {
    {"obligation", "< invoer.json", "SROI-verplichting van een opdracht (JSON op stdin)", NULL},
    {"value", "< invoer.json", "waarde van een realisatie (JSON op stdin)", NULL},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"calc", subs};

int cmd_calc(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *what = argv[0];
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    json_t *in = cli_read_json_stdin(&e);
    if (!in) return cli_fail(&e);
    json_fields jf;
    field_source fs = json_fields_source(&jf, in);
    json_t *out = NULL;
    inc_status s;
    if (strcmp(what, "obligation") == 0) {
        inc_obligation ob;
        calc_pso pso;
        if ((s = app_calc_obligation(db, &fs, &ob, &pso, &e)) == INC_OK) {
            out = obligation_calc_json(&ob);
            if (pso.asked) json_object_set_new(out, "pso", pso_effect_json(&pso.effect));
        }
    } else {
        inc_block b;
        inc_value v;
        if ((s = app_calc_value(db, &fs, &b, &v, &e)) == INC_OK) out = value_calc_json(&v, &b);
    }
    json_decref(in);
    if (s != INC_OK) return cli_fail(&e);
    return cli_print_json(out);
}
