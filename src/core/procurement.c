#include "core/procurement.h"
#include "core/code_text.h"
#include <string.h>

static const char *const cat_codes[CAT__COUNT] = {"werken", "diensten", "leveringen"};
static const char *const proc_codes[PROC__COUNT] = {"enkelvoudig-onderhands", "meervoudig-onderhands",
                                                    "nationaal", "europees"};
static const char *const proc_labels[PROC__COUNT] = {"enkelvoudig onderhands", "meervoudig onderhands",
                                                     "nationaal", "europees"};

const char *category_code(inc_category c) { return (unsigned)c < CAT__COUNT ? cat_codes[c] : "?"; }
const char *procedure_code(inc_procedure p) { return (unsigned)p < PROC__COUNT ? proc_codes[p] : "?"; }
const char *procedure_label(inc_procedure p) { return (unsigned)p < PROC__COUNT ? proc_labels[p] : "?"; }

bool category_parse(const char *s, inc_category *out)
{
    for (int i = 0; s && i < CAT__COUNT; i++)
        if (code_text_equal(s, cat_codes[i])) { *out = (inc_category)i; return true; }
    return false;
}

bool procedure_parse(const char *s, inc_procedure *out)
{
    for (int i = 0; s && i < PROC__COUNT; i++)
        if (code_text_equal(s, proc_codes[i]) || code_text_equal(s, proc_labels[i])) { *out = (inc_procedure)i; return true; }
    return false;
}
