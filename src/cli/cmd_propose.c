/* inclusio propose: the account manager proposes a candidate, the employer decides. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const cli_option propose_opts[] = {{"vacancy", "ID", "de vacature (verplicht)", NULL, 0},
                                          {"candidate", "ID", "de kandidaat (verplicht)", NULL, 0},
                                          {NULL, NULL, NULL, NULL, 0}};
static const cli_option outcome_opts[] = {
    {"outcome", "uitgenodigd|aangenomen|afgewezen|ingetrokken", "de uitkomst (verplicht)", NULL, 0},
    {"reason", "TEKST", "reden", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_option list_opts[] = {{"vacancy", "ID", "alleen deze vacature", NULL, 0}, {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"", NULL, "stel een kandidaat voor aan een werkgever", propose_opts},
                               {"outcome", "ID", "leg de uitkomst van een voorstel vast", outcome_opts},
                               {"list", NULL, "voorstellen", list_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"propose", subs};

int cmd_propose(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id, vac = 0, cand;
    if (argc >= 1 && !strcmp(argv[0], "outcome")) {
        if (!wsp_parse_id(cli_arg(argc - 1, argv + 1, 0, NULL), "voorstel", &id)) return cli_usage_error(ctx);
        if (wsp_proposal_outcome(db, id, cli_opt(argc, argv, "--outcome"), cli_opt(argc, argv, "--reason"), &e))
            return cli_fail(&e);
        return wsp_done_id(ctx, "Uitkomst van voorstel", id);
    }
    if (argc >= 1 && !strcmp(argv[0], "list")) {
        const char *v = cli_opt(argc, argv, "--vacancy");
        if (v && !wsp_parse_id(v, "vacature", &vac)) return EXIT_USAGE;
        wsp_proposal_list l;
        if (wsp_proposals_list(db, vac, &l, &e)) return cli_fail(&e);
        json_t *out = wsp_proposals_json(&l);
        WSP_LIST_FREE(&l);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x) {
            char score[16];
            wsp_fixed_nl(json_object_get(x, "score"), score, sizeof score);
            printf("%4lld  vacature %lld (%s)  kandidaat %lld  score %s%s  %s  %s\n",
                   (long long)json_integer_value(json_object_get(x, "id")),
                   (long long)json_integer_value(json_object_get(x, "vacancy")), wsp_str(x, "title"),
                   (long long)json_integer_value(json_object_get(x, "candidate")), score,
                   json_is_true(json_object_get(x, "by_hand")) ? " (handmatig)" : "", wsp_str(x, "proposed_at"),
                   wsp_str(x, "outcome"));
        }
        json_decref(out);
        return EXIT_OK;
    }
    const char *v = cli_opt(argc, argv, "--vacancy"), *c = cli_opt(argc, argv, "--candidate");
    if (!v || !c || cli_arg(argc, argv, 0, NULL)) return cli_usage_error(ctx);
    if (!wsp_parse_id(v, "vacature", &vac) || !wsp_parse_id(c, "kandidaat", &cand)) return EXIT_USAGE;
    if (wsp_propose(db, vac, cand, &id, &e)) return cli_fail(&e);
    return wsp_done_id(ctx, "Voorstel", id);
}
