/* The computed indicators inclusio knows: a code names a figure computed from another area's data
 * (store/goal_compute.c computes them). The catalogue is plain data. */
#ifndef INC_CORE_GOAL_COMPUTATION_H
#define INC_CORE_GOAL_COMPUTATION_H
#include <stdbool.h>

typedef struct {
    const char *code;
    const char *label;    /* Dutch description */
    const char *unit;     /* 'procent', 'aantal', ... */
    const char *area;     /* the area whose tables it reads */
    const char *definition;   /* Dutch: what is measured, as the card and the report say it */
} goal_computation_info;

const goal_computation_info *goal_computation_list(int *n);
/* The entry for a code, NULL for an unknown one. */
const goal_computation_info *goal_computation_find(const char *code);
bool goal_computation_known(const char *code);
/* The Dutch definition of a computation, NULL for an unknown code. */
const char *goal_computation_definition(const char *code);

#endif
