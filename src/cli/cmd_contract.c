/* inclusio contract add|show|list|contact|yearly-report */
#include "cli/cli_fields.h"
#include "cli/commands.h"
#include "cli/contract_print.h"
#include "app/register_contract.h"
#include <stdlib.h>
#include <string.h>

/* The fields of contract_input_parse (the import columns, '_' written '-'), read through cli_fields. */
static const cli_option add_opts[] = {
    CLI_OPT_MUNICIPALITY("opdrachtgevende gemeente (verplicht)"),
    {"department", "AFDELING", "opdrachtgevende afdeling", NULL, 0},
    {"reference", "REF", "kenmerk, uniek per gemeente (verplicht)", NULL, 0},
    {"title", "TITEL", "omschrijving (verplicht)", NULL, 0},
    {"category", "CATEGORIE", "werken, diensten of leveringen (verplicht)", NULL, 0},
    {"procedure", "PROCEDURE", "enkelvoudig-onderhands, meervoudig-onderhands, nationaal of europees (verplicht)", NULL,
     0},
    {"value", "EUR", "opdrachtwaarde exclusief btw (verplicht)", NULL, 0},
    {"labour-share-pct", "PCT", "loonsom als percentage van de waarde (verplicht)", NULL, 0},
    {"award-date", "JJJJ-MM-DD", "gunningsdatum (verplicht)", NULL, 0},
    {"start-date", "JJJJ-MM-DD", "begindatum (verplicht)", NULL, 0},
    {"end-date", "JJJJ-MM-DD", "einddatum (verplicht)", NULL, 0},
    {"contractor-kvk", "KVK", "KvK-nummer van de opdrachtnemer (verplicht)", NULL, 0},
    {"contractor-name", "NAAM", "naam van een nieuwe opdrachtnemer", NULL, 0},
    {"cpv", "CPV", "CPV-code", NULL, 0},
    {"sebo-holder", "ja|nee", "de opdrachtnemer heeft het SEBO-keurmerk", NULL, 0},
    {"extra-pct", "PCT", "extra social return bij gunning", NULL, 0},
    {"exemption-pct", "PCT", "ontheffing: aangepast percentage", NULL, 0},
    {"exemption-by", "NAAM", "ontheffing: verleend door", NULL, 0},
    {"exemption-date", "JJJJ-MM-DD", "ontheffing: datum", NULL, 0},
    {"exemption-reason", "TEKST", "ontheffing: reden", NULL, 0},
    CLI_OPT_END};
static const cli_option show_opts[] = {CLI_OPT_MUNICIPALITY("gemeente (met --reference, in plaats van ID)"),
                                       {"reference", "REF", "kenmerk (met --municipality)", NULL, 0},
                                       CLI_OPT_END};
static const cli_option list_opts[] = {
    CLI_OPT_MUNICIPALITY("alleen deze gemeente"),
    {"status", "STATUS", "voldaan, voldaan-via-sebo, op-schema, achter of niet-voldaan", NULL, 0},
    {"year", "JAAR", "gunningsjaar", NULL, 0},
    {"overdue", "contact|yearly-report|behind", "alleen achterstallige opdrachten van deze soort", NULL, 0},
    {"query", "TEKST", "zoek in kenmerk, titel en opdrachtnemer", NULL, 0},
    CLI_OPT_END};
static const cli_option contact_opts[] = {
    CLI_OPT_MUNICIPALITY("gemeente (met --reference, in plaats van ID)"),
    {"reference", "REF", "kenmerk (met --municipality)", NULL, 0},
    {"date", "JJJJ-MM-DD", "datum van het contact (standaard vandaag)", NULL, 0},
    CLI_OPT_END};
static const cli_option yearly_opts[] = {
    CLI_OPT_MUNICIPALITY("gemeente (met --reference, in plaats van ID)"),
    {"reference", "REF", "kenmerk (met --municipality)", NULL, 0},
    {"year-no", "N", "het hoeveelste contractjaar (verplicht)", NULL, 0},
    {"remarks", "TEKST", "opmerkingen", NULL, 0},
    CLI_OPT_END};
static const cli_sub subs[] = {{"add", NULL, "registreer een opdracht met de SROI-verplichting", add_opts},
                               {"show", "[ID]", "een opdracht met voortgang", show_opts},
                               {"list", NULL, "opdrachten", list_opts},
                               {"contact", "[ID]", "leg het eerste contact na gunning vast", contact_opts},
                               {"yearly-report", "[ID]", "leg een jaarrapportage vast", yearly_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"contract", subs};

static inc_status resolve_id(inc_db *db, int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *m = cli_opt(argc, argv, "--municipality"), *r = cli_opt(argc, argv, "--reference");
    if (m && r) return app_contract_find(db, m, r, id, e);
    const char *arg = cli_arg(argc, argv, 1, NULL);
    char *end;
    long long v = arg ? strtoll(arg, &end, 10) : 0;
    if (!arg || *end || v <= 0) return inc_fail(e, INC_EINVAL, "id", "geef het nummer van de opdracht");
    *id = v;
    return INC_OK;
}

/* The contract's detail as the JSON tree --json prints and the tables read. */
static inc_status show_json(inc_db *db, int64_t id, json_t **out, inc_error *e)
{
    view_out o;
    view_out_tree(&o);
    inc_status st = app_contract_show(db, id, date_today(), &o, e);
    *out = view_out_tree_done(&o, st);
    return st;
}

int cmd_contract(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_db *db;
    inc_error e = {0};
    if (strcmp(sub, "add") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        cli_fields cf;
        field_source fs = cli_fields_source(&cf, argc - 1, argv + 1);
        inc_contract_input in;
        int64_t id;
        if (contract_input_parse(&fs, &in, &e) != INC_OK || app_contract_register(db, &in, &id, &e) != INC_OK)
            return cli_fail(&e);
        json_t *c;
        if (show_json(db, id, &c, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(c);
        printf("Opdracht geregistreerd (nummer %lld).\n", (long long)id);
        print_contract_detail(c);
        json_decref(c);
        return EXIT_OK;
    }
    if (strcmp(sub, "show") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        int64_t id;
        json_t *c;
        if (resolve_id(db, argc, argv, &id, &e) != INC_OK || show_json(db, id, &c, &e) != INC_OK)
            return cli_fail(&e);
        if (ctx->json) return cli_print_json(c);
        print_contract_detail(c);
        json_decref(c);
        return EXIT_OK;
    }
    if (strcmp(sub, "list") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        const char *m = cli_opt(argc, argv, "--municipality"), *s = cli_opt(argc, argv, "--status");
        const char *y = cli_opt(argc, argv, "--year");
        const char *codes[2] = {m, NULL};
        inc_contract_filter f = {.municipalities = m ? codes : NULL, .overdue = cli_opt(argc, argv, "--overdue"),
                                 .query = cli_opt(argc, argv, "--query")};
        if (y) f.year = atoi(y);
        if (s && !(f.status_set = progress_status_parse(s, &f.status))) {
            inc_fail(&e, INC_EINVAL, "status", "onbekende status '%s'", s);
            return cli_fail(&e);
        }
        view_out o;
        view_out_tree(&o);
        json_t *list = view_out_tree_done(&o, app_contract_list(db, &f, date_today(), &o, &e));
        if (!list) return cli_fail(&e);
        if (ctx->json) return cli_print_json(list);
        print_contract_table(json_object_get(list, "items"));
        printf("%lld opdracht(en)\n", (long long)json_integer_value(json_object_get(list, "total")));
        json_decref(list);
        return EXIT_OK;
    }
    if (strcmp(sub, "contact") == 0 || strcmp(sub, "yearly-report") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        int64_t id;
        if (resolve_id(db, argc, argv, &id, &e) != INC_OK) return cli_fail(&e);
        if (sub[0] == 'c') {
            inc_date d = date_today();
            const char *ds = cli_opt(argc, argv, "--date");
            if ((ds && date_parse(ds, &d, "date", &e) != INC_OK) || app_contract_contact(db, id, d, &e) != INC_OK)
                return cli_fail(&e);
            printf("Contact vastgelegd.\n");
        } else {
            const char *n = cli_opt(argc, argv, "--year-no");
            if (!n) return cli_usage_error(ctx);
            if (app_contract_yearly_report(db, id, atoi(n), cli_opt(argc, argv, "--remarks"), &e) != INC_OK)
                return cli_fail(&e);
            printf("Jaarrapportage %s vastgelegd.\n", n);
        }
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
