/* inclusio aftercare: after a WSP placement, its outcome, aftercare contacts, the account manager's
 * list of contacts due and the municipality's schedule (app/aftercare.h, docs/wsp.md "Nazorg"). */
#include "cli/commands.h"
#include "app/aftercare.h"
#include "core/decimal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cli_option outcome_opts[] = {
    {"outcome", "werkt|verlengd|vast|beeindigd", "uitkomst (verplicht)", NULL, 0},
    {"date", "JJJJ-MM-DD", "datum (verplicht; bij beeindigd de einddatum)", NULL, 0},
    {"reason", "TEKST", "toelichting (verplicht bij beeindigd)", NULL, 0},
    CLI_OPT_END};
static const cli_option contact_opts[] = {
    {"date", "JJJJ-MM-DD", "datum van het contact (verplicht)", NULL, 0},
    {"kind", "jobcoach|werkgever|kandidaat|gemeente", "soort contact (verplicht)", NULL, 0},
    {"note", "TEKST", "notitie (hoogstens 1000 tekens)", NULL, 0},
    CLI_OPT_END};
static const cli_option due_opts[] = {
    {"date", "JJJJ-MM-DD", "peildatum (standaard vandaag)", NULL, 0},
    {"within", "DAGEN", "ook wat binnen zoveel dagen moet (standaard 14)", NULL, 0},
    CLI_OPT_END};
static const cli_option schedule_opts[] = {
    CLI_OPT_MUNICIPALITY("gemeente (verplicht)"),
    {"every-days", "DAGEN", "een contact elke zoveel dagen (verplicht; 8 weken = 56)", NULL, 0},
    {"months", "MAANDEN", "zo lang na de start (verplicht)", NULL, 0},
    CLI_OPT_END};
static const cli_sub subs[] = {
    {"outcome", "PLAATSING-ID", "leg de uitkomst van een plaatsing vast", outcome_opts},
    {"contact", "PLAATSING-ID", "leg een nazorgcontact vast", contact_opts},
    {"contacts", "PLAATSING-ID", "nazorgcontacten van een plaatsing", NULL},
    {"due", NULL, "werkvoorraad: nazorgcontacten die moeten of te laat zijn", due_opts},
    {"schedule", NULL, "nazorgschema van een gemeente", schedule_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"aftercare", subs};

static int placement_id(int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *s = cli_arg(argc, argv, 0, NULL);
    if (!s) return inc_fail(e, INC_EINVAL, "placement", "plaatsing-id ontbreekt");
    return decimal_parse(s, 0, id, "placement", e);
}

static int int_opt(int argc, char **argv, const char *name, int *out, inc_error *e)
{
    const char *v = cli_opt(argc, argv, name);
    int64_t n;
    if (!v) return inc_fail(e, INC_EINVAL, name + 2, "%s ontbreekt", name);
    if (decimal_parse(v, 0, &n, name + 2, e)) return INC_EINVAL;
    *out = n < -1000000 || n > 1000000 ? -1 : (int)n;
    return INC_OK;
}

int cmd_aftercare(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_error e = {0};
    int64_t id;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (strcmp(sub, "outcome") == 0) {
        if (placement_id(argc, argv, &id, &e) ||
            app_placement_outcome(db, id, cli_opt(argc, argv, "--outcome"), cli_opt(argc, argv, "--date"),
                                  cli_opt(argc, argv, "--reason"), &e))
            return cli_fail(&e);
        printf("Uitkomst van plaatsing %lld vastgelegd: %s.\n", (long long)id, cli_opt(argc, argv, "--outcome"));
        return EXIT_OK;
    }
    if (strcmp(sub, "contact") == 0) {
        int64_t cid;
        if (placement_id(argc, argv, &id, &e) ||
            app_aftercare_contact(db, id, cli_opt(argc, argv, "--date"), cli_opt(argc, argv, "--kind"),
                                  cli_opt(argc, argv, "--note"), &cid, &e))
            return cli_fail(&e);
        if (ctx->json) return cli_print_json(json_pack("{s:I, s:I}", "id", (json_int_t)cid, "placement", (json_int_t)id));
        printf("Nazorgcontact %lld bij plaatsing %lld vastgelegd.\n", (long long)cid, (long long)id);
        return EXIT_OK;
    }
    if (strcmp(sub, "contacts") == 0) {
        aftercare_contacts l;
        if (placement_id(argc, argv, &id, &e) || app_aftercare_contacts(db, id, &l, &e)) return cli_fail(&e);
        json_t *out = aftercare_contacts_json(&l);
        arena_free(&l.arena);
        return cli_print_json(json_pack("{s:I, s:o}", "placement", (json_int_t)id, "contacts", out));
    }
    if (strcmp(sub, "due") == 0) {
        inc_date today = date_today();
        int within = 14;
        const char *d = cli_opt(argc, argv, "--date");
        if ((d && date_parse(d, &today, "date", &e)) ||
            (cli_opt(argc, argv, "--within") && int_opt(argc, argv, "--within", &within, &e)))
            return cli_fail(&e);
        if (within < 0 || within > 366) {
            inc_fail(&e, INC_EINVAL, "within", "--within is 0 tot 366 dagen");
            return cli_fail(&e);
        }
        aftercare_rows rows;
        aftercare_due_list l;
        if (app_aftercare_due(db, today, within, &rows, &l, &e)) return cli_fail(&e);
        json_t *out = aftercare_due_json(&l);
        arena_free(&l.arena);
        arena_free(&rows.arena);
        if (ctx->json) return cli_print_json(json_pack("{s:o}", "due", out));
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x) {
            printf("plaatsing %4lld  %s bij %s  contact uiterlijk %s%s\n",
                   (long long)json_integer_value(json_object_get(x, "placement")),
                   json_string_value(json_object_get(x, "title")), json_string_value(json_object_get(x, "employer_name")),
                   json_string_value(json_object_get(x, "due_on")),
                   json_is_true(json_object_get(x, "overdue")) ? "  TE LAAT" : "");
        }
        printf("%zu nazorgcontacten te doen\n", json_array_size(out));
        json_decref(out);
        return EXIT_OK;
    }
    if (strcmp(sub, "schedule") == 0) {
        aftercare_schedule s;
        const char *m = cli_opt(argc, argv, "--municipality");
        if (!m) {
            inc_fail(&e, INC_EINVAL, "municipality", "--municipality ontbreekt");
            return cli_fail(&e);
        }
        if (int_opt(argc, argv, "--every-days", &s.interval_days, &e) || int_opt(argc, argv, "--months", &s.period_months, &e) ||
            app_aftercare_schedule_set(db, m, &s, &e))
            return cli_fail(&e);
        printf("Nazorg %s: een contact elke %d dagen, %d maanden lang.\n", m, s.interval_days, s.period_months);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
