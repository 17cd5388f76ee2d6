/* Reference data every database starts with: the 11 municipalities of Haaglanden + ZHC, the
 * Zoetermeer policies, the 1 July 2023 building-block catalogue. Idempotent. */
#ifndef INC_SEED_H
#define INC_SEED_H
#include "store/db.h"

inc_status seed_reference_data(inc_db *db, inc_error *e);

#endif
