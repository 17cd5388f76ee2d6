/* Working days in the Netherlands: Monday to Friday, minus the national public holidays. */
#ifndef INC_WORKDAYS_H
#define INC_WORKDAYS_H
#include <stdbool.h>
#include "core/date.h"

inc_date easter_sunday(int year);
/* Nieuwjaarsdag, Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday), Bevrijdingsdag
 * in lustrum years (as in the municipal CAO), Hemelvaartsdag, Tweede Pinksterdag, both Kerstdagen. */
bool is_public_holiday(inc_date day);
bool is_working_day(inc_date day);
/* The n-th working day after `day` (day itself not counted). */
inc_date add_working_days(inc_date day, int n);

#endif
