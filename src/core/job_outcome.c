/* Residents and durable work (core/job_outcome.h). */
#include "core/job_outcome.h"
#include "core/code_text.h"
#include <ctype.h>
#include <string.h>

static const char *const contracts[JC__COUNT] = {"tijdelijk", "vast", "proefplaatsing", "detachering", "bbl"};

inc_status job_contract_parse(const char *s, job_contract *out, const char *field, inc_error *e)
{
    for (int i = 0; i < JC__COUNT; i++)
        if (s && code_text_equal(s, contracts[i])) {
            *out = (job_contract)i;
            return INC_OK;
        }
    return inc_fail(e, INC_EINVAL, field, "onbekend contracttype '%s' (tijdelijk, vast, proefplaatsing, detachering of bbl)",
                    s ? s : "");
}

const char *job_contract_code(job_contract c) { return (unsigned)c < JC__COUNT ? contracts[c] : ""; }

bool job_benefit_valid(const char *s)
{
    static const char *const benefits[] = {"participatiewet", "ww", "wajong", "wia", "ioaw", "ioaz", "anw", "anders"};
    for (size_t i = 0; i < sizeof benefits / sizeof *benefits; i++)
        if (s && strcmp(s, benefits[i]) == 0) return true;
    return false;
}

const char *job_benefit_implied(const char *block_code, bool *choice)
{
    static const struct { const char *block, *benefit; } implied[] = {
        {"mu-ww", "ww"}, {"mu-wia", "wia"}, {"mu-participatiewet", "participatiewet"}};
    *choice = false;
    for (size_t i = 0; i < sizeof implied / sizeof *implied; i++)
        if (block_code && strcmp(block_code, implied[i].block) == 0) return implied[i].benefit;
    *choice = block_code && strncmp(block_code, "mu-", 3) == 0;
    return NULL;
}

inc_status job_pc4_check(const char *s, const char *field, inc_error *e)
{
    if (!s || strlen(s) != 4 || s[0] == '0')
        return inc_fail(e, INC_EINVAL, field, "alleen het postcodegebied: 4 cijfers, 1000 tot 9999 (geen volledige postcode)");
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i]))
            return inc_fail(e, INC_EINVAL, field, "alleen het postcodegebied: 4 cijfers, 1000 tot 9999 (geen volledige postcode)");
    return INC_OK;
}

int job_resident(const char *residence_municipality, const char *pc4, const char *muni_code, const char *muni_name,
                 const pc4_range *ranges, size_t n_ranges)
{
    if (residence_municipality && *residence_municipality)
        return code_text_equal(residence_municipality, muni_code) || code_text_equal(residence_municipality, muni_name);
    if (!pc4 || !*pc4 || n_ranges == 0) return -1;
    for (size_t i = 0; i < n_ranges; i++)
        if (strcmp(pc4, ranges[i].from) >= 0 && strcmp(pc4, ranges[i].to) <= 0) return 1;
    return 0;
}

inc_date job_durability_day(inc_date end, int months) { return date_add_months(end, months); }

job_durability job_durability_at(inc_date end, int months, inc_date today, int reported, bool has_record,
                                 bool record_active_that_day)
{
    if (job_durability_day(end, months) > today) return JD_NOT_YET;
    if (reported == 1) return JD_WORKING;
    if (reported == 0) return JD_NOT_WORKING;
    if (has_record) return record_active_that_day ? JD_WORKING : JD_NOT_WORKING;
    return JD_UNKNOWN;
}

static void add_durability(job_durability d, int64_t *due, int64_t *known, int64_t *durable)
{
    if (d == JD_NOT_YET) return;
    (*due)++;
    if (d == JD_UNKNOWN) return;
    (*known)++;
    if (d == JD_WORKING) (*durable)++;
}

void job_tally_add(job_tally *t, int resident, job_contract c, job_durability d6, job_durability d12)
{
    t->jobs++;
    if (resident >= 0) {
        t->residence_known++;
        if (resident == 1) t->residents++;
    }
    add_durability(d6, &t->due6, &t->known6, &t->durable6);
    add_durability(d12, &t->due12, &t->known12, &t->durable12);
    if ((unsigned)c < JC__COUNT) t->by_contract[c]++;
}

job_tally_marks job_tally_suppress(const job_tally *t, bool aggregate_only)
{
    job_tally_marks m;
    const sup_part_marks shown = {SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
    if (!aggregate_only) {
        m.jobs = SUP_SHOWN;
        m.residents = m.durable12 = m.durable6 = shown;
        for (int i = 0; i < JC__COUNT; i++) m.by_contract[i] = SUP_SHOWN;
        return m;
    }
    m.jobs = sup_count(t->jobs);
    m.residents = sup_part(t->residence_known, t->residents);
    m.durable12 = sup_part(t->known12, t->durable12);
    m.durable6 = sup_part(t->known6, t->durable6);
    sup_cells(t->by_contract, JC__COUNT, m.by_contract);
    return m;
}

static bool active_on(inc_date start, inc_date end, inc_date day)
{
    return start != INC_DATE_NONE && start <= day && (end == INC_DATE_NONE || end >= day);
}

void job_tally_add_row(job_tally *t, const job_row *r, inc_date today)
{
    job_durability d[2];
    static const int months[2] = {6, 12};
    for (int k = 0; k < 2; k++) {
        inc_date day = job_durability_day(r->end, months[k]);
        d[k] = job_durability_at(r->end, months[k], today, k ? r->working12 : r->working6, r->has_record,
                                 r->has_record && active_on(r->record_start, r->record_end, day));
    }
    job_tally_add(t, r->resident, r->contract, d[0], d[1]);
}
