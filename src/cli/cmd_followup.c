/* inclusio followup show|plan|escalate|settle|due|past-performance|penalty: the SR-team's follow-up
 * after the award (issue 17; app/settlement.h). */
#include "cli/commands.h"
#include "app/register_contract.h"
#include "app/settlement.h"
#include "core/date.h"
#include "core/decimal.h"
#include <stdlib.h>
#include <string.h>

#define CONTRACT_OPTS                                                                          \
    CLI_OPT_MUNICIPALITY("gemeente van de opdracht (met --contract-reference, in plaats van ID)"), \
        {"contract-reference", "REF", "kenmerk van de opdracht", NULL, 0}
static const cli_option show_opts[] = {CONTRACT_OPTS, CLI_OPT_END};
static const cli_option plan_opts[] = {
    CONTRACT_OPTS,
    {"due-date", "JJJJ-MM-DD", "wanneer het bedrag gerealiseerd moet zijn (vandaag of later) (verplicht)", NULL, 0},
    {"target", "EUR", "wat dan in totaal gerealiseerd is (verplicht)", NULL, 0},
    {"description", "TEKST", "wat de opdrachtnemer gaat doen (verplicht)", NULL, 0},
    CLI_OPT_END};
static const cli_option escalate_opts[] = {
    CONTRACT_OPTS,
    {"step", "N", "stap van de escalatieladder (standaard de volgende)", NULL, 0},
    {"date", "JJJJ-MM-DD", "datum van de stap (standaard vandaag)", NULL, 0},
    {"answer", "TEKST", "het antwoord van de opdrachtnemer", NULL, 0},
    CLI_OPT_END};
static const cli_option settle_opts[] = {
    CONTRACT_OPTS,
    {"exemption-by", "WIE", "ontheffing achteraf: wie verleende haar", NULL, 0},
    {"exemption-date", "JJJJ-MM-DD", "ontheffing achteraf: wanneer", NULL, 0},
    {"exemption-reason", "TEKST", "ontheffing achteraf: waarom", NULL, 0},
    {"remarks", "TEKST", "toelichting", NULL, 0},
    CLI_OPT_END};
static const cli_option due_opts[] = {CLI_OPT_MUNICIPALITY("alleen deze gemeente"), CLI_OPT_END};
static const cli_option penalty_opts[] = {
    CLI_OPT_MUNICIPALITY("gemeente van het beleid (verplicht)"),
    {"effective-from", "JJJJ-MM-DD", "ingangsdatum van de beleidsversie (verplicht)", NULL, 0},
    {"kind", "geen|percentage|vast-bedrag", "soort boete of afkoop (verplicht)", NULL, 0},
    {"percentage", "PCT", "bij percentage: van de niet-gerealiseerde waarde", NULL, 0},
    {"amount", "EUR", "bij vast-bedrag: het bedrag", NULL, 0},
    CLI_OPT_END};
static const cli_option ladder_opts[] = {
    CLI_OPT_MUNICIPALITY("de gemeente (verplicht)"),
    {"step", "N", "stap die u instelt (met --code, --name, --days-after); zonder: toon de ladder", NULL, 0},
    {"code", "CODE", "korte code, bijv. herinnering", NULL, 0},
    {"name", "NAAM", "naam van de stap", NULL, 0},
    {"days-after", "DAGEN", "aan de beurt zoveel dagen na de vorige stap", NULL, 0},
    CLI_OPT_END};
static const cli_sub subs[] = {
    {"show", "[ID]", "dossierstand van een opdracht: voortgang, plan, escalatie, afrekening", show_opts},
    {"plan", "[ID]", "leg een plan van aanpak vast (SR-team)", plan_opts},
    {"escalate", "[ID]", "leg een stap van de escalatieladder vast", escalate_opts},
    {"settle", "[ID]", "reken een beëindigde opdracht af (één keer)", settle_opts},
    {"due", NULL, "werkvoorraad: escalatiestappen die aan de beurt zijn en af te rekenen opdrachten", due_opts},
    {"past-performance", "KVK", "afgerekende opdrachten van een opdrachtnemer door de jaren", NULL},
    {"penalty", NULL, "boete of afkoop van een beleidsversie instellen (beheer)", penalty_opts},
    {"ladder", NULL, "escalatieladder van een gemeente tonen of een stap instellen (beheer)", ladder_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"followup", subs};

static bool contract_id(cli_ctx *ctx, inc_db *db, int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *a = cli_arg(argc, argv, 1, NULL);
    if (a) {
        char *end;
        long long v = strtoll(a, &end, 10);
        if (*end || v <= 0) {
            inc_fail(e, INC_EINVAL, "id", "opdrachtnummer moet een positief geheel getal zijn");
            return false;
        }
        *id = v;
        return true;
    }
    const char *m = cli_opt(argc, argv, "--municipality"), *r = cli_opt(argc, argv, "--contract-reference");
    (void)ctx;
    if (!m || !r) {
        inc_fail(e, INC_EINVAL, "id", "geef het opdrachtnummer of --municipality met --contract-reference");
        return false;
    }
    return app_contract_find(db, m, r, id, e) == INC_OK;
}

static void print_show(json_t *j)
{
    json_t *c = json_object_get(j, "contract"), *p = json_object_get(j, "progress"), *pl = json_object_get(j, "plan");
    char v[40], d[40];
    printf("Opdracht %s (%s), %s\n", json_string_value(json_object_get(c, "reference")),
           json_string_value(json_object_get(c, "municipality")), json_string_value(json_object_get(c, "title")));
    json_fixed_nl(json_object_get(p, "verified"), 2, v, sizeof v);
    json_fixed_nl(json_object_get(p, "due"), 2, d, sizeof d);
    printf("Voortgang: %s; geverifieerd EUR %s van EUR %s\n", json_string_value(json_object_get(p, "status_label")), v, d);
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(pl, "milestones"), i, m) {
        json_fixed_nl(json_object_get(m, "target"), 2, v, sizeof v);
        printf("Plan: EUR %s uiterlijk %s: %s\n", v, json_string_value(json_object_get(m, "due_date")),
               json_string_value(json_object_get(m, "description")));
    }
    printf("Plan van aanpak: %s\n", json_string_value(json_object_get(pl, "status")));
    json_array_foreach(json_object_get(j, "escalations"), i, m)
        printf("Stap %lld %s op %s door %s: %s\n", (long long)json_integer_value(json_object_get(m, "step")),
               json_string_value(json_object_get(m, "name")), json_string_value(json_object_get(m, "date")),
               json_string_value(json_object_get(m, "taken_by")), json_string_value(json_object_get(m, "answer")));
    json_t *n = json_object_get(j, "next_step");
    if (json_is_object(n))
        printf("Volgende stap: %s, %s %s\n", json_string_value(json_object_get(n, "name")),
               json_is_true(json_object_get(n, "due")) ? "aan de beurt sinds" : "op",
               json_string_value(json_object_get(n, "due_date")));
    json_t *s = json_object_get(j, "settlement");
    if (!json_is_object(s)) s = json_object_get(j, "settlement_preview");
    if (json_is_object(s)) {
        json_fixed_nl(json_object_get(s, "unrealised"), 2, v, sizeof v);
        json_fixed_nl(json_object_get(s, "penalty"), 2, d, sizeof d);
        printf("%s: %s; niet gerealiseerd EUR %s; boete/afkoop EUR %s (%s)\n",
               json_is_object(json_object_get(j, "settlement")) ? "Afgerekend" : "Afrekening als vandaag",
               json_string_value(json_object_get(s, "outcome_label")), v, d,
               json_string_value(json_object_get(s, "penalty_rule")));
    }
}

static int show(cli_ctx *ctx, inc_db *db, int64_t id)
{
    inc_error e = {0};
    json_t *j;
    if (app_followup_show(db, id, date_today(), &j, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(j);
    print_show(j);
    json_decref(j);
    return EXIT_OK;
}

static bool parse_date_opt(int argc, char **argv, const char *opt, const char *field, inc_date def, inc_date *out,
                           inc_error *e)
{
    const char *v = cli_opt(argc, argv, opt);
    if (!v) {
        *out = def;
        return true;
    }
    return date_parse(v, out, field, e) == INC_OK;
}

int cmd_followup(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_error e = {0};
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t id = 0;
    if (strcmp(sub, "show") == 0) {
        if (!contract_id(ctx, db, argc, argv, &id, &e)) return cli_fail(&e);
        return show(ctx, db, id);
    }
    if (strcmp(sub, "plan") == 0) {
        if (!contract_id(ctx, db, argc, argv, &id, &e)) return cli_fail(&e);
        inc_date due;
        int64_t target = 0;
        const char *t = cli_opt(argc, argv, "--target");
        if (!parse_date_opt(argc, argv, "--due-date", "due_date", INC_DATE_NONE, &due, &e)) return cli_fail(&e);
        if (t && decimal_parse(t, 2, &target, "target", &e) != INC_OK) return cli_fail(&e);
        int64_t pid;
        if (app_plan_add(db, id, due, target, cli_opt(argc, argv, "--description"), &pid, &e) != INC_OK)
            return cli_fail(&e);
        if (!ctx->json) printf("Plan van aanpak vastgelegd (%lld).\n", (long long)pid);
        return ctx->json ? show(ctx, db, id) : EXIT_OK;
    }
    if (strcmp(sub, "escalate") == 0) {
        if (!contract_id(ctx, db, argc, argv, &id, &e)) return cli_fail(&e);
        inc_date on;
        if (!parse_date_opt(argc, argv, "--date", "date", date_today(), &on, &e)) return cli_fail(&e);
        const char *s = cli_opt(argc, argv, "--step");
        int step = 0;
        if (s) {
            char *end;
            long v = strtol(s, &end, 10);
            if (*end || v <= 0 || v > 100) {
                inc_fail(&e, INC_EINVAL, "step", "stap moet een positief geheel getal zijn");
                return cli_fail(&e);
            }
            step = (int)v;
        }
        int64_t sid;
        if (app_escalation_take(db, id, step, on, cli_opt(argc, argv, "--answer"), &sid, &e) != INC_OK)
            return cli_fail(&e);
        if (!ctx->json) printf("Escalatiestap vastgelegd (%lld).\n", (long long)sid);
        return ctx->json ? show(ctx, db, id) : EXIT_OK;
    }
    if (strcmp(sub, "settle") == 0) {
        if (!contract_id(ctx, db, argc, argv, &id, &e)) return cli_fail(&e);
        app_settle_input in = {.exemption_by = cli_opt(argc, argv, "--exemption-by"),
                               .exemption_reason = cli_opt(argc, argv, "--exemption-reason"),
                               .remarks = cli_opt(argc, argv, "--remarks")};
        const char *ed = cli_opt(argc, argv, "--exemption-date");
        in.exemption = in.exemption_by || in.exemption_reason || ed;
        if (!parse_date_opt(argc, argv, "--exemption-date", "exemption_date", INC_DATE_NONE, &in.exemption_date, &e))
            return cli_fail(&e);
        json_t *j;
        if (app_settle(db, id, &in, date_today(), &j, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        print_show(j);
        json_decref(j);
        return EXIT_OK;
    }
    if (strcmp(sub, "due") == 0) {
        const char *codes[2] = {cli_opt(argc, argv, "--municipality"), NULL};
        json_t *j;
        if (app_followup_due(db, codes[0] ? codes : NULL, date_today(), &j, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        size_t i;
        json_t *r;
        printf("Escalatiestap aan de beurt:\n");
        json_array_foreach(json_object_get(j, "escalation_due"), i, r)
            printf("  %s %-16s %s (sinds %s)\n", json_string_value(json_object_get(json_object_get(r, "contract"), "municipality")),
                   json_string_value(json_object_get(json_object_get(r, "contract"), "reference")),
                   json_string_value(json_object_get(json_object_get(r, "next_step"), "name")),
                   json_string_value(json_object_get(json_object_get(r, "next_step"), "due_date")));
        printf("Af te rekenen:\n");
        json_array_foreach(json_object_get(j, "to_settle"), i, r)
            printf("  %s %-16s einde %s\n", json_string_value(json_object_get(json_object_get(r, "contract"), "municipality")),
                   json_string_value(json_object_get(json_object_get(r, "contract"), "reference")),
                   json_string_value(json_object_get(json_object_get(r, "contract"), "end_date")));
        json_decref(j);
        return EXIT_OK;
    }
    if (strcmp(sub, "past-performance") == 0) {
        json_t *j;
        if (app_past_performance(db, cli_arg(argc, argv, 1, NULL), NULL, &j, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        json_t *o = json_object_get(j, "organisation");
        printf("%s (KvK %s): %lld afgerekende opdracht(en)\n", json_string_value(json_object_get(o, "name")),
               json_string_value(json_object_get(o, "kvk")), (long long)json_integer_value(json_object_get(j, "settled")));
        size_t i;
        json_t *r;
        json_array_foreach(json_object_get(j, "items"), i, r) {
            char u[40];
            json_fixed_nl(json_object_get(r, "unrealised"), 2, u, sizeof u);
            printf("  %.4s %s %-16s %-14s niet gerealiseerd EUR %s\n", json_string_value(json_object_get(r, "end_date")),
                   json_string_value(json_object_get(r, "municipality")), json_string_value(json_object_get(r, "reference")),
                   json_string_value(json_object_get(r, "outcome_label")), u);
        }
        json_decref(j);
        return EXIT_OK;
    }
    if (strcmp(sub, "penalty") == 0) {
        const char *m = cli_opt(argc, argv, "--municipality"), *from = cli_opt(argc, argv, "--effective-from");
        penalty_policy p = {PENALTY_NONE, 0, 0};
        const char *k = cli_opt(argc, argv, "--kind"), *pct = cli_opt(argc, argv, "--percentage"),
                   *amt = cli_opt(argc, argv, "--amount");
        inc_date d;
        if (!m || !from || !k) return cli_usage_error(ctx);
        if (date_parse(from, &d, "effective_from", &e) != INC_OK) return cli_fail(&e);
        if (!penalty_kind_parse(k, &p.kind)) {
            inc_fail(&e, INC_EINVAL, "kind", "onbekende soort '%s': geen, percentage of vast-bedrag", k);
            return cli_fail(&e);
        }
        int64_t v = 0;
        if (p.kind == PENALTY_PERCENTAGE && (!pct || decimal_parse(pct, 2, &v, "percentage", &e) != INC_OK)) {
            if (!pct) inc_fail(&e, INC_EINVAL, "percentage", "geef het percentage (--percentage)");
            return cli_fail(&e);
        }
        if (p.kind == PENALTY_PERCENTAGE) p.pct_bp = (int32_t)(v > 100000 ? 100001 : v);
        if (p.kind == PENALTY_FIXED && (!amt || decimal_parse(amt, 2, &p.fixed_cents, "amount", &e) != INC_OK)) {
            if (!amt) inc_fail(&e, INC_EINVAL, "amount", "geef het bedrag (--amount)");
            return cli_fail(&e);
        }
        char iso[11];
        date_format_iso(d, iso);
        if (app_policy_penalty_set(db, m, iso, &p, &e) != INC_OK) return cli_fail(&e);
        printf("Boete/afkoop van het beleid van %s per %s: %s.\n", m, iso, penalty_kind_code(p.kind));
        return EXIT_OK;
    }
    if (strcmp(sub, "ladder") == 0) {
        const char *m = cli_opt(argc, argv, "--municipality"), *st = cli_opt(argc, argv, "--step");
        if (!m) return cli_usage_error(ctx);
        if (st) {
            const char *d = cli_opt(argc, argv, "--days-after");
            char *end;
            long step = strtol(st, &end, 10);
            if (*end) step = -1;
            long days = d ? strtol(d, &end, 10) : -1;
            if (d && *end) days = -1;
            if (app_ladder_step_set(db, m, (int)step, cli_opt(argc, argv, "--code"), cli_opt(argc, argv, "--name"),
                                    (int)days, &e) != INC_OK)
                return cli_fail(&e);
        }
        json_t *j;
        if (app_ladder_show(db, m, &j, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        printf("Escalatieladder van %s%s:\n", m, json_is_true(json_object_get(j, "own")) ? "" : " (de standaardladder)");
        size_t i;
        json_t *r;
        json_array_foreach(json_object_get(j, "steps"), i, r)
            printf("  %lld. %s (%s): %lld dag(en) na de vorige stap\n", (long long)json_integer_value(json_object_get(r, "step")),
                   json_string_value(json_object_get(r, "name")), json_string_value(json_object_get(r, "code")),
                   (long long)json_integer_value(json_object_get(r, "days_after")));
        json_decref(j);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
