#include "cli/contract_print.h"
#include "core/json_fixed.h"
#include "core/date.h"
#include <stdio.h>
#include <string.h>

#define S(o, k) (json_string_value(json_object_get((o), (k))) ? json_string_value(json_object_get((o), (k))) : "")

static const char *nl_date(json_t *o, const char *k, char buf[11])
{
    inc_date d;
    if (date_parse(S(o, k), &d, "", NULL) != INC_OK) return "-";
    date_format_nl(d, buf);
    return buf;
}

void print_contract_table(json_t *items)
{
    printf("%-14s %-20s %-28s %14s %14s %14s  %s\n", "referentie", "gemeente", "opdrachtnemer", "waarde", "verplichting",
           "geverifieerd", "status");
    size_t i;
    json_t *c;
    json_array_foreach(items, i, c) {
        char v[40], o[40], ver[40];
        json_t *ob = json_object_get(c, "obligation"), *pr = json_object_get(c, "progress");
        json_fixed_nl(json_object_get(c, "value"), 2, v, sizeof v);
        json_fixed_nl(json_object_get(ob, "amount"), 2, o, sizeof o);
        json_fixed_nl(json_object_get(pr, "verified"), 2, ver, sizeof ver);
        printf("%-14.14s %-20.20s %-28.28s %14s %14s %14s  %s\n", S(c, "reference"), S(c, "municipality_name"),
               S(json_object_get(c, "contractor"), "name"), v, o, ver, S(pr, "status_label"));
    }
}

void print_contract_detail(json_t *c)
{
    char a[11], b[11], d[11], v[40], o[40];
    json_t *ob = json_object_get(c, "obligation"), *pr = json_object_get(c, "progress");
    json_t *ct = json_object_get(c, "contractor");
    printf("Opdracht %s: %s\n", S(c, "reference"), S(c, "title"));
    if (json_is_true(json_object_get(c, "draft")))
        printf("  CONCEPT:        nog niet bevestigd door het SR-team (inclusio award confirm)%s\n",
               json_is_true(json_object_get(ob, "provisional")) ? "; voorlopige verplichting tot het loonsomaandeel bekend is" : "");
    printf("  Gemeente:       %s, afdeling %s\n", S(c, "municipality_name"), S(c, "department"));
    printf("  Opdrachtnemer:  %s (KvK %s)%s\n", S(ct, "name"), S(ct, "kvk"),
           json_is_true(json_object_get(c, "sebo_holder")) ? ", SEBO-keurmerk" : "");
    json_fixed_nl(json_object_get(c, "value"), 2, v, sizeof v);
    printf("  Soort:          %s, %s; waarde EUR %s\n", S(c, "category"), S(c, "procedure"), v);
    printf("  Gegund:         %s; looptijd %s t/m %s\n", nl_date(c, "award_date", a), nl_date(c, "start_date", b),
           nl_date(c, "end_date", d));
    json_fixed_nl(json_object_get(ob, "amount"), 2, o, sizeof o);
    printf("  Verplichting:   EUR %s (%s)\n", o, S(ob, "reason"));
    int64_t pso = 0;
    if (json_fixed_get(json_object_get(ob, "pso_covered"), 2, &pso) && pso != 0) {
        char p[40];
        json_fixed_nl(json_object_get(ob, "pso_covered"), 2, p, sizeof p);
        printf("  PSO:            EUR %s gedekt door het PSO-certificaat van de opdrachtnemer (inclusio pso effect)\n", p);
    }
    char due[40], ver[40], rep[40], exp[40], pct[16];
    json_fixed_nl(json_object_get(pr, "due"), 2, due, sizeof due);
    json_fixed_nl(json_object_get(pr, "verified"), 2, ver, sizeof ver);
    json_fixed_nl(json_object_get(pr, "reported"), 2, rep, sizeof rep);
    json_fixed_nl(json_object_get(pr, "expected"), 2, exp, sizeof exp);
    json_fixed_nl(json_object_get(pr, "verified_pct"), 2, pct, sizeof pct);
    printf("  Voortgang:      %s — geverifieerd EUR %s van EUR %s (%s%%), gemeld EUR %s, verwacht per vandaag EUR %s\n",
           S(pr, "status_label"), ver, due, pct, rep, exp);
    json_t *contact = json_object_get(c, "contact");
    printf("  Contact:        uiterlijk %s; %s%s\n", nl_date(contact, "deadline", a),
           json_is_null(json_object_get(contact, "date")) ? "nog geen contact" : "contact op ",
           json_is_null(json_object_get(contact, "date")) ? "" : nl_date(contact, "date", b));
    if (json_is_true(json_object_get(contact, "overdue"))) printf("                  TE LAAT: bel de opdrachtnemer\n");
    size_t i;
    json_t *y;
    json_array_foreach(json_object_get(c, "yearly_reports"), i, y) {
        printf("  Jaarrapportage %lld: uiterlijk %s — %s\n", (long long)json_integer_value(json_object_get(y, "year_no")),
               nl_date(y, "deadline", a),
               json_is_true(json_object_get(y, "submitted")) ? "ingediend"
               : json_is_true(json_object_get(y, "overdue")) ? "TE LAAT" : "nog niet ingediend");
    }
    json_t *reals = json_object_get(c, "realisations"), *r;
    printf("  Realisaties (%zu):\n", json_array_size(reals));
    json_array_foreach(reals, i, r) {
        char val[40];
        json_fixed_nl(json_object_get(r, "value"), 2, val, sizeof val);
        printf("    #%-6lld %-26s %-12s %s t/m %s  %4lld dagen  EUR %12s  %s%s%s\n",
               (long long)json_integer_value(json_object_get(r, "id")), S(r, "block"), S(r, "candidate_ref"),
               nl_date(r, "start", a), nl_date(r, "end", b), (long long)json_integer_value(json_object_get(r, "counted_days")),
               val, S(r, "status"), json_is_true(json_object_get(r, "capped")) ? " (gemaximeerd)" : "",
               strcmp(S(r, "status"), "afgewezen") == 0 ? "" : "");
        if (strcmp(S(r, "status"), "afgewezen") == 0) printf("            reden: %s\n", S(r, "reject_reason"));
    }
}
