/* Error reporting shared by every layer: a status plus a message fit for a (Dutch) user. */
#ifndef INC_ERROR_H
#define INC_ERROR_H

typedef enum {
    INC_OK = 0,
    INC_EINVAL,     /* bad input: message names the field and why */
    INC_ENOTFOUND,
    INC_ECONFLICT,  /* duplicate, overlap, state that forbids the change */
    INC_EFORBIDDEN,
    INC_EIO,        /* database or file trouble */
    INC_EINTERNAL
} inc_status;

typedef struct {
    inc_status status;
    char field[64];     /* the input field at fault, "" when none */
    char message[512];  /* Dutch, for the user */
} inc_error;

/* Fills e (may be NULL) and returns s, so callers can `return inc_fail(...)`. */
inc_status inc_fail(inc_error *e, inc_status s, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void inc_error_clear(inc_error *e);

#endif
