/* Who is acting: a user of the web application as the faces and the authorisation rules see it
 * (role, the municipalities served, the organisation an opdrachtnemer acts for). A plain value:
 * loading and changing it is app/user.h's job (persisted by store/user_store.h). */
#ifndef INC_CORE_USER_H
#define INC_CORE_USER_H
#include <stdbool.h>
#include <stdint.h>
#include "core/role.h"

#define USER_MAX_MUNICIPALITIES 16
#define USER_NAME_MAX 64

typedef struct {
    int64_t id;
    char username[USER_NAME_MAX + 1];
    inc_role role;
    int64_t organisation_id;            /* 0 when none */
    char organisation_kvk[9];
    char organisation_name[160];
    int n_municipalities;
    int64_t municipality_ids[USER_MAX_MUNICIPALITIES];
    char municipalities[USER_MAX_MUNICIPALITIES][48];   /* codes, e.g. "zoetermeer" */
    bool disabled;
} inc_user;

#define PASSWORD_MIN_LENGTH 10
#define PASSWORD_MAX_LENGTH 256
/* zxcvbn's estimate must reach 10^8 guesses (its score 3, "safely unguessable" against online
 * attacks and costly offline against Argon2id): log2(10^8) bits. */
#define PASSWORD_MIN_GUESS_BITS 26.58

/* A new account as a face asks for it. */
typedef struct {
    const char *username;
    inc_role role;
    const char *organisation_kvk;                 /* required for opdrachtnemer, refused otherwise */
    const char *const *municipalities;            /* codes */
    int n_municipalities;
    const char *password;
} inc_user_new;

#endif
