/* inclusio question: employers' questions with the 48-hour answer target. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const USAGE =
    "inclusio question add --employer ID --subject ONDERWERP [--text VRAAG] [--asked-at JJJJ-MM-DDTUU:MM]\n"
    "                      [--channel telefoon|email|bezoek|website]\n"
    "       inclusio question answer ID --answer ANTWOORD [--at JJJJ-MM-DDTUU:MM] [--by NAAM]\n"
    "       inclusio question list [--status open|te-laat|beantwoord] [--employer ID] [--json]\n"
    "       inclusio question stats [--json]   (aandeel binnen 48 uur beantwoord per maand)";

static const wsp_opt add_opts[] = {{"--employer", "employer"}, {"--subject", "subject"}, {"--text", "question"},
                                   {"--asked-at", "asked_at"}, {"--channel", "channel"}, {NULL, NULL}};
static const wsp_opt answer_opts[] = {{"--answer", "answer"}, {"--at", "answered_at"}, {"--by", "answered_by"},
                                      {NULL, NULL}};

int cmd_question(cli_ctx *ctx, int argc, char **argv)
{
    if (argc < 1) return cli_usage(USAGE);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id;
    if (!strcmp(sub, "add")) {
        return wsp_add(ctx, db, argc, argv, add_opts, wsp_question_add, "Vraag");
    }
    if (!strcmp(sub, "answer")) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, wsp_opt_names(answer_opts)), "vraag", &id)) return EXIT_USAGE;
        json_t *in = wsp_opts_json(argc, argv, answer_opts);
        inc_status s = wsp_question_answer(db, id, in, &e);
        json_decref(in);
        return s ? cli_fail(&e) : wsp_done_id(ctx, "Antwoord op vraag", id);
    }
    if (!strcmp(sub, "list")) {
        int64_t employer = 0;
        const char *emp = cli_opt(argc, argv, "--employer");
        if (emp && !wsp_parse_id(emp, "werkgever", &employer)) return EXIT_USAGE;
        json_t *out;
        if (wsp_questions_list(db, cli_opt(argc, argv, "--status"), employer, &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x)
            printf("%4lld  %s  uiterlijk %s  %-15s %-30s %s\n", (long long)json_integer_value(json_object_get(x, "id")),
                   wsp_str(x, "asked_at"), wsp_str(x, "due_at"), wsp_str(x, "status"), wsp_str(x, "employer_name"),
                   wsp_str(x, "subject"));
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "stats")) {
        json_t *out;
        if (wsp_questions_stats(db, &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        printf("maand    gesteld  op tijd  te laat beantwoord  over tijd  open  aandeel op tijd\n");
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x) {
            char share[24] = "-";
            json_t *sh = json_object_get(x, "share_in_time");
            if (!json_is_null(sh)) {
                wsp_fixed_nl(sh, share, sizeof share - 2);
                strcat(share, " %");
            }
            printf("%s  %7lld  %7lld  %18lld  %9lld  %4lld  %s\n", wsp_str(x, "month"),
                   (long long)json_integer_value(json_object_get(x, "asked")),
                   (long long)json_integer_value(json_object_get(x, "answered_in_time")),
                   (long long)json_integer_value(json_object_get(x, "answered_late")),
                   (long long)json_integer_value(json_object_get(x, "overdue")),
                   (long long)json_integer_value(json_object_get(x, "open")), share);
        }
        json_decref(out);
        return EXIT_OK;
    }
    return cli_usage(USAGE);
}
