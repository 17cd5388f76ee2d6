/* Demo goals and figures from the sources: the SEA covenant 2014-2018 (000), the audit office's
 * banenafspraak figures (001) and Programma 1 of the 2023 annual report (002). Values x100.
 * Where a source gives a figure but no target, the demo's target is "at least last year's
 * level" (named so in the explanation); where the report judges without a figure, the
 * judgement is recorded as an assessment with the report's explanation. Entered through the goals'
 * user actions (app/goal_admin.h), as a user would, each with its audit entry. Declared with the
 * other areas' demo loaders in store/demo.h. */
#include "store/demo.h"
#include "app/goal_admin.h"
#include <stdio.h>
#include <string.h>

#define M "zoetermeer"

typedef struct { const char *code, *name; int from, to; } prog;
typedef struct { const char *prog, *code, *name, *desc; } goal;
typedef struct { const char *prog, *goal, *code, *name, *unit, *source, *computation; int decimals; goal_direction dir; bool count; } ind;
typedef struct { const char *ind; int year; int64_t target; } tgt;
typedef struct { const char *ind; int year; bool has; int64_t value; const char *assessment, *explanation; } val;
typedef struct { const char *prog, *goal; int year; int64_t budget, costs, income; const char *explanation; } fin;

static const prog progs[] = {
    {"sea-2014", "Sociaal-Economische Agenda 2014-2018", 2014, 2018},
    {"programma-1", "Programma 1 Onderwijs, economie en arbeidsparticipatie", 2022, 2026},
    {"banenafspraak", "Banenafspraak: de gemeente als werkgever", 2018, 2026},
    {"sociaal-inkopen", "Social return en sociaal inkopen", 2023, 2026},
};

static const goal goals[] = {
    {"sea-2014", "1", "Verbeteren van het ondernemersklimaat", "Convenantdoel SEA; project Ter Zake Het Ondernemershuis."},
    {"sea-2014", "2", "Vergroten van de werkgelegenheid", "Convenantdoel SEA."},
    {"sea-2014", "3", "Verminderen van het aantal uitkeringsgerechtigden", "Convenantdoel SEA."},
    {"sea-2014", "4", "Verbeteren van de aansluiting tussen onderwijs en arbeidsmarkt", "Convenantdoel SEA; Zoetermeer maakt 't en Zoetermeer on stage."},
    {"programma-1", "1.1", "Bijdragen aan maatwerk in spelen en leren", ""},
    {"programma-1", "1.2", "Beperken uitval in het onderwijs", ""},
    {"programma-1", "1.3", "Bevorderen van een beter vestigings- en ondernemersklimaat", ""},
    {"programma-1", "1.4", "Bevorderen groei werkgelegenheid", ""},
    {"programma-1", "1.5", "Stimuleren duurzame arbeidsparticipatie", ""},
    {"programma-1", "1.6", "Voorzien in noodzakelijke middelen van bestaan", ""},
    {"banenafspraak", "B1", "Banen voor mensen uit het doelgroepregister bij de gemeente", "Interne doelstelling in fte (36 uur)."},
    {"sociaal-inkopen", "S1", "Opdrachtnemers voldoen aan hun social-returnverplichting", "Bouwblokkenmethode Haaglanden + ZHC."},
};

static const ind inds[] = {
    {"sea-2014", "1", "ondernemersklimaat", "Rapportcijfer ondernemersklimaat (SEA)", "cijfer", "Ondernemerspeiling (enquête)", NULL, 1, DIR_HIGHER_BETTER, false},
    {"sea-2014", "1", "vragen-48u", "Ondernemersvragen binnen 48 uur beantwoord", "procent", NULL, "questions_answered_48h", 1, DIR_HIGHER_BETTER, false},
    {"sea-2014", "2", "extra-arbeidsplaatsen", "Toename arbeidsplaatsen", "aantal", "Jaarplan SEA 2016", NULL, 0, DIR_HIGHER_BETTER, false},
    {"sea-2014", "4", "on-stage-leerlingen", "Zoetermeer on stage: deelnemende leerlingen", "aantal", "Evaluatie Zoetermeer on stage 2015/2016", NULL, 0, DIR_HIGHER_BETTER, false},
    {"sea-2014", "4", "on-stage-professionals", "Zoetermeer on stage: deelnemende beroepsbeoefenaren", "aantal", "Evaluatie Zoetermeer on stage 2015/2016", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.1", "leerwinst", "Kinderen met meer dan gemiddelde leerwinst", "procent", "Leerlingvolgsysteem KIJK!", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.2", "voortijdig-schoolverlaters", "Voortijdig schoolverlaters", "aantal", "Leerplicht/RMC", NULL, 0, DIR_LOWER_BETTER, false},
    {"programma-1", "1.3", "ondernemerspeiling", "Rapportcijfer ondernemersklimaat", "cijfer", "Ondernemerspeiling (enquête, om het jaar)", NULL, 1, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.4", "bedrijfsvestigingen", "Aantal bedrijfsvestigingen", "aantal", "KvK regiodata", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.4", "faillissementen", "Aantal faillissementen", "aantal", "KvK regiodata", NULL, 0, DIR_LOWER_BETTER, false},
    {"programma-1", "1.4", "leegstand-kantoren", "Leegstaande kantoren", "procent", "Gemeente (voorraad 550.560 m2 vvo)", NULL, 1, DIR_LOWER_BETTER, false},
    {"programma-1", "1.5", "werkzame-beroepsbevolking", "Werkzame beroepsbevolking", "aantal", "CBS (afgerond op duizendtallen)", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.5", "uitstroom-werk", "Uitstroom uit de bijstand naar werk", "aantal", "Gemeente", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.5", "uitstroom-scholing", "Uitstroom uit de bijstand vanwege scholing", "aantal", "Gemeente", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.5", "loonkostensubsidie", "Personen met loonkostensubsidie bij een externe werkgever", "aantal", "De Binnenbaan", NULL, 0, DIR_HIGHER_BETTER, true},
    {"programma-1", "1.5", "beschut-werk", "Plaatsen beschut werk", "aantal", "De Binnenbaan", NULL, 0, DIR_HIGHER_BETTER, true},
    {"programma-1", "1.5", "direct-werk", "Plaatsingen via Direct Werk", "aantal", "De Binnenbaan", NULL, 0, DIR_HIGHER_BETTER, true},
    {"programma-1", "1.5", "sebo-houders", "SEBO-keurmerkhouders", "aantal", "Gemeente (SEBO-administratie)", NULL, 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.6", "bijstandsuitkeringen", "Aantal bijstandsuitkeringen", "aantal", "Gemeente", NULL, 0, DIR_LOWER_BETTER, false},
    {"programma-1", "1.6", "bereik-minima", "Bereik minimaregelingen", "procent", "CBS en gemeente", NULL, 0, DIR_HIGHER_BETTER, false},
    {"banenafspraak", "B1", "banen-gemeente-fte", "Banenafspraak bij de gemeente (fte)", "fte", "P&O gemeente Zoetermeer", NULL, 1, DIR_HIGHER_BETTER, false},
    {"banenafspraak", "B1", "banen-doel", "Banenafspraak bij de gemeente tegen het doel (fte)", "procent", NULL, "banen_vs_target", 1, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.5", "banen-mensen", "Banenafspraak: mensen aan het werk op de peildatum", "aantal", NULL, "placements_by_instrument", 0, DIR_HIGHER_BETTER, true},
    {"programma-1", "1.5", "banen-vast", "Banenafspraak: aandeel vaste contracten", "procent", NULL, "permanent_contract_share", 1, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.5", "sebo-register", "SEBO-keurmerkhouders met een geldig keurmerk (register)", "aantal", NULL, "sebo_holders", 0, DIR_HIGHER_BETTER, false},
    {"programma-1", "1.4", "vragen-48u-wsp", "Vragen van werkgevers binnen 48 uur beantwoord", "procent", NULL, "questions_answered_48h", 1, DIR_HIGHER_BETTER, false},
    {"sociaal-inkopen", "S1", "sroi-realisatie", "SROI-waarde geverifieerd tegen verschuldigd", "procent", NULL, "sroi_realised_vs_due", 1, DIR_HIGHER_BETTER, false},
    {"sociaal-inkopen", "S1", "sroi-op-schema", "Contracten met SROI-verplichting op schema", "procent", NULL, "contracts_on_schedule_share", 1, DIR_HIGHER_BETTER, false},
    {"sociaal-inkopen", "S1", "sroi-gunningen-geregistreerd", "Aanbestedingen met SROI-verplichting geregistreerd", "procent", NULL, "sroi_awards_registered_share", 1, DIR_HIGHER_BETTER, false},
};

static const tgt tgts[] = {
    {"ondernemersklimaat", 2016, 710}, {"vragen-48u", 2016, 10000}, {"extra-arbeidsplaatsen", 2016, 50000},
    {"on-stage-leerlingen", 2016, 100000}, {"on-stage-professionals", 2016, 20000},
    {"ondernemerspeiling", 2022, 650}, {"ondernemerspeiling", 2023, 690},
    {"bedrijfsvestigingen", 2023, 1040500}, {"faillissementen", 2023, 1100}, {"leegstand-kantoren", 2023, 1010},
    {"werkzame-beroepsbevolking", 2023, 6700000}, {"sebo-houders", 2016, 6000},
    {"banen-gemeente-fte", 2018, 2740}, {"banen-gemeente-fte", 2019, 3110}, {"banen-gemeente-fte", 2020, 3460},
    {"banen-doel", 2018, 10000}, {"banen-doel", 2019, 10000}, {"banen-doel", 2020, 10000},
    {"vragen-48u-wsp", 2025, 10000}, {"vragen-48u-wsp", 2026, 10000},
    {"sroi-realisatie", 2022, 10000}, {"sroi-realisatie", 2023, 10000}, {"sroi-realisatie", 2024, 10000},
    {"sroi-op-schema", 2022, 8000}, {"sroi-op-schema", 2023, 8000}, {"sroi-realisatie", 2025, 10000}, {"sroi-realisatie", 2026, 10000},
    {"sroi-op-schema", 2024, 8000}, {"sroi-op-schema", 2025, 8000}, {"sroi-op-schema", 2026, 8000},
};

static const val vals[] = {
    {"ondernemersklimaat", 2014, true, 690, NULL, "Peiling september 2014: uitgangspunt van het doel 7,1."},
    {"ondernemersklimaat", 2016, false, 0, NULL, "Geen peiling in de evaluatieperiode beschikbaar."},
    {"on-stage-leerlingen", 2016, true, 94400, NULL, "Iets minder leerlingen dan beoogd."},
    {"on-stage-professionals", 2016, true, 21900, NULL, "Iets meer beroepsbeoefenaren dan beoogd."},
    {"leerwinst", 2023, false, 0, "nee", "Het streefpercentage is niet gehaald, vooral door de leerwinst van peuters op taal; sinds KIJK! de Cito-toetsen verving zijn de resultaten niet goed vergelijkbaar."},
    {"voortijdig-schoolverlaters", 2023, false, 0, "nee", "Het aantal voortijdig schoolverlaters is gestegen ten opzichte van vorig jaar; een landelijke tendens."},
    {"ondernemerspeiling", 2022, true, 620, NULL, "Peiling 2022: gemiddeld 6,2 tegen 6,5 in de begroting."},
    {"ondernemerspeiling", 2023, false, 0, NULL, "De gemeente peilt om het jaar; in 2023 was er geen peiling, dus niet te zeggen of het doel is gehaald."},
    {"bedrijfsvestigingen", 2022, true, 1040500, NULL, ""},
    {"bedrijfsvestigingen", 2023, true, 1103500, NULL, "Toename met 630 vestigingen. Demo-doel: minstens het niveau van vorig jaar."},
    {"faillissementen", 2022, true, 1100, NULL, ""},
    {"faillissementen", 2023, true, 1000, NULL, "Eén faillissement minder dan in 2022. Demo-doel: niet meer dan vorig jaar."},
    {"leegstand-kantoren", 2022, true, 1010, NULL, ""},
    {"leegstand-kantoren", 2023, true, 890, NULL, "Afgenomen van 10,1% naar 8,9%. Demo-doel: niet meer dan vorig jaar."},
    {"werkzame-beroepsbevolking", 2022, true, 6700000, NULL, ""},
    {"werkzame-beroepsbevolking", 2023, true, 6800000, NULL, "Gestegen van 67.000 naar 68.000 (CBS rondt af op duizendtallen)."},
    {"uitstroom-werk", 2023, false, 0, "ja", "De uitstroom naar werk is aangetrokken; extra inzet op uitstroom naar werk heeft hieraan bijgedragen."},
    {"uitstroom-scholing", 2023, false, 0, "nee", "Relatief weinig uitstroom vanwege scholing in de krappe arbeidsmarkt; landelijk ook zo."},
    {"loonkostensubsidie", 2022, true, 15100, NULL, ""},
    {"loonkostensubsidie", 2023, true, 17500, "ja", "Eind 2023 175 personen, ruim boven het afgesproken doel; een groei van 24 personen."},
    {"beschut-werk", 2023, true, 6700, NULL, "Achterstand op de landelijke ambitie grotendeels ingelopen."},
    {"direct-werk", 2023, true, 5400, NULL, "54 plaatsingen bij 14 werkgevers."},
    {"sebo-houders", 2016, true, 3700, NULL, "Stand september 2016; doel was 60 houders eind 2016."},
    {"sebo-houders", 2019, true, 5600, NULL, ""},
    {"sebo-houders", 2021, true, 5400, NULL, ""},
    {"sebo-houders", 2023, true, 5300, NULL, "Eind 2023 53 leden; een plan om het keurmerk te versterken volgt in 2024."},
    {"bijstandsuitkeringen", 2023, false, 0, "nee", "De begroting rekende op een forse afname; het aantal uitkeringen bleef min of meer gelijk, mede door hogere instroom van statushouders."},
    {"bereik-minima", 2022, true, 6500, NULL, ""},
    {"bereik-minima", 2023, true, 7200, "nee", "Het bereik steeg van 65% naar 72%, een stap in de richting van de doelstelling."},
    {"banen-gemeente-fte", 2018, true, 1360, NULL, "Inclusief twee detacheringen vanuit DSW."},
    {"banen-gemeente-fte", 2019, true, 3070, NULL, "Inclusief proefplaatsingen van 1-3 maanden."},
    {"banen-gemeente-fte", 2020, true, 3370, NULL, "Inclusief proefplaatsingen van 1-3 maanden."},
};

/* Annual report 2023, x EUR 1,000 (lasten / baten / saldo). The report rounds each figure to
 * thousands, so the demo's exact amounts are chosen to round to every printed figure, including
 * the programme totals (-135.585 / 69.949 / -65.636). */
static const fin fins[] = {
    {"programma-1", "1.1", 2023, 0, 2494600000, 1182040000, "Grotendeels onderwijshuisvesting; verder leerlingenvervoer, kinderopvang, brede school, onderwijsachterstanden."},
    {"programma-1", "1.2", 2023, 0, 227700000, 57600000, "Leerplicht, voortijdig schoolverlaten en schoolmaatschappelijk werk."},
    {"programma-1", "1.3", 2023, 0, 207560000, 66240000, "Beleid, ondernemersklimaat, werklocaties en onderzoek retail en kantoren."},
    {"programma-1", "1.4", 2023, 0, 38500000, 0, "Accountmanagement en dienstverlening aan ondernemers."},
    {"programma-1", "1.5", 2023, 0, 2458800000, 502100000, "Participatie op de regionale arbeidsmarkt en sociale activering, o.a. via De Binnenbaan."},
    {"programma-1", "1.6", 2023, 0, 8131300000, 5186900000, "Uitkeringen levensonderhoud, armoedebeleid en handhaving."},
    {"banenafspraak", "B1", 2020, 15300000, 230000, 0, "Budget voor bovenformatief aannemen; afgerond EUR 2.300 ingezet voor arbo-middelen."},
};

static const struct { const char *prog, *goal; int year; const char *title, *body; } stories[] = {
    {"programma-1", "1.5", 2023, "Via de bedrijfsschool Zorg aan het werk",
     "Een deelnemer zonder ervaring in de zorg leerde het vak in de bedrijfsschool van De Binnenbaan en werkt nu met "
     "loonkostensubsidie bij een zorgorganisatie. (Voorbeeldverhaal in de demo.)"},
    {"programma-1", "1.2", 2023, "Van thuiszitten naar een leerbaan",
     "Een jongere zonder startkwalificatie kwam via de Leerwerkmakelaar in een BBL-leerbaan terecht en combineert werken "
     "en leren. (Voorbeeldverhaal in de demo.)"},
};

static const char *const dashboard[] = {"sroi-realisatie", "sroi-op-schema", "banen-gemeente-fte", "sebo-houders",
                                        "banen-mensen", "werkzame-beroepsbevolking", "ondernemerspeiling"};

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

inc_status demo_goals_load(inc_db *db, inc_error *e)
{
    int64_t id;
    for (int i = 0; i < N(progs); i++)
        if (app_goal_programme_add(db, M, progs[i].code, progs[i].name, progs[i].from, progs[i].to, &id, e)) return e->status;
    for (int i = 0; i < N(goals); i++)
        if (app_goal_add(db, M, goals[i].prog, goals[i].code, goals[i].name, goals[i].desc, &id, e)) return e->status;
    for (int i = 0; i < N(inds); i++) {
        goal_indicator_def d = {inds[i].prog, inds[i].goal, inds[i].code, inds[i].name, inds[i].unit, inds[i].source,
                                inds[i].decimals, inds[i].dir, inds[i].computation, inds[i].count};
        if (app_goal_indicator_add(db, M, &d, &id, e)) return e->status;
    }
    for (int i = 0; i < N(tgts); i++)
        if (app_goal_target_set(db, M, tgts[i].ind, tgts[i].year, tgts[i].target, e)) return e->status;
    for (int i = 0; i < N(vals); i++)
        if (app_goal_value_set(db, M, vals[i].ind, vals[i].year, 0, vals[i].has, vals[i].value, vals[i].assessment,
                           vals[i].explanation, NULL, e))
            return e->status;
    for (int i = 0; i < N(fins); i++) {
        goal_money m = {fins[i].budget, fins[i].costs, fins[i].income};
        if (app_goal_finance_set(db, M, fins[i].prog, fins[i].goal, fins[i].year, &m, fins[i].explanation, e)) return e->status;
    }
    for (int i = 0; i < N(stories); i++)
        if (app_goal_story_add(db, M, stories[i].prog, stories[i].goal, stories[i].year, stories[i].title, stories[i].body, &id, e))
            return e->status;
    return app_goal_dashboard_set(db, M, dashboard, N(dashboard), e);
}
