/* Who is acting: a user of the web application as the faces and the authorisation rules see it
 * (role, the municipalities served, the organisation an opdrachtnemer acts for). A plain value:
 * loading and storing it is store/user_store.h's job. */
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

#endif
