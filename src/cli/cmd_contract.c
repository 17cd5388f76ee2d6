/* inclusio contract add|show|list|contact|yearly-report */
#include "cli/cli_fields.h"
#include "cli/commands.h"
#include "cli/contract_print.h"
#include "store/register.h"
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "inclusio contract add --municipality M --reference R --title T --category C --procedure P --value EUR\n"
    "         --labour-share-pct PCT --award-date D --start-date D --end-date D --contractor-kvk KVK\n"
    "         [--contractor-name N] [--department A] [--cpv CPV] [--sebo-holder ja|nee] [--extra-pct PCT]\n"
    "         [--exemption-pct PCT --exemption-by NAAM --exemption-date D --exemption-reason TEKST]\n"
    "       inclusio contract show ID | --municipality M --reference R\n"
    "       inclusio contract list [--municipality M] [--status S] [--year J] [--overdue contact|yearly-report|behind]\n"
    "       inclusio contract contact ID --date D\n"
    "       inclusio contract yearly-report ID --year-no N [--remarks TEKST]";

static inc_status resolve_id(inc_db *db, int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *m = cli_opt(argc, argv, "--municipality"), *r = cli_opt(argc, argv, "--reference");
    if (m && r) return contract_find(db, m, r, id, e);
    static const char *const with_value[] = {"--date", "--year-no", "--remarks", NULL};
    const char *arg = cli_arg(argc, argv, 1, with_value);
    char *end;
    long long v = arg ? strtoll(arg, &end, 10) : 0;
    if (!arg || *end || v <= 0) return inc_fail(e, INC_EINVAL, "id", "geef het nummer van de opdracht");
    *id = v;
    return INC_OK;
}

int cmd_contract(cli_ctx *ctx, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : "";
    inc_db *db;
    inc_error e = {0};
    if (strcmp(sub, "add") == 0) {
        if (!(db = cli_db(ctx))) return EXIT_IO;
        cli_fields cf;
        field_source fs = cli_fields_source(&cf, argc - 1, argv + 1);
        inc_contract_input in;
        int64_t id;
        if (contract_input_parse(&fs, &in, &e) != INC_OK || contract_register(db, &in, 0, &id, &e) != INC_OK)
            return cli_fail(&e);
        json_t *c;
        if (contract_show_json(db, id, date_today(), &c, &e) != INC_OK) return cli_fail(&e);
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
        if (resolve_id(db, argc, argv, &id, &e) != INC_OK || contract_show_json(db, id, date_today(), &c, &e) != INC_OK)
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
        json_t *list;
        if (contract_list_json(db, &f, date_today(), &list, &e) != INC_OK) return cli_fail(&e);
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
            if ((ds && date_parse(ds, &d, "date", &e) != INC_OK) || contract_set_contact(db, id, d, &e) != INC_OK)
                return cli_fail(&e);
            printf("Contact vastgelegd.\n");
        } else {
            const char *n = cli_opt(argc, argv, "--year-no");
            if (!n) return cli_usage(USAGE);
            if (contract_yearly_report(db, id, atoi(n), cli_opt(argc, argv, "--remarks"), &e) != INC_OK)
                return cli_fail(&e);
            printf("Jaarrapportage %s vastgelegd.\n", n);
        }
        return EXIT_OK;
    }
    return cli_usage(USAGE);
}
