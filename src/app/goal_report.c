#include "app/goal_report.h"
#include "core/goal.h"
#include "core/goal_computation.h"
#include <stdio.h>
#include <string.h>

static void value_cell(report_doc *r, int t, const goal_line *l, bool target)
{
    if (target) {
        if (l->r.has_target) report_number(r, t, l->r.target, GOAL_SCALE, l->ind.decimals);
        else report_text(r, t, "geen doel");
        return;
    }
    if (l->r.available && l->r.has_value && !l->suppressed) {
        report_number(r, t, l->r.value, GOAL_SCALE, l->ind.decimals);
    } else {
        char vt[48];
        goal_line_value_text(l, vt, sizeof vt);
        report_masked(r, t, vt);
    }
}

static void parameters(report_doc *r, const goal_dashboard *d)
{
    report_heading(r, "Stuurparameters");
    report_paragraph(r, "De stuurparameters die beheer voor de raad heeft gekozen, met waarde, doel, of het doel is gehaald en "
                        "de trend. Na de tabel volgt per parameter, onder een eigen kop, een grafiek met dezelfde cijfers "
                        "als tabel; het laatste punt is de waarde op de peildatum.");
    static const char *const cols[] = {"Parameter", "Eenheid", "Waarde", "Doel", "Doel gehaald", "Trend", "Bron", NULL};
    int t = report_table_add(r, "stuurparameters", "Stuurparameters", cols);
    for (int i = 0; i < d->n_params; i++) {
        const goal_line *l = &d->params[i];
        report_row(r, t);
        report_text(r, t, l->ind.name);
        report_text(r, t, l->ind.unit);
        value_cell(r, t, l, false);
        value_cell(r, t, l, true);
        report_text(r, t, goal_met_label(l->met));
        char tr[64];
        snprintf(tr, sizeof tr, "%s%s", goal_trend_label(l->trend.dir),
                 l->trend.dir == TREND_UP || l->trend.dir == TREND_DOWN ? (l->trend.improving ? " (beter)" : " (slechter)") : "");
        report_text(r, t, tr);
        report_text(r, t, l->r.source);
    }
    for (int i = 0; i < d->n_params; i++) {
        const goal_line *l = &d->params[i];
        report_subheading(r, l->ind.name);
        const char *def = goal_computation_definition(l->ind.computation);
        if (def) report_paragraph(r, def);
        goal_trend_chart tc;
        goal_trend_chart_build(l, &tc);
        report_chart(r, &tc.spec, false);
    }
}

static void indicators(report_doc *r, const goal_dashboard *d)
{
    report_heading(r, "Doelen en indicatoren");
    static const char *const cols[] = {"Indicator", "Programma", "Doel", "Eenheid", "Waarde", "Streefwaarde",
                                       "Doel gehaald", "Bron", "Toelichting", NULL};
    int t = report_table_add(r, "indicatoren", "Indicatoren: realisatie tegen doel", cols);
    for (int i = 0; i < d->n_all; i++) {
        const goal_line *l = &d->all[i];
        char goal[256];
        snprintf(goal, sizeof goal, "%s %s", l->ind.goal_code, l->ind.goal_name);
        report_row(r, t);
        report_text(r, t, l->ind.name);
        report_text(r, t, l->ind.programme_name);
        report_text(r, t, goal);
        report_text(r, t, l->ind.unit);
        value_cell(r, t, l, false);
        value_cell(r, t, l, true);
        report_text(r, t, goal_met_label(l->met));
        report_text(r, t, l->r.source);
        report_text(r, t, l->r.explanation);
    }
    static const char *const gcols[] = {"Doel", "Programma", "Doel gehaald", NULL};
    int g = report_table_add(r, "doelen", "Doel gehaald per doel (alle indicatoren van het doel samen)", gcols);
    for (int i = 0; i < d->n_goals; i++) {
        char name[256];
        snprintf(name, sizeof name, "%s %s", d->goals[i].goal_code, d->goals[i].goal_name);
        report_row(r, g);
        report_text(r, g, name);
        report_text(r, g, d->goals[i].programme_code);
        report_text(r, g, goal_met_label(d->goal_met[i]));
    }
}

static void breakdowns(report_doc *r, const goal_dashboard *d)
{
    report_heading(r, "Uitsplitsingen");
    report_paragraph(r, "Aantallen personen; aantallen onder de 5 staan als <5. Waar het totaal een klein aantal zou "
                        "verraden, staat ook een ander aantal niet in de tabel: dat heet \"afgeschermd\" en kan elke "
                        "grootte hebben. Nooit een naam of nummer van een persoon.");
    for (int b = 0; b < GOAL_BREAKDOWNS; b++) {
        const goal_breakdown *bd = &d->breakdowns[b];
        report_subheading(r, bd->title);
        if (!bd->available) {
            report_paragraph(r, bd->note);
            continue;
        }
        char id[48];
        snprintf(id, sizeof id, "per-%s", bd->code);
        static const char *const cols[] = {"Categorie", "Aantal personen", NULL};
        int t = report_table_add(r, id, bd->title, cols);
        for (int i = 0; i < bd->n; i++) {
            report_row(r, t);
            report_text(r, t, bd->items[i].label);
            if (bd->items[i].mark != SUP_SHOWN) report_masked(r, t, sup_label(bd->items[i].mark));
            else report_number(r, t, bd->items[i].count, 0, 0);
        }
        report_row(r, t);
        report_text(r, t, "Totaal");
        if (bd->total_mark == SUP_SHOWN) report_number(r, t, bd->total, 0, 0);
        else report_masked(r, t, sup_label(bd->total_mark));
        if (goal_breakdown_protects(bd)) report_paragraph(r, sup_note());
        if (bd->n == 0) {
            report_paragraph(r, "Geen personen in dit jaar.");
            continue;
        }
        chart_spec c;
        memset(&c, 0, sizeof c);
        char cid[64];
        snprintf(cid, sizeof cid, "chart-%s", bd->code);
        c.id = cid;
        c.title = bd->title;
        c.desc = bd->note;
        c.unit = "personen";
        c.x_title = "Categorie";
        c.n_series = 1;
        c.decimals = 0;
        c.series[0].name = "Personen";
        for (int i = 0; i < bd->n && i < CHART_MAX_POINTS; i++) {
            c.x_labels[i] = bd->items[i].label;
            c.series[0].has[i] = bd->items[i].mark == SUP_SHOWN;
            c.series[0].values[i] = bd->items[i].count * 100;
            if (bd->items[i].mark != SUP_SHOWN) c.series[0].text[i] = sup_label(bd->items[i].mark);
            c.n_points++;
        }
        report_chart(r, &c, true);
    }
}

static void money(report_doc *r, const goal_dashboard *d)
{
    report_heading(r, "Financiën per doel");
    report_paragraph(r, "Lasten als negatief bedrag en saldo = baten + lasten, zoals in de jaarrekening. Het restant is "
                        "de begroting min de netto uitgaven (lasten min baten), voor doelen met een eigen budget.");
    static const char *const cols[] = {"Doel", "Programma", "Begroot (EUR)", "Lasten (EUR)", "Baten (EUR)",
                                       "Saldo (EUR)", "Restant begroting (EUR)", "Toelichting", NULL};
    int t = report_table_add(r, "financien", "Begroting, lasten, baten en saldo per doel", cols);
    goal_money sum = {0, 0, 0};
    int n = 0;
    for (int i = 0; i < d->n_goals; i++) {
        const goal_row *g = &d->goals[i];
        if (!g->has_money) continue;
        goal_money_result res;
        goal_money_compute(&g->money, &res);
        char name[256];
        snprintf(name, sizeof name, "%s %s", g->goal_code, g->goal_name);
        report_row(r, t);
        report_text(r, t, name);
        report_text(r, t, g->programme_code);
        report_number(r, t, g->money.budget_cents, 2, 2);
        report_number(r, t, -g->money.costs_cents, 2, 2);
        report_number(r, t, g->money.income_cents, 2, 2);
        report_number(r, t, res.saldo_cents, 2, 2);
        if (g->money.budget_cents > 0) report_number(r, t, res.remaining_cents, 2, 2);
        else report_text(r, t, "");
        report_text(r, t, g->explanation);
        sum.budget_cents += g->money.budget_cents;
        sum.costs_cents += g->money.costs_cents;
        sum.income_cents += g->money.income_cents;
        n++;
    }
    if (n == 0) { report_paragraph(r, "Voor dit jaar zijn geen bedragen per doel vastgelegd."); return; }
    goal_money_result res;
    goal_money_compute(&sum, &res);
    report_row(r, t);
    report_text(r, t, "Totaal");
    report_text(r, t, "");
    report_number(r, t, sum.budget_cents, 2, 2);
    report_number(r, t, -sum.costs_cents, 2, 2);
    report_number(r, t, sum.income_cents, 2, 2);
    report_number(r, t, res.saldo_cents, 2, 2);
    report_text(r, t, "");
    report_text(r, t, "");
}

static void stories(report_doc *r, const goal_dashboard *d)
{
    report_heading(r, "De mensen achter de cijfers");
    if (d->n_stories == 0) { report_paragraph(r, "Voor dit jaar zijn geen verhalen vastgelegd."); return; }
    static const char *const cols[] = {"Titel", "Doel", "Verhaal", NULL};
    int t = report_table_add(r, "verhalen", "Geanonimiseerde verhalen bij de doelen", cols);
    for (int i = 0; i < d->n_stories; i++) {
        char goal[256];
        snprintf(goal, sizeof goal, "%s %s", d->stories[i].goal_code, d->stories[i].goal_name);
        report_row(r, t);
        report_text(r, t, d->stories[i].title);
        report_text(r, t, goal);
        report_text(r, t, d->stories[i].body);
    }
}

void goal_report_build(const goal_dashboard *d, report_doc *out)
{
    char title[200], sub[400], peil[11];
    date_format_nl(d->peildatum, peil);
    if (d->period) {
        snprintf(title, sizeof title, "Rapportage Sociaal Domein %d-%d", d->year, d->period);
        snprintf(sub, sizeof sub, "Gemeente %s, periode %s %d, peildatum %s. Alleen geaggregeerde cijfers.", d->muni.name,
                 goal_period_label(d->period), d->year, peil);
    } else {
        snprintf(title, sizeof title, "Jaarverslag doelen en indicatoren %d", d->year);
        snprintf(sub, sizeof sub, "Gemeente %s, jaar %d, peildatum %s. Alleen geaggregeerde cijfers.", d->muni.name, d->year,
                 peil);
    }
    report_init(out, title, sub);
    parameters(out, d);
    indicators(out, d);
    breakdowns(out, d);
    money(out, d);
    stories(out, d);
}
