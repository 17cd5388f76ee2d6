/* inclusio pso certificate KVK --level L --from D --until D | pso withdraw KVK --date D |
 * pso table GEMEENTE --policy-from D --level L (--covers PCT | --clear) | pso effect CONTRACT_ID |
 * pso list KVK | pso tables GEMEENTE
 * PSO as a policy option (issue 16, app/pso.h). Bad input exits 3. */
#include "cli/commands.h"
#include "app/pso.h"
#include "core/decimal.h"
#include "io/register_view.h"
#include <stdlib.h>
#include <string.h>

static const cli_option cert_opts[] = {{"level", "TREDE", "aspirant, basistrede, trede-1, trede-2 of trede-3", NULL, 0},
                                       {"from", "DATUM", "geldig vanaf (jjjj-mm-dd)", NULL, 0},
                                       {"until", "DATUM", "geldig tot en met (jjjj-mm-dd)", NULL, 0},
                                       {NULL, NULL, NULL, NULL, 0}};
static const cli_option withdraw_opts[] = {{"date", "DATUM", "eerste dag zonder geldig certificaat", NULL, 0},
                                           {NULL, NULL, NULL, NULL, 0}};
static const cli_option table_opts[] = {{"policy-from", "DATUM", "ingangsdatum van de beleidsversie", NULL, 0},
                                        {"level", "TREDE", "de trede", NULL, 0},
                                        {"covers", "PCT", "deel van de verplichting dat de trede dekt (100 = voldoet)", NULL, 0},
                                        {"clear", NULL, "haal de trede uit de tabel", NULL, 0},
                                        {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"certificate", "KVK", "leg een PSO-certificaat van een bedrijf vast", cert_opts},
                               {"withdraw", "KVK", "trek PSO-certificaten in; lopende opdrachten krijgen hun verplichting terug", withdraw_opts},
                               {"table", "GEMEENTE", "PSO-tabel van een beleidsversie: welke trede de verplichting verlaagt of vervult", table_opts},
                               {"effect", "OPDRACHT-ID", "het effect van PSO op de verplichting van een opdracht", NULL},
                               {"list", "KVK", "de PSO-certificaten van een bedrijf", NULL},
                               {"tables", "GEMEENTE", "de PSO-tabel van elke beleidsversie van een gemeente", NULL},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"pso", subs};

#define PSO_LIST_MAX 16

static int bad(const inc_error *e)
{
    cli_fail(e);
    return EXIT_IO;   /* bad input exits 3 */
}

static bool date_opt(int argc, char **argv, const char *name, inc_date *d, inc_error *e)
{
    const char *v = cli_opt(argc, argv, name);
    if (!v) { inc_fail(e, INC_EINVAL, name + 2, "%s ontbreekt", name); return false; }
    return date_parse(v, d, name + 2, e) == INC_OK;
}

static bool level_opt(int argc, char **argv, pso_level *l, inc_error *e)
{
    const char *v = cli_opt(argc, argv, "--level");
    if (v && pso_level_parse(v, l)) return true;
    inc_fail(e, INC_EINVAL, "level", "onbekende PSO-trede '%s' (aspirant, basistrede, trede-1, trede-2, trede-3)", v ? v : "");
    return false;
}

static int list_certificates(cli_ctx *ctx, inc_db *db, const char *kvk)
{
    pso_certificate c[PSO_LIST_MAX];
    int n;
    inc_error e = {0};
    if (app_pso_certificates(db, kvk, c, PSO_LIST_MAX, &n, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(pso_certificates_json(kvk, c, n));
    if (!n) printf("KvK %s heeft geen PSO-certificaten.\n", kvk);
    for (int i = 0; i < n; i++) {
        char f[11], u[11], w[11] = "";
        date_format_nl(c[i].valid_from, f);
        date_format_nl(c[i].valid_until, u);
        if (c[i].withdrawn_on != INC_DATE_NONE) date_format_nl(c[i].withdrawn_on, w);
        printf("%-10s geldig %s t/m %s%s%s\n", pso_level_label(c[i].level), f, u, w[0] ? ", ingetrokken per " : "", w);
    }
    return EXIT_OK;
}

static int list_tables(cli_ctx *ctx, inc_db *db, const char *municipality)
{
    pso_policy_table t[PSO_LIST_MAX];
    int n;
    inc_error e = {0};
    if (app_pso_tables(db, municipality, t, PSO_LIST_MAX, &n, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(pso_tables_json(municipality, t, n));
    for (int i = 0; i < n; i++) {
        char d[11];
        date_format_nl(t[i].effective_from, d);
        printf("%s (vanaf %s): ", t[i].policy, d);
        if (!pso_table_accepts(&t[i].table)) printf("kent geen PSO");
        for (int l = 0, first = 1; l < PSO__COUNT; l++) {
            if (!t[i].table.set[l]) continue;
            char pct[16];
            decimal_format(t[i].table.covers_bp[l], 2, true, pct, sizeof pct);
            printf("%s%s %s%%", first ? "" : ", ", pso_level_label((pso_level)l), pct);
            first = 0;
        }
        printf("\n");
    }
    return EXIT_OK;
}

int cmd_pso(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0], *arg = cli_arg(argc, argv, 1, NULL);
    if (!arg) return cli_usage_error(ctx);
    inc_error e = {0};
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (strcmp(sub, "certificate") == 0) {
        pso_level l;
        inc_date f, u;
        if (!level_opt(argc, argv, &l, &e) || !date_opt(argc, argv, "--from", &f, &e) || !date_opt(argc, argv, "--until", &u, &e))
            return bad(&e);
        if (app_pso_certificate_add(db, arg, l, f, u, &e) != INC_OK) return e.status == INC_EINVAL ? bad(&e) : cli_fail(&e);
        printf("PSO-certificaat %s vastgelegd voor KvK %s.\n", pso_level_label(l), arg);
        return EXIT_OK;
    }
    if (strcmp(sub, "withdraw") == 0) {
        inc_date d;
        if (!date_opt(argc, argv, "--date", &d, &e)) return bad(&e);
        int w, n;
        if (app_pso_withdraw(db, arg, d, &w, &n, &e) != INC_OK) return cli_fail(&e);
        printf("%d PSO-certificaat/-certificaten ingetrokken; %d melding(en) aan het SR-team.\n", w, n);
        return EXIT_OK;
    }
    if (strcmp(sub, "table") == 0) {
        pso_level l;
        inc_date p;
        if (!level_opt(argc, argv, &l, &e) || !date_opt(argc, argv, "--policy-from", &p, &e)) return bad(&e);
        int64_t bp = -1;
        const char *c = cli_opt(argc, argv, "--covers");
        if (!cli_flag(argc, argv, "--clear")) {
            if (!c) return cli_usage_error(ctx);
            if (decimal_parse(c, 2, &bp, "covers", &e) != INC_OK) return bad(&e);
            if (bp < 0 || bp > 10000) { inc_fail(&e, INC_EINVAL, "covers", "covers ligt tussen 0 en 100"); return bad(&e); }
        }
        if (app_pso_table_set(db, arg, p, l, (int32_t)bp, &e) != INC_OK) return e.status == INC_EINVAL ? bad(&e) : cli_fail(&e);
        printf("PSO-tabel bijgewerkt.\n");
        return EXIT_OK;
    }
    if (strcmp(sub, "effect") == 0) {
        char *end;
        long long id = strtoll(arg, &end, 10);
        if (*end || id <= 0) { inc_fail(&e, INC_EINVAL, "id", "ongeldig opdracht-id '%s'", arg); return bad(&e); }
        pso_effect f;
        char m[48];
        if (app_pso_contract_effect(db, id, m, &f, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(pso_effect_json(&f));
        char cov[32], rest[32];
        decimal_format(f.covered_cents, 2, true, cov, sizeof cov);
        decimal_format(f.remaining_cents, 2, true, rest, sizeof rest);
        printf("%s; gedekt door PSO: EUR %s, nog te realiseren: EUR %s\n", f.reason, cov, rest);
        return EXIT_OK;
    }
    if (strcmp(sub, "list") == 0) return list_certificates(ctx, db, arg);
    if (strcmp(sub, "tables") == 0) return list_tables(ctx, db, arg);
    return cli_usage_error(ctx);
}
