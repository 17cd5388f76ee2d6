/* inclusio jobs run [--date D] [--no-mail]: the follow-up's daily jobs for cron or a systemd timer
 * (packaging/inclusio-jobs.timer); `inclusio serve` runs the same once a day in a thread. */
#include "cli/commands.h"
#include "app/followup_jobs.h"
#include <string.h>
#include <time.h>

static const cli_option run_opts[] = {{"date", "JJJJ-MM-DD", "de dag waarvoor de taken lopen (standaard vandaag)", NULL, 0},
                                      {"no-mail", NULL, "zet e-mail alleen in de wachtrij, verstuur nog niet", NULL, 0},
                                      {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {
    {"run", NULL, "dagelijkse taken: herinneringen contact, jaarrapportage, eindrapportage, verificatie, achterstand",
     run_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"jobs", subs};

int cmd_jobs(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    if (strcmp(argv[0], "run") != 0) return cli_usage_error(ctx);
    inc_error e = {0};
    inc_date day = date_today();
    const char *d = cli_opt(argc, argv, "--date");
    if (d && date_parse(d, &day, "date", &e) != INC_OK) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    jobs_result r;
    if (app_jobs_run(db, day, &r, &e) != INC_OK) return cli_fail(&e);
    mail_result m = {0};
    bool mail = !cli_flag(argc, argv, "--no-mail");
    if (mail && app_mail_deliver(db, (int64_t)time(NULL), false, &m, &e) != INC_OK) return cli_fail(&e);
    char iso[11];
    date_format_iso(day, iso);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:i, s:i, s:i, s:b, s:i, s:i, s:i}", "date", iso, "contracts", r.contracts,
                                        "notices", r.notices, "queued", r.mails, "relay", m.relay, "sent", m.sent,
                                        "retry", m.retry, "gave_up", m.gave_up));
    printf("Taken van %s: %d opdracht(en), %d nieuw(e) bericht(en), %d e-mail(s) in de wachtrij.\n", iso, r.contracts,
           r.notices, r.mails);
    if (!mail) printf("E-mail: niet verstuurd (--no-mail).\n");
    else if (!m.relay) printf("E-mail: geen relay ingesteld (INCLUSIO_SMTP_URL); de wachtrij bewaart alles.\n");
    else printf("E-mail: %d verzonden, %d later opnieuw, %d opgegeven.\n", m.sent, m.retry, m.gave_up);
    return EXIT_OK;
}
