/* Demo data of the employer service (WSP): the skills list, employers (three of them contractors
 * with an SROI obligation from the register demo), contact persons and moments, a network event,
 * questions (answered in time, late, overdue, still open), vacancies (one closed), 48 candidates
 * (every fifth without consent), proposals with outcomes and placements. Dates are relative to
 * today, so the 48-hour figures always show every state. */
#include "core/ident.h"
#include "core/match.h"
#include "core/wsp_rules.h"
#include "app/wsp_actions.h"
#include "app/wsp_input.h"
#include "store/aftercare.h"
#include "store/demo.h"
#include <stdio.h>
#include <string.h>

static const char *const skills[] = {
    "kassa", "klantcontact", "orderpicken", "heftruck", "schoonmaak", "groenonderhoud", "koken", "HACCP-hygiëne",
    "administratie", "Excel", "rijbewijs B", "Engels", "Nederlands B1", "beveiliging", "lassen", "metselen",
    "zorg en ADL", "magazijnbeheer", "productiewerk", "telefoneren"};

static const struct {
    const char *kvk, *name, *municipality, *sector, *size, *postcode, *manager;
} employers[] = {
    {"58221904", "Schoon & Sociaal Schoonmaak BV", "zoetermeer", "schoonmaak", "middel", "2713 HK", "Fatima El Amrani"},
    {"27362514", "Groenwerk Zoetermeer BV", "zoetermeer", "groen", "klein", "2719 EA", "Fatima El Amrani"},
    {"50719283", "Veilig Werk Beveiliging BV", "zoetermeer", "beveiliging", "middel", "2718 RD", "Peter Verbeek"},
    {"69120045", "Bakkerij De Korenschoof", "zoetermeer", "detailhandel", "klein", "2711 AB", "Peter Verbeek"},
    {"69120061", "Logistiek Centrum Bleiswijk BV", "lansingerland", "logistiek", "groot", "2665 NZ", "Sanne de Wit"},
    {"69120088", "Zorggroep Noordhove", "zoetermeer", "zorg", "groot", "2721 AC", "Sanne de Wit"},
    {"69120096", "Hotel-Restaurant De Wilgen", "pijnacker-nootdorp", "horeca", "klein", "2641 KP", "Peter Verbeek"},
    {"69120118", "Metaalbewerking Delfgauw BV", "pijnacker-nootdorp", "industrie", "middel", "2645 EG", "Sanne de Wit"},
};

static const struct {
    int employer; /* index into employers */
    const char *title, *hmin, *hmax, *education, *require, *wish, *groups;
    int start_days, wanted;
} vacancies[] = {
    {0, "Schoonmaakmedewerker kantoren", "16", "24", "geen", "schoonmaak", "Nederlands B1", "participatiewet,banenafspraak", 21, 3},
    {1, "Medewerker groenonderhoud", "24", "36", "vso-pro", "groenonderhoud", "rijbewijs B", "", 30, 2},
    {2, "Beveiliger in opleiding", "32", "40", "mbo2", "beveiliging,klantcontact", "Engels", "", 45, 4},
    {3, "Verkoopmedewerker bakkerij", "20", "28", "vmbo", "kassa,klantcontact", "HACCP-hygiëne", "participatiewet,ww", 14, 3},
    {4, "Orderpicker", "24", "38", "geen", "orderpicken", "heftruck,magazijnbeheer", "", 21, 7},
    {5, "Zorgassistent", "16", "32", "mbo2", "zorg en ADL,klantcontact", "Nederlands B1", "", 60, 5},
    {6, "Hulpkok", "20", "32", "mbo1", "koken,HACCP-hygiëne", "", "banenafspraak,wajong,participatiewet", 28, 2},
    {7, "Productiemedewerker metaal", "32", "40", "vmbo", "productiewerk", "lassen", "", 35, 3},
    {4, "Heftruckchauffeur", "32", "40", "mbo1", "heftruck,orderpicken", "", "", 10, 2},
    {3, "Bakkershulp (ingevuld)", "16", "24", "geen", "productiewerk", "", "", 7, 1},
};

static const char *const municipalities[] = {"zoetermeer", "zoetermeer", "lansingerland", "pijnacker-nootdorp",
                                             "zoetermeer", "leidschendam-voorburg"};
static const char *const postcodes[] = {"2711", "2725", "2652", "2641", "2716", "2262"};
static const char *const educations[] = {"geen", "vso-pro", "vmbo", "mbo1", "mbo2", "mbo3"};
static const char *const groups[] = {"participatiewet", "banenafspraak", "ww", "participatiewet,55plus",
                                     "wajong", "zonder-uitkering", "oud-sw", "jongere-zonder-startkwalificatie"};

static void day_iso(int offset, char buf[11]) { date_format_iso(date_today() + offset, buf); }
static void when_iso(inc_minute m, char buf[21]) { datetime_format_iso(m, buf); }

static inc_status add_json(inc_status (*fn)(inc_db *, json_t *, int64_t *, inc_error *), inc_db *db, json_t *in,
                           int64_t *id, inc_error *e)
{
    inc_status s = fn(db, in, id, e);
    json_decref(in);
    return s;
}

inc_status demo_wsp_load(inc_db *db, inc_error *e)
{
    int64_t id, emp_ids[sizeof employers / sizeof *employers], vac_ids[sizeof vacancies / sizeof *vacancies];
    for (size_t i = 0; i < sizeof skills / sizeof *skills; i++)
        if (wsp_skill_add(db, skills[i], &id, e)) return e->status;

    for (size_t i = 0; i < sizeof employers / sizeof *employers; i++) {
        json_t *in = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "kvk", employers[i].kvk, "name", employers[i].name,
                               "municipality", employers[i].municipality, "sector", employers[i].sector, "size_class",
                               employers[i].size, "postcode", employers[i].postcode, "account_manager",
                               employers[i].manager);
        if (add_json(wsp_employer_add_json, db, in, &emp_ids[i], e)) return e->status;
        char d[11];
        day_iso(-60 + (int)i * 5, d);
        json_t *c = json_pack("{s:s, s:s, s:s}", "name", i % 2 ? "H. Jansen" : "M. de Boer", "role",
                              i % 2 ? "HR-adviseur" : "eigenaar", "email", i % 2 ? "hr@example.nl" : "info@example.nl");
        wsp_contact_in ci;
        if (wsp_contact_in_read(c, &ci, e) || wsp_contact_add(db, emp_ids[i], &ci, &id, e)) { json_decref(c); return e->status; }
        json_decref(c);
        json_t *m = json_pack("{s:s, s:s, s:s, s:s}", "kind", i % 3 == 0 ? "bezoek" : "telefoon", "date", d,
                              "account_manager", employers[i].manager, "notes",
                              i % 3 == 0 ? "Kennismaking op locatie; interesse in kandidaten met loonkostensubsidie."
                                         : "Vacatures doorgesproken en wensen over uren vastgelegd.");
        wsp_moment_in mi;
        if (wsp_moment_in_read(m, &mi, e) || wsp_moment_add(db, emp_ids[i], &mi, &id, e)) { json_decref(m); return e->status; }
        json_decref(m);
    }

    /* A network meeting at the Ondernemershuis; most employers came, one registered but did not. */
    char d[11];
    day_iso(-20, d);
    json_t *ev = json_pack("{s:s, s:s, s:s, s:s}", "title", "Netwerkbijeenkomst Inclusief Ondernemen", "date", d,
                           "municipality", "zoetermeer", "location", "Ter Zake Het Ondernemershuis");
    int64_t event;
    if (add_json(wsp_event_add_json, db, ev, &event, e)) return e->status;
    for (size_t i = 0; i < 6; i++) {
        if (wsp_event_attend(db, event, emp_ids[i], i != 4, e)) return e->status;
        if (i == 4) continue;
        json_t *m = json_pack("{s:s, s:s, s:s, s:I, s:s}", "kind", "evenement", "date", d, "account_manager",
                              employers[i].manager, "event", (json_int_t)event, "notes", "Gesproken op de netwerkbijeenkomst.");
        wsp_moment_in mi;
        if (wsp_moment_in_read(m, &mi, e) || wsp_moment_add(db, emp_ids[i], &mi, &id, e)) { json_decref(m); return e->status; }
        json_decref(m);
    }

    /* Questions: hours ago relative to now, answered after h hours (-1 = not yet). */
    static const struct { int employer, asked_hours_ago, answered_after; const char *subject; } qs[] = {
        {0, 24 * 40, 20, "Hoe vraag ik loonkostensubsidie aan?"},
        {3, 24 * 35, 47, "Kan een kandidaat eerst proefdraaien?"},
        {5, 24 * 33, 60, "Wie betaalt de jobcoach?"},
        {1, 24 * 20, 5, "Telt een leerwerkbaan mee voor social return?"},
        {4, 24 * 12, 30, "Kunnen jullie zeven kandidaten voor orderpicken leveren?"},
        {6, 24 * 9, 72, "Subsidie voor aanpassing werkplek?"},
        {2, 24 * 6, -1, "Hoe werkt de no-riskpolis?"},
        {7, 24 * 4, -1, "Kan een statushouder bij ons een leerwerkbaan krijgen?"},
        {3, 20, -1, "Tweede kandidaat voor de bakkerij?"},
        {0, 5, -1, "Verlenging detachering na zes maanden?"},
    };
    inc_minute now = datetime_now();
    for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
        char asked[21];
        when_iso(now - (inc_minute)qs[i].asked_hours_ago * 60, asked);
        json_t *q = json_pack("{s:I, s:s, s:s, s:s}", "employer", (json_int_t)emp_ids[qs[i].employer], "asked_at", asked,
                              "channel", i % 2 ? "email" : "telefoon", "subject", qs[i].subject);
        int64_t qid;
        if (add_json(wsp_question_add_json, db, q, &qid, e)) return e->status;
        if (qs[i].answered_after < 0) continue;
        char at[21];
        when_iso(now - (inc_minute)qs[i].asked_hours_ago * 60 + (inc_minute)qs[i].answered_after * 60, at);
        json_t *a = json_pack("{s:s, s:s, s:s}", "answered_at", at, "answer", "Beantwoord door het WSP; zie notitie.",
                              "answered_by", employers[qs[i].employer].manager);
        wsp_answer_in ai;
        if (wsp_answer_in_read(a, &ai, e) || wsp_question_answer(db, qid, &ai, e)) { json_decref(a); return e->status; }
        json_decref(a);
    }

    for (size_t i = 0; i < sizeof vacancies / sizeof *vacancies; i++) {
        char start[11];
        day_iso(vacancies[i].start_days, start);
        json_t *in = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:i}", "employer",
                               (json_int_t)emp_ids[vacancies[i].employer], "title", vacancies[i].title, "hours_min",
                               vacancies[i].hmin, "hours_max", vacancies[i].hmax, "education", vacancies[i].education,
                               "required_skills", vacancies[i].require, "wished_skills", vacancies[i].wish, "groups",
                               vacancies[i].groups, "start_date", start, "postcode",
                               employers[vacancies[i].employer].postcode, "wanted", vacancies[i].wanted);
        if (add_json(wsp_vacancy_add_json, db, in, &vac_ids[i], e)) return e->status;
    }

    /* 48 candidates, attributes spread deterministically; every fifth has not given consent. */
    int64_t cand_ids[48];
    for (int i = 0; i < 48; i++) {
        char bsn[10], from[11], hmin[8], hmax[8], km[8], sk[160];
        bsn_from_seed(900001u + (unsigned)i * 104729u, bsn);
        day_iso(-30 + (i * 7) % 50, from);
        int lo = 8 + (i % 4) * 8;
        snprintf(hmin, sizeof hmin, "%d", lo);
        snprintf(hmax, sizeof hmax, "%d", lo + 8 + (i % 3) * 8 > 40 ? 40 : lo + 8 + (i % 3) * 8);
        snprintf(km, sizeof km, "%d", 5 + (i % 5) * 5);
        snprintf(sk, sizeof sk, "%s,%s,%s", skills[i % 20], skills[(i * 7 + 3) % 20], skills[(i * 11 + 1) % 20]);
        json_t *in = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:s, s:s}", "bsn", bsn, "municipality",
                               municipalities[i % 6], "education", educations[(i * 5) % 6], "hours_min", hmin, "hours_max",
                               hmax, "postcode", postcodes[(i * 3) % 6], "travel_km", km, "available_from", from,
                               "consent", i % 5 != 4, "skills", sk, "groups", groups[i % 8]);
        if (add_json(wsp_candidate_add_json, db, in, &cand_ids[i], e)) return e->status;
    }

    /* Proposals: the top of each shortlist for the first vacancies; the employer decides. */
    static const char *const outcomes[] = {"uitgenodigd", "afgewezen", "voorgesteld", "aangenomen"};
    int64_t placed_vac[3] = {0}, placed_cand[3] = {0};
    int nplaced = 0;
    for (int v = 0; v < 6; v++) {
        wsp_match_result *sl;
        if (wsp_shortlist(db, vac_ids[v], NULL, 0, &sl, e)) return e->status;
        for (int k = 0; k < sl->list.n; k++) {
            if (k >= 3) break;
            int64_t cid = sl->items[k].id, pid;
            bool taken = false;
            for (int p = 0; p < nplaced; p++) taken |= placed_cand[p] == cid;
            if (taken || wsp_propose(db, vac_ids[v], cid, &pid, e)) {
                if (taken) continue;
                wsp_match_result_free(sl);
                return e->status;
            }
            const char *o = outcomes[(v + k) % 4];
            if (strcmp(o, "voorgesteld") &&
                wsp_proposal_outcome(db, pid, o, strcmp(o, "afgewezen") ? NULL : "Werkgever koos een andere kandidaat",
                                     e)) {
                wsp_match_result_free(sl);
                return e->status;
            }
            if (!strcmp(o, "aangenomen") && nplaced < 3) {
                placed_vac[nplaced] = vac_ids[v];
                placed_cand[nplaced++] = cid;
            }
        }
        wsp_match_result_free(sl);
    }
    static const char *const contracts[] = {"tijdelijk", "proefplaatsing", "vast"};
    static const char *const instruments[] = {"loonkostensubsidie", "proefplaatsing", "jobcoach"};
    for (int p = 0; p < nplaced; p++) {
        char start[11];
        day_iso(7 + p * 7, start);
        json_t *in = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s}", "vacancy", (json_int_t)placed_vac[p], "candidate",
                               (json_int_t)placed_cand[p], "start_date", start, "hours", "24", "contract_type",
                               contracts[p % 3], "instrument", instruments[p % 3]);
        wsp_placement_in pi;
        wsp_placement_result out;
        inc_status s = wsp_placement_in_read(in, &pi, e) ? INC_EINVAL : wsp_place(db, &pi, &out, e);
        json_decref(in);
        if (s) return s;
        wsp_placement_result_free(&out);
    }
    /* The bakery's small vacancy was filled outside the matching; another was withdrawn. */
    if (wsp_vacancy_set_status(db, vac_ids[9], "vervuld", e)) return e->status;
    if (wsp_vacancy_set_status(db, vac_ids[8], "gesloten", e)) return e->status;
    /* Aftercare as in the policy's cases (source 001): a job-coach contact every 8 weeks in the
     * first year after a placement, for Zoetermeer's candidates. */
    static const aftercare_schedule eight_weeks = {56, 12};
    return aftercare_schedule_put(db, "zoetermeer", &eight_weeks, e);
}
