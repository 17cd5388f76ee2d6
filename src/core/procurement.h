/* Procurement vocabulary: categories (werken, diensten, leveringen) and procedures. */
#ifndef INC_PROCUREMENT_H
#define INC_PROCUREMENT_H
#include <stdbool.h>

typedef enum { CAT_WERKEN, CAT_DIENSTEN, CAT_LEVERINGEN, CAT__COUNT } inc_category;
typedef enum {
    PROC_ENKELVOUDIG,  /* enkelvoudig onderhands: one quote */
    PROC_MEERVOUDIG,   /* meervoudig onderhands: several quotes */
    PROC_NATIONAAL,
    PROC_EUROPEES,
    PROC__COUNT
} inc_procedure;

const char *category_code(inc_category c);     /* "werken" */
const char *procedure_code(inc_procedure p);   /* "meervoudig-onderhands" */
const char *procedure_label(inc_procedure p);  /* "meervoudig onderhands" */
bool category_parse(const char *s, inc_category *out);
bool procedure_parse(const char *s, inc_procedure *out);

#endif
