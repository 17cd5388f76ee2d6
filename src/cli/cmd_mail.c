/* inclusio mail send|list|address: the follow-up's e-mail outbox and users' addresses (issue 17). */
#include "cli/commands.h"
#include "app/followup_jobs.h"
#include "app/user.h"
#include <string.h>
#include <time.h>

static const cli_option send_opts[] = {{"all", NULL, "ook wat nog moet wachten (na herstel van de relay)", NULL, 0},
                                       {NULL, NULL, NULL, NULL, 0}};
static const cli_option list_opts[] = {{"status", "STATUS", "wachtend, bezig, verzonden of mislukt", NULL, 0},
                                       {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"send", NULL, "verstuur de e-mail in de wachtrij die aan de beurt is", send_opts},
                               {"list", NULL, "de wachtrij en wat ermee gebeurde", list_opts},
                               {"address", "GEBRUIKER ADRES", "stel het e-mailadres van een gebruiker in", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"mail", subs};

int cmd_mail(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_error e = {0};
    inc_db *db;
    if (strcmp(sub, "send") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        mail_result m;
        if (app_mail_deliver(db, (int64_t)time(NULL), cli_flag(argc, argv, "--all"), &m, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json)
            return cli_print_json(json_pack("{s:b, s:i, s:i, s:i}", "relay", m.relay, "sent", m.sent, "retry", m.retry,
                                            "gave_up", m.gave_up));
        if (!m.relay) printf("Geen relay ingesteld (INCLUSIO_SMTP_URL); de wachtrij bewaart alles.\n");
        else printf("E-mail: %d verzonden, %d later opnieuw, %d opgegeven.\n", m.sent, m.retry, m.gave_up);
        return EXIT_OK;
    }
    if (strcmp(sub, "list") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        json_t *a;
        if (app_outbox_json(db, cli_opt(argc, argv, "--status"), &a, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(a);
        size_t i;
        json_t *x;
        json_array_foreach(a, i, x)
        {
            const char *err = json_string_value(json_object_get(x, "last_error"));
            printf("%-6lld %-10s %-32s %s%s%s\n", (long long)json_integer_value(json_object_get(x, "id")),
                   json_string_value(json_object_get(x, "status")), json_string_value(json_object_get(x, "to")),
                   json_string_value(json_object_get(x, "subject")), err ? "  -- " : "", err ? err : "");
        }
        json_decref(a);
        return EXIT_OK;
    }
    if (strcmp(sub, "address") == 0) {
        const char *name = cli_arg(argc, argv, 1, NULL), *addr = cli_arg(argc, argv, 2, NULL);
        if (!name || !addr) return cli_usage_error(ctx);
        if (!(db = cli_db(ctx))) return EXIT_IO;
        inc_user u;
        if (app_user_load_by_name(db, name, &u, &e) != INC_OK || app_user_email_set(db, u.id, addr, &e) != INC_OK)
            return cli_fail(&e);
        printf("E-mailadres van %s: %s\n", u.username, addr);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
