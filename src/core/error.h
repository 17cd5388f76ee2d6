/* Error reporting shared by every layer: a status plus a message fit for a (Dutch) user. */
#ifndef INC_ERROR_H
#define INC_ERROR_H
#include <stdbool.h>

typedef enum {
    INC_OK = 0,
    INC_EINVAL,     /* bad input: message names the field and why */
    INC_ENOTFOUND,
    INC_ECONFLICT,  /* duplicate, overlap, state that forbids the change */
    INC_EFORBIDDEN,
    INC_EIO,        /* database or file trouble */
    INC_EINTERNAL
} inc_status;

typedef struct inc_errors inc_errors;

typedef struct {
    inc_status status;
    char field[64];     /* the input field at fault, "" when none */
    char message[512];  /* Dutch, for the user */
    inc_errors *all;    /* set by a caller that wants every input error at once (the API's
                           invalidParams): input checks made with inc_checks note each here */
} inc_error;

/* Every bad input field of one request, the first error of each field. */
#define INC_ERRORS_MAX 16
struct inc_errors {
    int n;
    inc_error item[INC_ERRORS_MAX];
};

/* Fills e (may be NULL) and returns s, so callers can `return inc_fail(...)`. */
inc_status inc_fail(inc_error *e, inc_status s, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void inc_error_clear(inc_error *e);   /* keeps e->all */

/* Input checks that go on after a failure, so that an answer can list every bad field: each
 * failure is noted in e->all when the caller set it, and at the end e holds the first failure, as
 * if the checks had stopped there (callers that want one error see no difference). A check that
 * needs an earlier value runs only when that check passed.
 *     inc_checks c;
 *     inc_checks_begin(&c, e);
 *     if (inc_check(&c, parse_text(fs, "kvk", true, kvk, sizeof kvk, c.e))) inc_check(&c, kvk_check(kvk, "kvk", c.e));
 *     ...
 *     if (inc_checks_end(&c) != INC_OK) return c.status;
 * Checks pass c.e, which is e or, when e is NULL, a scratch error. */
typedef struct {
    inc_error *e;
    inc_error scratch;
    inc_error first;
    inc_status status;   /* of the first failure, INC_OK while none */
} inc_checks;

void inc_checks_begin(inc_checks *c, inc_error *e);
/* Takes a check's result: true when it passed. */
bool inc_check(inc_checks *c, inc_status st);
/* INC_OK when every check passed; else the first failure's status, with e holding that error. */
inc_status inc_checks_end(inc_checks *c);
/* Notes an error in a list (a field's first error only); false when the list is full. */
bool inc_errors_add(inc_errors *l, const inc_error *e);

#endif
