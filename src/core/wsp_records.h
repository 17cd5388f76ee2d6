/* The employer service's (WSP) records as plain data: what the faces hand to the application layer
 * (the *_in inputs, read from an API body or CLI options by app/wsp_input.h), and what the store
 * reads and the application layer returns (employers, events, questions, skills, vacancies,
 * candidates, proposals, placements, the shortlist). Their JSON is app/wsp_view.h's job.
 *
 * Texts of records read from the database live in the arena (core/arena.h) of the list (or view)
 * that holds them; NULL stands for SQL NULL. A list is freed with WSP_LIST_FREE. */
#ifndef INC_CORE_WSP_RECORDS_H
#define INC_CORE_WSP_RECORDS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "core/arena.h"
#include "core/date.h"
#include "core/match.h"
#include "core/wsp_rules.h"

/* Frees a list's arena and leaves the list empty. */
#define WSP_LIST_FREE(l)                                                   \
    do {                                                                   \
        arena_free(&(l)->arena);                                           \
        (l)->items = NULL;                                                 \
        (l)->n = (l)->cap = 0;                                             \
    } while (0)

/* ---- Inputs (texts point into what the face read them from) ---- */
typedef struct {
    const char *kvk, *name, *municipality, *sector, *size_class, *account_manager; /* sector, manager may be NULL */
    char postcode[8];                     /* normalised ("2711 AB"), "" when none */
} wsp_employer_in;

typedef struct {
    const char *name, *role, *email, *phone;  /* all but name may be NULL */
} wsp_contact_in;

typedef struct {
    const char *kind, *account_manager, *notes;
    inc_date date;
    int64_t event;                        /* 0: none */
} wsp_moment_in;

typedef struct {
    const char *title, *municipality, *location;
    inc_date date;
} wsp_event_in;

typedef struct {
    int64_t employer;
    inc_minute asked_at;
    const char *channel, *subject, *question; /* channel NULL: telefoon */
} wsp_question_in;

typedef struct {
    inc_minute answered_at;
    const char *answer, *answered_by;     /* answered_by NULL: the acting user */
} wsp_answer_in;

typedef struct {
    int64_t employer, hours_min, hours_max, wanted;   /* hours in centi-hours */
    const char *title, *municipality;     /* municipality NULL: the employer's */
    char postcode[8];
    int education;
    inc_date start;
    uint32_t groups;
    char required_skills[2048], wished_skills[2048];  /* comma-separated names */
} wsp_vacancy_in;

typedef struct {
    const char *bsn, *municipality;
    int education;
    int64_t hours_min, hours_max, travel_dm;
    int pc4;                              /* only the 4 digits of the postcode are kept */
    uint32_t groups;
    inc_date available_from;
    bool consent;
    char skills[2048];
} wsp_candidate_in;

typedef struct {
    int64_t vacancy, candidate, hours;    /* hours in centi-hours */
    inc_date start;
    const char *contract_type, *instrument;
} wsp_placement_in;

/* ---- Records ---- */
typedef struct {
    int64_t id, organisation_id, open_vacancies;
    const char *kvk, *name, *municipality, *sector, *size_class, *postcode, *account_manager, *last_contact;
} wsp_employer;
ARENA_LIST(wsp_employer_list, wsp_employer);

typedef struct {
    int64_t id;
    const char *name, *role, *email, *phone;
} wsp_contact;
ARENA_LIST(wsp_contact_list, wsp_contact);

typedef struct {
    int64_t id, event;                    /* event 0: none */
    const char *kind, *date, *account_manager, *notes;
} wsp_moment;
ARENA_LIST(wsp_moment_list, wsp_moment);

/* An event an employer registered for. */
typedef struct {
    int64_t id, attended;
    const char *title, *date, *municipality;
} wsp_attendance;
ARENA_LIST(wsp_attendance_list, wsp_attendance);

typedef struct {
    int64_t id, attended, registered;
    const char *title, *date, *municipality, *location;
} wsp_event;
ARENA_LIST(wsp_event_list, wsp_event);

typedef struct {
    int64_t id, wanted;
    const char *title, *status, *start_date, *municipality;
} wsp_vacancy_brief;
ARENA_LIST(wsp_vacancy_brief_list, wsp_vacancy_brief);

typedef struct {
    int64_t id, vacancy, candidate;
    const char *start_date, *contract_type, *instrument, *municipality, *candidate_municipality;
} wsp_placement_brief;
ARENA_LIST(wsp_placement_brief_list, wsp_placement_brief);

/* A running contract where the organisation is contractor with an SROI obligation not yet met. */
typedef struct {
    int64_t contract, obligation_cents, verified_cents, reported_cents;
    int64_t due_cents;   /* the obligation less what SEBO and PSO cover (core/progress.h) */
    const char *reference, *title, *municipality, *start_date, *end_date;
} wsp_sroi_contract;
ARENA_LIST(wsp_sroi_list, wsp_sroi_contract);

/* The SEBO status of an organisation as the employer view shows it. */
typedef struct {
    bool holder, valid_today;
    char status[24];                      /* of the last certificate; "geen" without one */
    char valid_until[11];                 /* "" when none */
} wsp_sebo_status;

/* A question with its state against the 48-hour target (filled in by the application layer). */
typedef struct {
    int64_t id, employer;
    const char *employer_name, *municipality, *asked_at, *answered_at, *channel, *subject, *question, *answer,
        *answered_by;
    question_status status;
    char due_at[21];
} wsp_question;
ARENA_LIST(wsp_question_list, wsp_question);

/* When a question was asked and answered, for the monthly figures. */
typedef struct {
    int64_t municipality_id;
    const char *asked_at, *answered_at;
} wsp_question_time;
ARENA_LIST(wsp_question_time_list, wsp_question_time);
ARENA_LIST(wsp_month_list, question_month);

/* The one view of an employer. */
typedef struct {
    wsp_employer employer;
    inc_arena arena;                      /* the employer's texts */
    wsp_contact_list contacts;
    wsp_moment_list moments;
    wsp_attendance_list events;
    wsp_question_list questions;
    wsp_vacancy_brief_list vacancies;
    wsp_placement_brief_list placements;
    wsp_sroi_list sroi;
    wsp_sebo_status sebo;
} wsp_employer_detail;

typedef struct {
    int64_t id;
    const char *name;
    bool active;
} wsp_skill;
ARENA_LIST(wsp_skill_list, wsp_skill);

typedef struct {
    int64_t id, employer, hours_min, hours_max, wanted, proposals, placements;
    const char *employer_name, *title, *municipality, *postcode, *start_date, *status;
    const char *required_skills, *wished_skills;   /* comma-separated names, NULL when none */
    int education;
    uint32_t groups;
} wsp_vacancy;
ARENA_LIST(wsp_vacancy_list, wsp_vacancy);

typedef struct {
    int64_t id, municipality_id, hours_min, hours_max, travel_dm;
    const char *municipality, *available_from, *status, *skills;  /* skills: comma-separated, NULL when none */
    int education, pc4;
    uint32_t groups;
    bool consent;
} wsp_candidate;
ARENA_LIST(wsp_candidate_list, wsp_candidate);

typedef struct {
    int64_t id, vacancy, candidate, score_centi;
    const char *title, *proposed_at, *proposed_by, *outcome, *outcome_date, *outcome_reason, *municipality,
        *candidate_municipality;
    bool by_hand;
} wsp_proposal;
ARENA_LIST(wsp_proposal_list, wsp_proposal);

typedef struct {
    int64_t id, vacancy, candidate, hours_centi, employment;   /* employment 0: none */
    const char *title, *employer_name, *start_date, *contract_type, *instrument, *municipality,
        *candidate_municipality;
    const char *end_date, *outcome, *outcome_date, *outcome_reason;   /* NULL until recorded (aftercare) */
} wsp_placement;
ARENA_LIST(wsp_placement_list, wsp_placement);

/* One entry of a shortlist (a candidate for a vacancy) or of the best vacancies for a candidate. */
typedef struct {
    int64_t id;                           /* the candidate, or the vacancy */
    int32_t score;                        /* hundredths */
    match_reason reasons[CRIT__COUNT];
    int64_t proposal;                     /* shortlist: the proposal already made, 0 when none */
    char proposal_outcome[16];
    const char *title, *employer_name;    /* best vacancies: the vacancy's */
} wsp_match_item;

typedef struct {
    int64_t subject;                      /* the vacancy, or the candidate */
    char region[32];
    match_shortlist list;                 /* wanted (the limit), n, considered, suitable, excluded */
    int32_t min_score;                    /* hundredths */
    char note[600];                       /* why fewer than asked (shortlist) or no consent (candidate); "" */
    wsp_match_item items[MATCH_MAX_WANTED];
    inc_arena arena;
} wsp_match_result;

/* The banenafspraak side of a placement. */
typedef struct {
    bool in_register, created;
    int64_t employment;                   /* 0: none */
    const char *target_group;             /* when created */
    const char *note;
} wsp_banen_outcome;

typedef struct {
    int64_t placement, vacancy, candidate, hours;
    char start_date[11], contract_type[24], instrument[24];
    wsp_banen_outcome banen;
    wsp_sroi_list sroi;                   /* the employer's SROI obligations */
} wsp_placement_result;

#endif
