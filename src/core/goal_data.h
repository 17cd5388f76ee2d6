/* Goals and indicators as plain values: what the store loads and saves and what the application
 * layer and the faces read (the dashboard, the reports, `inclusio goal list`). Pure data; the rules
 * are in core/goal.h, core/goal_input.h and core/suppress.h. */
#ifndef INC_CORE_GOAL_DATA_H
#define INC_CORE_GOAL_DATA_H
#include <stdbool.h>
#include <stdint.h>
#include "core/goal.h"
#include "core/suppress.h"

typedef struct {
    int64_t id;
    char code[64], name[200];
    char region[32];
} goal_municipality;

/* An indicator as entered (inclusio goal indicator). */
typedef struct {
    const char *programme, *goal;   /* programme code and goal code */
    const char *code, *name, *unit, *source;
    int decimals;
    goal_direction direction;
    const char *computation;        /* NULL or "" for an indicator entered by hand */
    bool is_count;
} goal_indicator_def;

typedef struct {
    int64_t id, goal_id;
    char code[64], name[200], unit[32], source[64], computation[64];
    int decimals;
    goal_direction direction;
    bool is_count;
    char goal_code[32], goal_name[200], programme_code[64], programme_name[200];
} goal_indicator;

typedef struct {
    bool has_value;
    int64_t value;
    bool has_target;
    int64_t target;
    char assessment[8];       /* "" or an override */
    char explanation[1024];
    char source[64];
    bool available;           /* false: a computed indicator whose data area is not installed */
    int64_t people;           /* computed: the persons the figure rests on; -1 when not about persons */
} goal_reading;

typedef struct {
    int64_t id;
    char programme_code[64], goal_code[32], goal_name[200];
    int year;
    bool has_money;
    goal_money money;
    char explanation[512];
} goal_row;

typedef struct {
    int64_t goal_id;
    char goal_code[32], goal_name[200], title[200], body[2000];
    int year;
} goal_story;

/* Breakdowns for the council: counts of people, never a person id. */
#define BREAKDOWN_MAX_ITEMS 24

typedef struct {
    char label[96];
    int64_t count;
    sup_mark mark;        /* shown, "<5" or "afgeschermd" (core/suppress.h) */
} breakdown_item;

typedef struct {
    const char *code;     /* "doelgroep", "gemeente", "instrument", "contractvorm", "sroi-doelgroep" */
    const char *title;    /* Dutch */
    bool available;       /* false: the municipality has no data for it (e.g. no own employer set) */
    const char *note;     /* Dutch: where the figures come from */
    breakdown_item items[BREAKDOWN_MAX_ITEMS];
    int n;
    int64_t total;
    sup_mark total_mark;  /* how the total may be shown beside the cells */
} goal_breakdown;

#define GOAL_BREAKDOWNS 5

#endif
