/* inclusio employer: accounts, contact persons, contact moments, events, the one view of the employer. */
#include "cli/commands.h"
#include "cli/wsp_cli.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

static const char *const USAGE =
    "inclusio employer add --kvk KVK --name NAAM --municipality GEMEENTE --size zzp|micro|klein|middel|groot\n"
    "                      [--sector SECTOR] [--postcode PC] [--manager ACCOUNTMANAGER]\n"
    "       inclusio employer list [--municipality GEMEENTE] [--json]\n"
    "       inclusio employer show ID [--json]\n"
    "       inclusio employer contact ID --name NAAM [--role ROL] [--email E] [--phone T]\n"
    "       inclusio employer moment ID --kind bezoek|telefoon|evenement|email --date JJJJ-MM-DD [--by NAAM]\n"
    "                      [--notes TEKST] [--event EVENEMENT]\n"
    "       inclusio employer event-add --title TITEL --date JJJJ-MM-DD --municipality GEMEENTE [--location PLAATS]\n"
    "       inclusio employer events [--json]\n"
    "       inclusio employer attend EVENEMENT WERKGEVER [--absent]";

static const wsp_opt add_opts[] = {{"--kvk", "kvk"}, {"--name", "name"}, {"--municipality", "municipality"},
                                   {"--size", "size_class"}, {"--sector", "sector"}, {"--postcode", "postcode"},
                                   {"--manager", "account_manager"}, {NULL, NULL}};
static const wsp_opt contact_opts[] = {{"--name", "name"}, {"--role", "role"}, {"--email", "email"},
                                       {"--phone", "phone"}, {NULL, NULL}};
static const wsp_opt moment_opts[] = {{"--kind", "kind"}, {"--date", "date"}, {"--by", "account_manager"},
                                      {"--notes", "notes"}, {"--event", "event"}, {NULL, NULL}};
static const wsp_opt event_opts[] = {{"--title", "title"}, {"--date", "date"}, {"--municipality", "municipality"},
                                     {"--location", "location"}, {NULL, NULL}};

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

int cmd_employer(cli_ctx *ctx, int argc, char **argv)
{
    if (argc < 1) return cli_usage(USAGE);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    int64_t id, other;
    if (!strcmp(sub, "add")) {
        return wsp_add(ctx, db, argc, argv, add_opts, wsp_employer_add, "Werkgever");
    }
    if (!strcmp(sub, "list")) {
        json_t *out;
        if (wsp_employers_list(db, cli_opt(argc, argv, "--municipality"), &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x)
            printf("%4lld  %-8s  %-36s %-20s %-10s open vacatures: %lld\n",
                   (long long)json_integer_value(json_object_get(x, "id")), wsp_str(x, "kvk"), wsp_str(x, "name"),
                   wsp_str(x, "municipality"), wsp_str(x, "size_class"),
                   (long long)json_integer_value(json_object_get(x, "open_vacancies")));
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "show")) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "werkgever", &id)) return EXIT_USAGE;
        json_t *out;
        if (wsp_employer_view(db, id, &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        print_view(out);
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "contact") || !strcmp(sub, "moment")) {
        bool contact = !strcmp(sub, "contact");
        const wsp_opt *map = contact ? contact_opts : moment_opts;
        if (!wsp_parse_id(cli_arg(argc, argv, 0, wsp_opt_names(map)), "werkgever", &id)) return EXIT_USAGE;
        json_t *in = wsp_opts_json(argc, argv, map);
        int64_t nid;
        inc_status s = contact ? wsp_contact_add(db, id, in, &nid, &e) : wsp_moment_add(db, id, in, &nid, &e);
        json_decref(in);
        return s ? cli_fail(&e) : wsp_done_id(ctx, contact ? "Contactpersoon" : "Contactmoment", nid);
    }
    if (!strcmp(sub, "event-add")) {
        return wsp_add(ctx, db, argc, argv, event_opts, wsp_event_add, "Evenement");
    }
    if (!strcmp(sub, "events")) {
        json_t *out;
        if (wsp_events_list(db, &out, &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(out);
        size_t i;
        json_t *x;
        json_array_foreach(out, i, x)
            printf("%4lld  %s  %-40s %-20s aanwezig %lld van %lld\n", (long long)json_integer_value(json_object_get(x, "id")),
                   wsp_str(x, "date"), wsp_str(x, "title"), wsp_str(x, "municipality"),
                   (long long)json_integer_value(json_object_get(x, "attended")),
                   (long long)json_integer_value(json_object_get(x, "registered")));
        json_decref(out);
        return EXIT_OK;
    }
    if (!strcmp(sub, "attend")) {
        if (!wsp_parse_id(cli_arg(argc, argv, 0, NULL), "evenement", &id) ||
            !wsp_parse_id(cli_arg(argc, argv, 1, NULL), "werkgever", &other))
            return EXIT_USAGE;
        if (wsp_event_attend(db, id, other, !cli_flag(argc, argv, "--absent"), &e)) return cli_fail(&e);
        if (ctx->json) return cli_print_json(json_pack("{s:I, s:I}", "event", (json_int_t)id, "employer", (json_int_t)other));
        printf("Aanwezigheid vastgelegd.\n");
        return EXIT_OK;
    }
    return cli_usage(USAGE);
}
