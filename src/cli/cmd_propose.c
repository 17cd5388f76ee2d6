/* inclusio propose: the account manager proposes a candidate, the employer decides. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const USAGE =
    "inclusio propose --vacancy ID --candidate ID\n"
    "       inclusio propose outcome ID --outcome uitgenodigd|aangenomen|afgewezen|ingetrokken [--reason TEKST]\n"
    "       inclusio propose list [--vacancy ID] [--json]";

int cmd_propose(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id, vac = 0, cand;
    static const char *const vopts[] = {"--outcome", "--reason", "--vacancy", NULL};
    if (argc >= 1 && !strcmp(argv[0], "outcome")) {
        if (!wsp_parse_id(cli_arg(argc - 1, argv + 1, 0, vopts), "voorstel", &id)) return cli_usage(USAGE);
        if (wsp_proposal_outcome(db, id, cli_opt(argc, argv, "--outcome"), cli_opt(argc, argv, "--reason"), &e))
            return cli_fail(&e);
        return wsp_done_id(ctx, "Uitkomst van voorstel", id);
    }
    if (argc >= 1 && !strcmp(argv[0], "list")) {
        const char *v = cli_opt(argc, argv, "--vacancy");
        if (v && !wsp_parse_id(v, "vacature", &vac)) return EXIT_USAGE;
        json_t *out;
        if (wsp_proposals_list(db, vac, &out, &e)) return cli_fail(&e);
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
    if (!v || !c) return cli_usage(USAGE);
    if (!wsp_parse_id(v, "vacature", &vac) || !wsp_parse_id(c, "kandidaat", &cand)) return EXIT_USAGE;
    if (wsp_propose(db, vac, cand, &id, &e)) return cli_fail(&e);
    return wsp_done_id(ctx, "Voorstel", id);
}
