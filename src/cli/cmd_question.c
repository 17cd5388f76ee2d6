/* inclusio question: employers' questions with the 48-hour answer target. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const wsp_opt add_opts[] = {{"employer", "ID", "werkgever (verplicht)", "employer", 0},
                                   {"subject", "ONDERWERP", "onderwerp (verplicht)", "subject", 0},
                                   {"text", "VRAAG", "de vraag", "question", 0},
                                   {"asked-at", "JJJJ-MM-DDTUU:MM", "moment van de vraag (standaard nu)", "asked_at", 0},
                                   {"channel", "telefoon|email|bezoek|website", "kanaal", "channel", 0},
                                   WSP_END};
static const wsp_opt answer_opts[] = {{"answer", "ANTWOORD", "het antwoord (verplicht)", "answer", 0},
                                      {"at", "JJJJ-MM-DDTUU:MM", "moment van het antwoord (standaard nu)", "answered_at", 0},
                                      {"by", "NAAM", "beantwoord door", "answered_by", 0},
                                      WSP_END};
static const wsp_opt list_opts[] = {{"status", "open|te-laat|beantwoord", "alleen deze status", NULL, 0},
                                    {"employer", "ID", "alleen deze werkgever", NULL, 0},
                                    WSP_END};
static const cli_sub subs[] = {{"add", NULL, "leg een vraag van een werkgever vast", add_opts},
                               {"answer", "ID", "leg het antwoord vast", answer_opts},
                               {"list", NULL, "vragen", list_opts},
                               {"stats", NULL, "aandeel binnen 48 uur beantwoord per maand", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"question", subs};

static int answer(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "vraag", &id)) return EXIT_USAGE;
    json_t *in = wsp_opts_json(argc, argv, answer_opts);
    wsp_answer_in a;
    inc_status s = wsp_answer_in_read(in, &a, &e) ? INC_EINVAL : wsp_question_answer(db, id, &a, &e);
    json_decref(in);
    return s ? cli_fail(&e) : wsp_done_id(ctx, "Antwoord op vraag", id);
}

static void print_question(json_t *x)
{
    printf("%4lld  %s  uiterlijk %s  %-15s %-30s %s\n", (long long)json_integer_value(json_object_get(x, "id")),
           wsp_str(x, "asked_at"), wsp_str(x, "due_at"), wsp_str(x, "status"), wsp_str(x, "employer_name"),
           wsp_str(x, "subject"));
}

static int list(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t employer = 0;
    const char *emp = cli_opt(argc, argv, "--employer");
    if (emp && !wsp_parse_id(emp, "werkgever", &employer)) return EXIT_USAGE;
    wsp_question_list l;
    if (wsp_questions_list(db, cli_opt(argc, argv, "--status"), employer, &l, &e)) return cli_fail(&e);
    json_t *out = wsp_questions_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, NULL, print_question);
}

static void print_month(json_t *x)
{
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

static int stats(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub, (void)argc, (void)argv;
    inc_error e = {0};
    wsp_month_list l;
    if (wsp_questions_stats(db, NULL, 0, &l, &e)) return cli_fail(&e);
    json_t *out = wsp_question_months_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, "maand    gesteld  op tijd  te laat beantwoord  over tijd  open  aandeel op tijd",
                          print_month);
}

static const wsp_action actions[] = {{"add", NULL, wsp_question_add_json, "Vraag"},
                                     {"answer", answer, NULL, NULL},
                                     {"list", list, NULL, NULL},
                                     {"stats", stats, NULL, NULL},
                                     {NULL, NULL, NULL, NULL}};

int cmd_question(cli_ctx *ctx, int argc, char **argv)
{
    return wsp_dispatch(ctx, &spec, actions, argc, argv);
}
