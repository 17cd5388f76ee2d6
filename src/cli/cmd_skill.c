/* inclusio skill: the one shared skills list (beheer). */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const cli_sub subs[] = {{"add", "NAAM", "voeg een vaardigheid toe", NULL},
                               {"list", NULL, "alle vaardigheden", NULL},
                               {"deactivate", "NAAM", "zet een vaardigheid buiten gebruik", NULL},
                               {"activate", "NAAM", "neem een vaardigheid weer in gebruik", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"skill", subs};

int cmd_skill(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    const char *name = cli_arg(argc, argv, 1, NULL);
    if (!strcmp(argv[0], "add") && name) {
        int64_t id;
        if (wsp_skill_add(db, name, &id, &e)) return cli_fail(&e);
        return wsp_done_id(ctx, "Vaardigheid", id);
    }
    if ((!strcmp(argv[0], "deactivate") || !strcmp(argv[0], "activate")) && name) {
        if (wsp_skill_set_active(db, name, !strcmp(argv[0], "activate"), &e)) return cli_fail(&e);
        printf("Vaardigheid '%s' %s.\n", name, !strcmp(argv[0], "activate") ? "weer in gebruik" : "buiten gebruik");
        return EXIT_OK;
    }
    if (!strcmp(argv[0], "list")) {
        wsp_skill_list l;
        if (wsp_skills_list(db, &l, &e)) return cli_fail(&e);
        json_t *out = wsp_skills_json(&l);
        WSP_LIST_FREE(&l);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x)
            printf("%4lld  %s%s\n", (long long)json_integer_value(json_object_get(x, "id")), wsp_str(x, "name"),
                   json_is_true(json_object_get(x, "active")) ? "" : " (buiten gebruik)");
        json_decref(out);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
