/* User roles of the web application (domain brief, "The setting"). */
#ifndef INC_ROLE_H
#define INC_ROLE_H
#include <stdbool.h>

typedef enum {
    ROLE_BEHEER,         /* administrator: users, policies, catalogues, audit log */
    ROLE_SR_TEAM,        /* social-return team: registers, follows up, verifies */
    ROLE_INKOOP,         /* procurement: registers contracts */
    ROLE_OPDRACHTNEMER,  /* contractor: its own contracts and realisations only */
    ROLE_WSP,            /* Werkgeversservicepunt accountmanager */
    ROLE_PO,             /* the municipality's HR (banenafspraak) */
    ROLE_RAAD,           /* council member: aggregates only */
    ROLE__COUNT
} inc_role;

const char *role_code(inc_role r);    /* "sr-team" */
bool role_parse(const char *s, inc_role *out);

#endif
