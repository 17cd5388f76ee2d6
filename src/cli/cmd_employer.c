/* inclusio employer: accounts, contact persons, contact moments, events, the one view of the employer. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "app/wsp_view.h"
#include <stdio.h>
#include <string.h>

static const wsp_opt add_opts[] = {
    {"kvk", "KVK", "KvK-nummer (verplicht)", "kvk", 0},
    {"name", "NAAM", "naam (verplicht)", "name", 0},
    {"municipality", "GEMEENTE", "gemeente, code of naam (verplicht)", "municipality", CLI_MUNICIPALITY},
    {"size", "zzp|micro|klein|middel|groot", "omvang (verplicht)", "size_class", 0},
    {"sector", "SECTOR", "sector", "sector", 0},
    {"postcode", "PC", "postcode", "postcode", 0},
    {"manager", "ACCOUNTMANAGER", "accountmanager", "account_manager", 0},
    WSP_END};
static const wsp_opt list_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), WSP_END};
static const wsp_opt contact_opts[] = {{"name", "NAAM", "naam (verplicht)", "name", 0},
                                       {"role", "ROL", "functie", "role", 0},
                                       {"email", "E", "e-mailadres", "email", 0},
                                       {"phone", "T", "telefoonnummer", "phone", 0},
                                       WSP_END};
static const wsp_opt moment_opts[] = {{"kind", "bezoek|telefoon|evenement|email", "soort (verplicht)", "kind", 0},
                                      {"date", "JJJJ-MM-DD", "datum (verplicht)", "date", 0},
                                      {"by", "NAAM", "accountmanager", "account_manager", 0},
                                      {"notes", "TEKST", "aantekeningen", "notes", 0},
                                      {"event", "EVENEMENT", "evenement (id)", "event", 0},
                                      WSP_END};
static const wsp_opt event_opts[] = {{"title", "TITEL", "titel (verplicht)", "title", 0},
                                     {"date", "JJJJ-MM-DD", "datum (verplicht)", "date", 0},
                                     {"municipality", "GEMEENTE", "gemeente, code of naam (verplicht)", "municipality", CLI_MUNICIPALITY},
                                     {"location", "PLAATS", "locatie", "location", 0},
                                     WSP_END};
static const wsp_opt attend_opts[] = {{"absent", NULL, "aangemeld maar niet aanwezig", NULL, 0}, WSP_END};
static const cli_sub subs[] = {{"add", NULL, "registreer een werkgever", add_opts},
                               {"list", NULL, "werkgevers", list_opts},
                               {"show", "ID", "het totaalbeeld van een werkgever", NULL},
                               {"contact", "ID", "voeg een contactpersoon toe", contact_opts},
                               {"moment", "ID", "leg een contactmoment vast", moment_opts},
                               {"event-add", NULL, "voeg een evenement toe", event_opts},
                               {"events", NULL, "evenementen", NULL},
                               {"attend", "EVENEMENT WERKGEVER", "leg aanwezigheid vast", attend_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"employer", subs};

static void print_view(json_t *j)
{
    printf("%s (KvK %s) - %s, %s, %s\n", wsp_str(j, "name"), wsp_str(j, "kvk"), wsp_str(j, "municipality"),
           wsp_str(j, "sector"), wsp_str(j, "size_class"));
    printf("Accountmanager: %s\n", wsp_str(j, "account_manager"));
    json_t *sebo = json_object_get(j, "sebo");
    printf("SEBO: %s (%s)\n", wsp_str(sebo, "status"), wsp_str(sebo, "toelichting"));
    size_t i;
    json_t *x;
    json_t *sroi = json_object_get(j, "sroi_contracts");
    printf("SROI-verplichting: %s\n", json_array_size(sroi) ? "ja" : "nee");
    json_array_foreach(sroi, i, x) {
        char rem[32];
        wsp_money_nl(json_object_get(x, "remaining"), rem, sizeof rem);
        printf("  contract %s %s (%s, tot %s): nog %s te realiseren\n", wsp_str(x, "reference"),
               wsp_str(x, "title"), wsp_str(x, "municipality"), wsp_str(x, "end_date"), rem);
    }
    printf("Contactpersonen:\n");
    json_array_foreach(json_object_get(j, "contacts"), i, x)
        printf("  %s (%s) %s %s\n", wsp_str(x, "name"), wsp_str(x, "role"), wsp_str(x, "email"), wsp_str(x, "phone"));
    printf("Contactmomenten:\n");
    json_array_foreach(json_object_get(j, "contact_moments"), i, x)
        printf("  %s %-9s %s: %s\n", wsp_str(x, "date"), wsp_str(x, "kind"), wsp_str(x, "account_manager"),
               wsp_str(x, "notes"));
    printf("Evenementen:\n");
    json_array_foreach(json_object_get(j, "events"), i, x)
        printf("  %s %s%s\n", wsp_str(x, "date"), wsp_str(x, "title"),
               json_integer_value(json_object_get(x, "attended")) ? "" : " (afwezig)");
    printf("Vragen:\n");
    json_array_foreach(json_object_get(j, "questions"), i, x)
        printf("  #%lld %s %-15s %s\n", (long long)json_integer_value(json_object_get(x, "id")), wsp_str(x, "asked_at"),
               wsp_str(x, "status"), wsp_str(x, "subject"));
    printf("Vacatures:\n");
    json_array_foreach(json_object_get(j, "vacancies"), i, x)
        printf("  #%lld %s (%s, %lld kandidaten gevraagd)\n", (long long)json_integer_value(json_object_get(x, "id")),
               wsp_str(x, "title"), wsp_str(x, "status"), (long long)json_integer_value(json_object_get(x, "wanted")));
    printf("Plaatsingen: %zu\n", json_array_size(json_object_get(j, "placements")));
}

static void print_employer(json_t *x)
{
    printf("%4lld  %-8s  %-36s %-20s %-10s open vacatures: %lld\n", (long long)json_integer_value(json_object_get(x, "id")),
           wsp_str(x, "kvk"), wsp_str(x, "name"), wsp_str(x, "municipality"), wsp_str(x, "size_class"),
           (long long)json_integer_value(json_object_get(x, "open_vacancies")));
}

static void print_event(json_t *x)
{
    printf("%4lld  %s  %-40s %-20s aanwezig %lld van %lld\n", (long long)json_integer_value(json_object_get(x, "id")),
           wsp_str(x, "date"), wsp_str(x, "title"), wsp_str(x, "municipality"),
           (long long)json_integer_value(json_object_get(x, "attended")),
           (long long)json_integer_value(json_object_get(x, "registered")));
}

static int list(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    wsp_employer_list l;
    if (wsp_employers_list(db, cli_opt(argc, argv, "--municipality"), &l, &e)) return cli_fail(&e);
    json_t *out = wsp_employers_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, NULL, print_employer);
}

static int show(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "werkgever", &id)) return EXIT_USAGE;
    wsp_employer_detail v;
    if (wsp_employer_view(db, id, &v, &e)) return cli_fail(&e);
    json_t *out = wsp_employer_view_json(&v);
    wsp_employer_view_free(&v);
    if (ctx->json) return cli_print_json(out);
    print_view(out);
    json_decref(out);
    return EXIT_OK;
}

/* contact and moment: a record of the employer given by ID. */
static int contact_or_moment(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    bool contact = !strcmp(sub, "contact");
    inc_error e = {0};
    int64_t id;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "werkgever", &id)) return EXIT_USAGE;
    json_t *in = wsp_opts_json(argc, argv, contact ? contact_opts : moment_opts);
    int64_t nid;
    wsp_contact_in c;
    wsp_moment_in m;
    inc_status s = contact ? (wsp_contact_in_read(in, &c, &e) ? INC_EINVAL : wsp_contact_add(db, id, &c, &nid, &e))
                           : (wsp_moment_in_read(in, &m, &e) ? INC_EINVAL : wsp_moment_add(db, id, &m, &nid, &e));
    json_decref(in);
    return s ? cli_fail(&e) : wsp_done_id(ctx, contact ? "Contactpersoon" : "Contactmoment", nid);
}

static int events(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub, (void)argc, (void)argv;
    inc_error e = {0};
    wsp_event_list l;
    if (wsp_events_list(db, &l, &e)) return cli_fail(&e);
    json_t *out = wsp_events_json(&l);
    WSP_LIST_FREE(&l);
    return wsp_print_each(ctx, out, NULL, print_event);
}

static int attend(cli_ctx *ctx, inc_db *db, const char *sub, int argc, char **argv)
{
    (void)sub;
    inc_error e = {0};
    int64_t id, other;
    if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "evenement", &id) ||
        !wsp_parse_id(cli_arg(argc, argv, 1, NULL), "werkgever", &other))
        return EXIT_USAGE;
    if (wsp_event_attend(db, id, other, !cli_flag(argc, argv, "--absent"), &e)) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I, s:I}", "event", (json_int_t)id, "employer", (json_int_t)other));
    printf("Aanwezigheid vastgelegd.\n");
    return EXIT_OK;
}

static const wsp_action actions[] = {{"add", NULL, wsp_employer_add_json, "Werkgever"},
                                     {"list", list, NULL, NULL},
                                     {"show", show, NULL, NULL},
                                     {"contact", contact_or_moment, NULL, NULL},
                                     {"moment", contact_or_moment, NULL, NULL},
                                     {"event-add", NULL, wsp_event_add_json, "Evenement"},
                                     {"events", events, NULL, NULL},
                                     {"attend", attend, NULL, NULL},
                                     {NULL, NULL, NULL, NULL}};

int cmd_employer(cli_ctx *ctx, int argc, char **argv)
{
    return wsp_dispatch(ctx, &spec, actions, argc, argv);
}
