/* inclusio report sebo --year Y [--municipality M] [--json]: holders against targets and the
 * application of the SEBO preference in onderhandse procurements, per department. */
#include "app/sebo_report.h"
#include "cli/commands.h"
#include <stdlib.h>
#include <string.h>

static const char *ival(json_t *o, const char *k, char buf[16])
{
    json_t *v = json_object_get(o, k);
    if (!json_is_integer(v)) return "-";
    snprintf(buf, 16, "%lld", (long long)json_integer_value(v));
    return buf;
}

static void print_report(json_t *r)
{
    const char *mun = json_string_value(json_object_get(r, "municipality"));
    printf("SEBO-keurmerk %lld, %s (peildatum %s)\n\n", (long long)json_integer_value(json_object_get(r, "year")),
           mun ? mun : "alle gemeenten", json_string_value(json_object_get(r, "date")));
    printf("%-6s %8s %6s %8s %10s   %-22s %s\n", "jaar", "houders", "nieuw", "herkeur.", "ingetrokk.",
           "doel houders/nieuw/herk", "gepubliceerd");
    size_t i;
    json_t *y;
    json_array_foreach(json_object_get(r, "holders_per_year"), i, y) {
        char a[16], b[16], c[16], d[16], t1[16], t2[16], t3[16], goal[64] = "-", pub[200] = "";
        json_t *target = json_object_get(y, "target");
        size_t k;
        json_t *p;
        json_array_foreach(json_object_get(y, "published"), k, p) {
            char one[64];
            snprintf(one, sizeof one, "%s%lld per %s", pub[0] ? "; " : "",
                     (long long)json_integer_value(json_object_get(p, "holders")),
                     json_string_value(json_object_get(p, "as_of")));
            strncat(pub, one, sizeof pub - strlen(pub) - 1);
        }
        if (json_is_object(target))
            snprintf(goal, sizeof goal, "%s/%s/%s", ival(target, "holders", t1), ival(target, "new", t2),
                     ival(target, "recertified", t3));
        printf("%-6lld %8s %6s %8s %10s   %-22s %s\n", (long long)json_integer_value(json_object_get(y, "year")),
               ival(y, "holders", a), ival(y, "new", b), ival(y, "recertified", c), ival(y, "withdrawn", d), goal, pub);
    }
    char v[40], s[40], p1[16], p2[16];
    json_fixed_nl(json_object_get(r, "value_awarded_sebo"), 2, s, sizeof s);
    json_fixed_nl(json_object_get(r, "value_awarded"), 2, v, sizeof v);
    json_fixed_nl(json_object_get(r, "sebo_invited_share"), 2, p1, sizeof p1);
    json_fixed_nl(json_object_get(r, "sebo_won_share"), 2, p2, sizeof p2);
    json_t *rule = json_object_get(r, "rule");
    printf("\nOnderhandse inkopen: %lld (enkelvoudig %lld, meervoudig %lld)\n",
           (long long)json_integer_value(json_object_get(r, "procurements")),
           (long long)json_integer_value(json_object_get(r, "enkelvoudig")),
           (long long)json_integer_value(json_object_get(r, "meervoudig")));
    printf("  SEBO-houder uitgenodigd: %lld (%s%%), gegund: %lld, waarvan aan SEBO-houder: %lld (%s%%)\n",
           (long long)json_integer_value(json_object_get(r, "sebo_invited")), p1,
           (long long)json_integer_value(json_object_get(r, "awarded")),
           (long long)json_integer_value(json_object_get(r, "sebo_won")), p2);
    printf("  Gegunde waarde: EUR %s, aan SEBO-houders: EUR %s\n", v, s);
    printf("  Voorkeursregel: gevolgd %lld, afwijking met reden %lld, gemarkeerd %lld, niet van toepassing %lld\n",
           (long long)json_integer_value(json_object_get(rule, "gevolgd")),
           (long long)json_integer_value(json_object_get(rule, "afwijking-met-reden")),
           (long long)json_integer_value(json_object_get(rule, "gemarkeerd")),
           (long long)json_integer_value(json_object_get(rule, "niet-van-toepassing")));
    json_t *aim = json_object_get(r, "aim_150k");
    json_fixed_nl(json_object_get(aim, "share"), 2, p1, sizeof p1);
    printf("  Streven tot EUR 150.000 (ten minste één SEBO-bedrijf mag offreren): %lld van %lld (%s%%)\n\n",
           (long long)json_integer_value(json_object_get(aim, "sebo_may_quote")),
           (long long)json_integer_value(json_object_get(aim, "procurements")), p1);
    printf("%-26s %6s %9s %8s %7s %8s %16s %9s\n", "afdeling", "inkopen", "SEBO uitg", "%", "SEBO won", "%",
           "waarde SEBO", "gemarkeerd");
    json_t *d;
    json_array_foreach(json_object_get(r, "departments"), i, d) {
        json_fixed_nl(json_object_get(d, "sebo_invited_share"), 2, p1, sizeof p1);
        json_fixed_nl(json_object_get(d, "sebo_won_share"), 2, p2, sizeof p2);
        json_fixed_nl(json_object_get(d, "value_awarded_sebo"), 2, s, sizeof s);
        printf("%-26.26s %6lld %9lld %8s %7lld %8s %16s %9lld\n", json_string_value(json_object_get(d, "department")),
               (long long)json_integer_value(json_object_get(d, "procurements")),
               (long long)json_integer_value(json_object_get(d, "sebo_invited")), p1,
               (long long)json_integer_value(json_object_get(d, "sebo_won")), p2, s,
               (long long)json_integer_value(json_object_get(d, "flagged")));
    }
    printf("\nGemarkeerd (voorkeursvolgorde niet gevolgd, geen reden):\n");
    json_t *f;
    json_array_foreach(json_object_get(r, "flagged"), i, f)
        printf("  #%lld %s %s, %s: %s\n    %s\n", (long long)json_integer_value(json_object_get(f, "id")),
               json_string_value(json_object_get(f, "date")), json_string_value(json_object_get(f, "municipality")),
               json_string_value(json_object_get(f, "department")), json_string_value(json_object_get(f, "subject")),
               json_string_value(json_object_get(f, "reason")));
    if (json_array_size(json_object_get(r, "flagged")) == 0) printf("  geen\n");
    printf("\nAfwijkingen met reden:\n");
    json_array_foreach(json_object_get(r, "deviations"), i, f)
        printf("  #%lld %s %s, %s: %s\n    reden: %s\n", (long long)json_integer_value(json_object_get(f, "id")),
               json_string_value(json_object_get(f, "date")), json_string_value(json_object_get(f, "municipality")),
               json_string_value(json_object_get(f, "department")), json_string_value(json_object_get(f, "subject")),
               json_string_value(json_object_get(f, "reason")));
    if (json_array_size(json_object_get(r, "deviations")) == 0) printf("  geen\n");
}

int report_sebo(cli_ctx *ctx, int argc, char **argv)
{
    const char *y = cli_opt(argc, argv, "--year");
    inc_error e = {0};
    int year = 0;
    if (y) {
        char *end;
        long v = strtol(y, &end, 10);
        if (*end || v < 1900 || v > 2999) {
            inc_fail(&e, INC_EINVAL, "year", "ongeldig jaar '%s'", y);
            return cli_fail(&e);
        }
        year = (int)v;
    } else {
        int m, d;
        date_to_ymd(date_today(), &year, &m, &d);
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    sebo_report rep;
    if (app_sebo_report(db, cli_opt(argc, argv, "--municipality"), year, date_today(), &rep, &e) != INC_OK)
        return cli_fail(&e);
    json_t *r = sebo_report_json(&rep);
    arena_free(&rep.arena);
    if (ctx->json) return cli_print_json(r);
    print_report(r);
    json_decref(r);
    return EXIT_OK;
}
