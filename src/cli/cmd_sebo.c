/* inclusio sebo holder add|list|show|apply|evidence|status, sebo expiring, sebo requests. */
#include "app/sebo_registry.h"
#include "app/settlement.h"
#include "cli/commands.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

static const cli_option add_opts[] = {
    {"name", "NAAM", "naam van de onderneming (verplicht bij een nieuwe)", NULL, 0},
    {"kinds", "werken,diensten,leveringen", "soorten werk (verplicht)", NULL, 0},
    {"local", NULL, "gevestigd in de gemeente van --municipality (standaard zoetermeer)", NULL, 0},
    {"established", "GEMEENTE", "gemeente van vestiging (code of naam)", NULL, CLI_MUNICIPALITY},
    CLI_OPT_MUNICIPALITY("gemeente van het register"),
    {"zzp", NULL, "zelfstandige zonder personeel", NULL, 0},
    {"profile", "TEKST", "bedrijfsprofiel", NULL, 0},
    {"website", "URL", "website", NULL, 0},
    {"applied", "JJJJ-MM-DD", "datum van de aanvraag", NULL, 0},
    CLI_OPT_END};
static const cli_option list_opts[] = {
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {"status", "STATUS", "geldig, aangevraagd, in-audit, gecertificeerd, verlopen of ingetrokken", NULL, 0},
    {"public", NULL, "alleen wat openbaar is", NULL, 0},
    CLI_OPT_END};
static const cli_option date_opts[] = {{"date", "JJJJ-MM-DD", "datum (standaard vandaag)", NULL, 0}, CLI_OPT_END};
static const cli_option evidence_opts[] = {{"nvt", NULL, "criterium is niet van toepassing", NULL, 0},
                                           {"date", "JJJJ-MM-DD", "datum (standaard vandaag)", NULL, 0},
                                           CLI_OPT_END};
static const cli_option status_opts[] = {
    {"date", "JJJJ-MM-DD", "datum van de overgang (standaard vandaag)", NULL, 0},
    {"body", "BUREAU", "auditbureau (in-audit)", NULL, 0},
    {"audit-date", "JJJJ-MM-DD", "datum van de audit (in-audit)", NULL, 0},
    {"cost", "EUR", "kosten van de audit (in-audit)", NULL, 0},
    {"from", "JJJJ-MM-DD", "gecertificeerd vanaf", NULL, 0},
    {"until", "JJJJ-MM-DD", "geldig tot en met", NULL, 0},
    {"reason", "TEKST", "reden (ingetrokken)", NULL, 0},
    {"note", "TEKST", "toelichting", NULL, 0},
    CLI_OPT_END};
static const cli_option expiring_opts[] = {{"days", "N", "binnen zoveel dagen (standaard 90)", NULL, 0},
                                           CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
                                           CLI_OPT_END};
static const cli_sub subs[] = {
    {"holder add", "KVK", "registreer een SEBO-keurmerkhouder", add_opts},
    {"holder list", NULL, "keurmerkhouders", list_opts},
    {"holder show", "KVK", "een keurmerkhouder", NULL},
    {"holder apply", "KVK", "leg een aanvraag vast", date_opts},
    {"holder evidence", "KVK CRITERIUM [TEKST]", "leg bewijs voor een criterium vast", evidence_opts},
    {"holder status", "KVK [in-audit|gecertificeerd|afgewezen|ingetrokken|verlopen]", "statusovergang van het keurmerk",
     status_opts},
    {"expiring", NULL, "keurmerken die binnenkort verlopen", expiring_opts},
    {"requests", "KVK", "offerteaanvragen aan een keurmerkhouder", NULL},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"sebo", subs};

static int opt_date(int argc, char **argv, const char *name, inc_date *out, inc_error *e)
{
    const char *v = cli_opt(argc, argv, name);
    if (!v) return 0;
    return date_parse(v, out, name + 2, e) != INC_OK;
}

static bool copy_opt(int argc, char **argv, const char *name, char *buf, size_t size)
{
    const char *v = cli_opt(argc, argv, name);
    if (!v) return true;
    if (strlen(v) >= size) return false;
    snprintf(buf, size, "%s", v);
    return true;
}

static int holder_add(cli_ctx *ctx, int argc, char **argv)
{
    inc_error e = {0};
    sebo_holder_input in;
    memset(&in, 0, sizeof in);
    in.applied_on = INC_DATE_NONE;
    const char *kvk = cli_arg(argc, argv, 0, NULL);
    if (!kvk || strlen(kvk) >= sizeof in.kvk) return cli_usage_error(ctx);
    snprintf(in.kvk, sizeof in.kvk, "%s", kvk);
    if (!copy_opt(argc, argv, "--name", in.name, sizeof in.name) ||
        !copy_opt(argc, argv, "--municipality", in.municipality, sizeof in.municipality) ||
        !copy_opt(argc, argv, "--established", in.established, sizeof in.established) ||
        !copy_opt(argc, argv, "--profile", in.profile, sizeof in.profile) ||
        !copy_opt(argc, argv, "--website", in.website, sizeof in.website)) {
        inc_fail(&e, INC_EINVAL, "", "een van de opgegeven teksten is te lang");
        return cli_fail(&e);
    }
    if (cli_flag(argc, argv, "--local") && !in.established[0])
        snprintf(in.established, sizeof in.established, "%s", in.municipality[0] ? in.municipality : "zoetermeer");
    in.self_employed = cli_flag(argc, argv, "--zzp");
    const char *kinds = cli_opt(argc, argv, "--kinds");
    if (kinds) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", kinds);
        for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
            inc_category c;
            if (!category_parse(t, &c)) {
                inc_fail(&e, INC_EINVAL, "kinds", "onbekende soort werk '%s' (werken, diensten, leveringen)", t);
                return cli_fail(&e);
            }
            in.kinds[c] = true;
        }
    }
    if (opt_date(argc, argv, "--applied", &in.applied_on, &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t id;
    if (app_sebo_holder_add(db, &in, &id, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I, s:s}", "id", (json_int_t)id, "kvk", in.kvk));
    printf("SEBO-houder %s geregistreerd%s.\n", in.kvk, in.applied_on != INC_DATE_NONE ? " met een aanvraag" : "");
    return EXIT_OK;
}

static void print_holders(json_t *arr)
{
    printf("%-8s  %-36s %-6s %-16s %-10s %-10s %s\n", "KvK", "naam", "lokaal", "status", "vanaf", "tot", "soorten werk");
    size_t i;
    json_t *h;
    json_array_foreach(arr, i, h) {
        char kinds[64] = "";
        size_t k;
        json_t *c;
        json_array_foreach(json_object_get(h, "kinds"), k, c) {
            if (kinds[0]) strncat(kinds, ",", sizeof kinds - strlen(kinds) - 1);
            strncat(kinds, json_string_value(c), sizeof kinds - strlen(kinds) - 1);
        }
        const char *from = json_string_value(json_object_get(h, "certified_from"));
        const char *until = json_string_value(json_object_get(h, "valid_until"));
        const char *app = json_string_value(json_object_get(h, "application"));
        printf("%-8s  %-36.36s %-6s %-16s %-10s %-10s %s%s%s%s\n", json_string_value(json_object_get(h, "kvk")),
               json_string_value(json_object_get(h, "name")),
               json_is_true(json_object_get(h, "local")) ? "ja" : "nee",
               json_string_value(json_object_get(h, "status")), from ? from : "-", until ? until : "-", kinds,
               json_is_true(json_object_get(h, "self_employed")) ? " (zzp)" : "", app ? "; aanvraag: " : "",
               app ? app : "");
    }
    printf("\n%zu houder(s)\n", json_array_size(arr));
}

static int holder_list(cli_ctx *ctx, int argc, char **argv)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    sebo_holder_filter f = {.municipality = cli_opt(argc, argv, "--municipality"),
                            .status = cli_opt(argc, argv, "--status"),
                            .public_only = cli_flag(argc, argv, "--public")};
    inc_error e = {0};
    sebo_holder_list l;
    if (app_sebo_holders(db, &f, date_today(), &l, &e) != INC_OK) return cli_fail(&e);
    json_t *arr = sebo_holders_json(&l, f.public_only, date_today());
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(arr);
    print_holders(arr);
    json_decref(arr);
    return EXIT_OK;
}

static void print_holder(json_t *h)
{
    printf("%s  %s\n", json_string_value(json_object_get(h, "kvk")), json_string_value(json_object_get(h, "name")));
    const char *est = json_string_value(json_object_get(h, "established"));
    printf("  register %s, gevestigd in %s (%s)%s\n", json_string_value(json_object_get(h, "municipality")),
           est ? est : "onbekend", json_is_true(json_object_get(h, "local")) ? "lokaal" : "niet lokaal",
           json_is_true(json_object_get(h, "self_employed")) ? ", zzp" : "");
    printf("  status: %s\n", json_string_value(json_object_get(h, "status")));
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(h, "certificates"), i, c) {
        const char *from = json_string_value(json_object_get(c, "certified_from"));
        const char *until = json_string_value(json_object_get(c, "valid_until"));
        json_t *audit = json_object_get(c, "audit");
        const char *body = json_string_value(json_object_get(audit, "body"));
        printf("  certificaat %lld (%s): %s, aangevraagd %s%s%s%s%s%s%s\n",
               (long long)json_integer_value(json_object_get(c, "id")), json_string_value(json_object_get(c, "kind")),
               json_string_value(json_object_get(c, "status")), json_string_value(json_object_get(c, "applied_on")),
               body ? ", audit door " : "", body ? body : "", from ? ", geldig " : "", from ? from : "",
               until ? " t/m " : "", until ? until : "");
        size_t k;
        json_t *r;
        json_array_foreach(json_object_get(c, "history"), k, r) {
            const char *note = json_string_value(json_object_get(r, "note"));
            printf("    %s  %-15s %s\n", json_string_value(json_object_get(r, "on")),
                   json_string_value(json_object_get(r, "status")), note ? note : "");
        }
        json_array_foreach(json_object_get(c, "evidence"), k, r)
            printf("    bewijs %-24s %s\n", json_string_value(json_object_get(r, "criterion")),
                   json_string_value(json_object_get(r, "evidence")));
    }
}

static int holder_show(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL);
    if (!kvk) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    sebo_holder_detail d;
    if (app_sebo_holder(db, kvk, date_today(), &d, &e) != INC_OK) return cli_fail(&e);
    json_t *h = sebo_holder_json(&d, date_today());
    arena_free(&d.arena);
    if (app_sebo_past_performance(db, kvk, NULL, h, &e) != INC_OK) {
        json_decref(h);
        return cli_fail(&e);
    }
    if (ctx->json) return cli_print_json(h);
    print_holder(h);
    json_t *pp = json_object_get(h, "past_performance");
    printf("Past performance (afgerekende opdrachten): %lld, waarvan voldaan %lld en tekort %lld\n",
           (long long)json_integer_value(json_object_get(pp, "settled")), (long long)json_integer_value(json_object_get(pp, "met")),
           (long long)json_integer_value(json_object_get(pp, "short")));
    json_decref(h);
    return EXIT_OK;
}

static int holder_apply(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL);
    if (!kvk) return cli_usage_error(ctx);
    inc_error e = {0};
    inc_date day = date_today();
    if (opt_date(argc, argv, "--date", &day, &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t id;
    if (app_sebo_apply(db, kvk, day, &id, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(json_pack("{s:I}", "certificate_id", (json_int_t)id));
    printf("Aanvraag %lld geregistreerd voor %s.\n", (long long)id, kvk);
    return EXIT_OK;
}

static int holder_evidence(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL), *crit = cli_arg(argc, argv, 1, NULL),
               *text = cli_arg(argc, argv, 2, NULL);
    if (!kvk || !crit) return cli_usage_error(ctx);
    inc_error e = {0};
    sebo_criterion c;
    if (!sebo_criterion_parse(crit, &c)) {
        inc_fail(&e, INC_EINVAL, "criterion",
                 "onbekend criterium '%s' (werkgelegenheid, begeleiding, maatschappelijke-doelen, vrijwilligerswerk,"
                 " past-performance, ondernemersklimaat)", crit);
        return cli_fail(&e);
    }
    inc_date day = date_today();
    if (opt_date(argc, argv, "--date", &day, &e)) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (app_sebo_evidence_set(db, kvk, c, text, cli_flag(argc, argv, "--nvt"), day, &e) != INC_OK) return cli_fail(&e);
    if (!ctx->json) printf("Bewijs voor '%s' vastgelegd.\n", sebo_criterion_label(c));
    else return cli_print_json(json_pack("{s:s, s:s}", "kvk", kvk, "criterion", sebo_criterion_code(c)));
    return EXIT_OK;
}

static int holder_status(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL), *to = cli_arg(argc, argv, 1, NULL);
    if (!kvk) return cli_usage_error(ctx);
    if (!to) return holder_show(ctx, argc, argv);
    inc_error e = {0};
    sebo_transition_input t;
    memset(&t, 0, sizeof t);
    t.day = date_today();
    t.audit_date = t.certified_from = t.valid_until = INC_DATE_NONE;
    if (!sebo_status_parse(to, &t.to)) {
        inc_fail(&e, INC_EINVAL, "status", "onbekende status '%s'", to);
        return cli_fail(&e);
    }
    if (opt_date(argc, argv, "--date", &t.day, &e) || opt_date(argc, argv, "--audit-date", &t.audit_date, &e) ||
        opt_date(argc, argv, "--from", &t.certified_from, &e) || opt_date(argc, argv, "--until", &t.valid_until, &e))
        return cli_fail(&e);
    if (!copy_opt(argc, argv, "--body", t.audit_body, sizeof t.audit_body) ||
        !copy_opt(argc, argv, "--reason", t.note, sizeof t.note) ||
        (!t.note[0] && !copy_opt(argc, argv, "--note", t.note, sizeof t.note))) {
        inc_fail(&e, INC_EINVAL, "", "een van de opgegeven teksten is te lang");
        return cli_fail(&e);
    }
    const char *cost = cli_opt(argc, argv, "--cost");
    if (cost) {
        if (decimal_parse(cost, 2, &t.audit_cost_cents, "cost", &e) != INC_OK) return cli_fail(&e);
        t.cost_set = true;
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (app_sebo_transition(db, kvk, &t, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return holder_show(ctx, argc, argv);
    printf("Status van %s is nu '%s'.\n", kvk, sebo_status_label(t.to));
    return EXIT_OK;
}

static int expiring(cli_ctx *ctx, int argc, char **argv)
{
    const char *d = cli_opt(argc, argv, "--days");
    inc_error e = {0};
    int days = 90;
    if (d) {
        char *end;
        long v = strtol(d, &end, 10);
        if (*end || v < 0 || v > 3660) {
            inc_fail(&e, INC_EINVAL, "days", "ongeldig aantal dagen '%s'", d);
            return cli_fail(&e);
        }
        days = (int)v;
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    const char *m = cli_opt(argc, argv, "--municipality"), *one[2] = {m, NULL};
    sebo_expiring_list l;
    if (app_sebo_expiring(db, m ? one : NULL, date_today(), days, &l, &e) != INC_OK) return cli_fail(&e);
    json_t *x = sebo_expiring_json(&l, date_today(), days);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(x);
    printf("SEBO-keurmerken die binnen %d dagen verlopen (peildatum %s):\n\n", days,
           json_string_value(json_object_get(x, "today")));
    size_t i;
    json_t *r;
    json_array_foreach(json_object_get(x, "items"), i, r) {
        const char *re = json_string_value(json_object_get(r, "recertification"));
        printf("%-8s  %-36.36s geldig t/m %s  (nog %lld dagen)%s%s\n", json_string_value(json_object_get(r, "kvk")),
               json_string_value(json_object_get(r, "name")), json_string_value(json_object_get(r, "valid_until")),
               (long long)json_integer_value(json_object_get(r, "days_left")), re ? "  hercertificering: " : "",
               re ? re : "");
    }
    printf("\n%zu keurmerk(en)\n", json_array_size(json_object_get(x, "items")));
    json_decref(x);
    return EXIT_OK;
}

static int requests(cli_ctx *ctx, int argc, char **argv)
{
    const char *kvk = cli_arg(argc, argv, 0, NULL);
    if (!kvk) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    sebo_request_list l;
    if (app_sebo_requests(db, kvk, NULL, &l, &e) != INC_OK) return cli_fail(&e);
    json_t *x = sebo_requests_json(kvk, &l);
    arena_free(&l.arena);
    if (ctx->json) return cli_print_json(x);
    printf("Offerteaanvragen aan %s als SEBO-keurmerkhouder: %lld, gewonnen: %lld\n\n", kvk,
           (long long)json_integer_value(json_object_get(x, "requests")),
           (long long)json_integer_value(json_object_get(x, "won")));
    size_t i;
    json_t *r;
    json_array_foreach(json_object_get(x, "items"), i, r) {
        char v[40];
        json_fixed_nl(json_object_get(r, "estimated_value"), 2, v, sizeof v);
        printf("%s  %-22s %-40.40s %-22s EUR %12s %s\n", json_string_value(json_object_get(r, "date")),
               json_string_value(json_object_get(r, "department")), json_string_value(json_object_get(r, "subject")),
               json_string_value(json_object_get(r, "procedure")), v,
               json_is_true(json_object_get(r, "won")) ? "gewonnen"
               : json_is_true(json_object_get(r, "quoted")) ? "offerte uitgebracht" : "");
    }
    json_decref(x);
    return EXIT_OK;
}

int cmd_sebo(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    if (argc >= 2 && strcmp(argv[0], "holder") == 0) {
        const char *sub = argv[1];
        int n = argc - 2;
        char **v = argv + 2;
        if (strcmp(sub, "add") == 0) return holder_add(ctx, n, v);
        if (strcmp(sub, "list") == 0) return holder_list(ctx, n, v);
        if (strcmp(sub, "show") == 0) return holder_show(ctx, n, v);
        if (strcmp(sub, "apply") == 0) return holder_apply(ctx, n, v);
        if (strcmp(sub, "evidence") == 0) return holder_evidence(ctx, n, v);
        if (strcmp(sub, "status") == 0) return holder_status(ctx, n, v);
    }
    if (argc >= 1 && strcmp(argv[0], "expiring") == 0) return expiring(ctx, argc - 1, argv + 1);
    if (argc >= 1 && strcmp(argv[0], "requests") == 0) return requests(ctx, argc - 1, argv + 1);
    return cli_usage_error(ctx);
}
