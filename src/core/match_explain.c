/* Reasons per criterion, in Dutch, for the shortlist an account manager shows an employer. */
#include "core/match.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void hours_text(int32_t centi, char *buf, size_t size)
{
    if (centi % 100) snprintf(buf, size, "%d,%02d", centi / 100, centi % 100);
    else snprintf(buf, size, "%d", centi / 100);
}

static bool has_skill(const match_candidate *c, uint16_t s)
{
    for (int i = 0; i < c->n_skills; i++)
        if (c->skills[i] == s) return true;
    return false;
}

/* Appends the names of the listed skills the candidate lacks: " (mist: a, b)". */
static void missing_text(const uint16_t *list, int n, const match_candidate *c, match_skill_name_fn name, void *ctx,
                         char *buf, size_t size)
{
    size_t used = strlen(buf);
    const char *sep = " (mist: ";
    for (int i = 0; i < n; i++) {
        if (has_skill(c, list[i])) continue;
        const char *nm = name ? name(ctx, list[i]) : NULL;
        char idbuf[16];
        if (!nm) { snprintf(idbuf, sizeof idbuf, "#%u", list[i]); nm = idbuf; }
        int w = snprintf(buf + used, size - used, "%s%s", sep, nm);
        if (w < 0 || (size_t)w >= size - used) return;
        used += (size_t)w;
        sep = ", ";
    }
    if (strcmp(sep, ", ") == 0 && used + 1 < size) { buf[used] = ')'; buf[used + 1] = '\0'; }
}

void match_explain(const match_config *cfg, const match_vacancy *v, const match_candidate *c,
                   match_skill_name_fn skill_name, void *ctx, match_result *r, match_reason out[CRIT__COUNT])
{
    match_prepared *p = malloc(sizeof *p);
    memset(r, 0, sizeof *r);
    if (!p) return;
    match_prepare(p, v);
    match_score(cfg, p, c, r);
    free(p);
    for (int i = 0; i < CRIT__COUNT; i++) {
        out[i].criterion = (match_criterion)i;
        out[i].points = r->points[i];
        out[i].max = cfg->weight[i] * 100;
        out[i].text[0] = '\0';
    }
    if (r->hard != HARD_OK) {
        snprintf(out[0].text, sizeof out[0].text, "niet geschikt: %s", hard_label(r->hard));
        return;
    }
    char *t;
    size_t ts = sizeof out[0].text;

    t = out[CRIT_REQUIRED].text;
    if (v->n_required) {
        snprintf(t, ts, "%d van %d vereiste vaardigheden", r->req_have, v->n_required);
        missing_text(v->required, v->n_required, c, skill_name, ctx, t, ts);
    } else snprintf(t, ts, "geen vereiste vaardigheden gevraagd");

    t = out[CRIT_WISHED].text;
    if (v->n_wished) {
        snprintf(t, ts, "%d van %d gewenste vaardigheden", r->wish_have, v->n_wished);
        missing_text(v->wished, v->n_wished, c, skill_name, ctx, t, ts);
    } else snprintf(t, ts, "geen gewenste vaardigheden gevraagd");

    char a[16], b[16], x[16], y[16];
    hours_text(c->hours_min, a, sizeof a);
    hours_text(c->hours_max, b, sizeof b);
    hours_text(v->hours_min, x, sizeof x);
    hours_text(v->hours_max, y, sizeof y);
    snprintf(out[CRIT_HOURS].text, ts, "kan %s-%s uur per week, vacature %s-%s uur", a, b, x, y);

    if (r->by_municipality)
        snprintf(out[CRIT_DISTANCE].text, ts, "%s (postcode onbekend, vergeleken op gemeente)",
                 v->municipality == c->municipality ? "zelfde gemeente" : "andere gemeente");
    else
        snprintf(out[CRIT_DISTANCE].text, ts, "ca. %d,%d km (postcodebenadering), reisbereik %d,%d km",
                 r->distance_dm / 10, r->distance_dm % 10, c->travel_dm / 10, c->travel_dm % 10);

    snprintf(out[CRIT_EDUCATION].text, ts, "%s, gevraagd %s", education_label(c->education),
             education_label(v->education));

    char af[11], st[11];
    date_format_nl(c->available_from, af);
    date_format_nl(v->start, st);
    snprintf(out[CRIT_AVAILABILITY].text, ts, "beschikbaar vanaf %s, start %s", af, st);

    if (v->groups) {
        int g = 0;
        while (g < TG__COUNT && !((v->groups & c->groups) & (1u << g))) g++;
        snprintf(out[CRIT_GROUP].text, ts, "vacature is bedoeld voor %s", target_group_label(g));
    } else snprintf(out[CRIT_GROUP].text, ts, "vacature staat open voor alle doelgroepen");
}
