/* inclusio report settlement --year Y [--municipality M]: the follow-up's figures for council and
 * management (app_settlement_report). */
#include "cli/commands.h"
#include "app/settlement.h"
#include "core/date.h"
#include <stdlib.h>
#include <string.h>

int report_settlement(cli_ctx *ctx, int argc, char **argv)
{
    const char *y = cli_opt(argc, argv, "--year");
    if (!y) return cli_usage_error(ctx);
    char *end;
    long year = strtol(y, &end, 10);
    inc_error e = {0};
    if (*end) {
        inc_fail(&e, INC_EINVAL, "year", "jaar is geen getal: %s", y);
        return cli_fail(&e);
    }
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    const char *codes[2] = {cli_opt(argc, argv, "--municipality"), NULL};
    json_t *j;
    if (app_settlement_report(db, (int)year, codes[0] ? codes : NULL, date_today(), &j, &e) != INC_OK)
        return cli_fail(&e);
    if (ctx->json) return cli_print_json(j);
    json_t *s = json_object_get(j, "settlements"), *b = json_object_get(s, "by_outcome"),
           *c = json_object_get(j, "first_contact"), *r = json_object_get(j, "yearly_reports");
    char u[40], p[40], med[24] = "-", pct[16] = "-";
    json_fixed_nl(json_object_get(s, "unrealised"), 2, u, sizeof u);
    json_fixed_nl(json_object_get(s, "penalties"), 2, p, sizeof p);
    if (!json_is_null(json_object_get(c, "median_days"))) json_fixed_nl(json_object_get(c, "median_days"), 1, med, sizeof med);
    if (!json_is_null(json_object_get(r, "on_time_pct"))) json_fixed_nl(json_object_get(r, "on_time_pct"), 2, pct, sizeof pct);
    printf("Afrekening %ld%s%s\n", year, codes[0] ? ", " : "", codes[0] ? codes[0] : "");
    printf("Afgerekend: %lld (voldaan %lld, deels voldaan %lld, niet voldaan %lld, ontheffing achteraf %lld)\n",
           (long long)json_integer_value(json_object_get(s, "total")),
           (long long)json_integer_value(json_object_get(b, "voldaan")),
           (long long)json_integer_value(json_object_get(b, "deels-voldaan")),
           (long long)json_integer_value(json_object_get(b, "niet-voldaan")),
           (long long)json_integer_value(json_object_get(b, "ontheffing")));
    printf("Niet gerealiseerd: EUR %s; boetes en afkoop: EUR %s\n", u, p);
    printf("Eerste contact (gegund in %ld): %lld van %lld, %lld binnen vijf werkdagen, mediaan %s dagen\n", year,
           (long long)json_integer_value(json_object_get(c, "contacted")),
           (long long)json_integer_value(json_object_get(c, "awarded")),
           (long long)json_integer_value(json_object_get(c, "within_deadline")), med);
    printf("Jaarrapportages op tijd: %lld van %lld (%s%%)\n", (long long)json_integer_value(json_object_get(r, "on_time")),
           (long long)json_integer_value(json_object_get(r, "due")), pct);
    json_decref(j);
    return EXIT_OK;
}
