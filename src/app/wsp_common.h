/* Shared by the employer-service actions (app/wsp_*.c) only. */
#ifndef INC_APP_WSP_COMMON_H
#define INC_APP_WSP_COMMON_H
#include "app/wsp_actions.h"
#include "store/audit.h"
#include "store/wsp_store.h"

/* Rolls the action's transaction back; the status of the failure in e. */
static inline inc_status wsp_abort(inc_db *db, inc_error *e)
{
    db_rollback(db);
    return e ? e->status : INC_EIO;
}

/* Comma-separated skill names -> sorted unique ids (at most max); an unknown or inactive name is
 * refused naming `field`. (app/wsp_skill.c) */
inc_status wsp_skills_resolve(inc_db *db, const char *list, uint16_t *ids, int max, int *n, const char *field,
                              inc_error *e);

/* The matching configuration: defaults and settings, checked. (app/wsp_match.c) */
inc_status wsp_match_config(inc_db *db, match_config *cfg, inc_error *e);

#endif
