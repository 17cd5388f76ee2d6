#include "core/workdays.h"

inc_date easter_sunday(int y)
{
    /* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return date_from_ymd(y, month, day);
}

bool is_public_holiday(inc_date day)
{
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    if ((m == 1 && d == 1) || (m == 12 && (d == 25 || d == 26))) return true;
    inc_date kings = date_from_ymd(y, 4, 27);
    if (date_weekday(kings) == 6) kings -= 1;
    if (day == kings) return true;
    if (m == 5 && d == 5 && y % 5 == 0) return true;
    inc_date easter = easter_sunday(y);
    return day == easter + 1 || day == easter + 39 || day == easter + 50;
}

bool is_working_day(inc_date day) { return date_weekday(day) < 5 && !is_public_holiday(day); }

inc_date add_working_days(inc_date day, int n)
{
    while (n > 0) {
        day++;
        if (is_working_day(day)) n--;
    }
    return day;
}
