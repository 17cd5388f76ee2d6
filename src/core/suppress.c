#include "core/suppress.h"
#include "core/decimal.h"
#include <stdio.h>

bool sup_small(int64_t n) { return n < SUPPRESS_BELOW; }

sup_mark sup_count(int64_t n) { return sup_small(n) ? SUP_SMALL : SUP_SHOWN; }

const char *sup_label(sup_mark m)
{
    switch (m) {
    case SUP_SMALL: return "<5";
    case SUP_PROTECTS: return "afgeschermd";
    default: return NULL;
    }
}

void sup_text(int64_t n, sup_mark m, char *buf, size_t size)
{
    const char *l = sup_label(m);
    if (l) snprintf(buf, size, "%s", l);
    else decimal_format(n, 0, true, buf, (int)size);
}

const char *sup_note(void)
{
    return "\"afgeschermd\": dit aantal is niet klein, maar staat er niet om te voorkomen dat een aantal onder de 5 "
           "uit de andere cijfers en het totaal is af te leiden.";
}

int sup_cells(const int64_t *counts, int n, sup_mark *marks)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        marks[i] = sup_count(counts[i]);
        if (marks[i] != SUP_SHOWN) k++;
    }
    if (k == 1) {
        int pick = -1;
        for (int i = 0; i < n; i++)
            if (marks[i] == SUP_SHOWN && counts[i] > 0 && (pick < 0 || counts[i] < counts[pick])) pick = i;
        if (pick >= 0) {
            marks[pick] = SUP_PROTECTS;
            k++;
        }
    }
    return k;
}

sup_mark sup_total(const int64_t *counts, const sup_mark *marks, int n, int64_t total)
{
    if (sup_small(total)) return SUP_SMALL;
    int64_t hidden = total, small = 0, protects = 0;
    for (int i = 0; i < n; i++) {
        if (marks[i] == SUP_SMALL) small++;
        else if (marks[i] == SUP_PROTECTS) protects++;
        else hidden -= counts[i];
    }
    if (small + protects == 0) return SUP_SHOWN;
    /* the hidden sum lies between every cell at its least (1 or 5) and, without an "afgeschermd"
     * cell, every cell at 4: at either end each hidden cell is known */
    int64_t least = small + (int64_t)SUPPRESS_BELOW * protects;
    if (hidden == least || (protects == 0 && hidden == (SUPPRESS_BELOW - 1) * small)) return SUP_PROTECTS;
    return SUP_SHOWN;
}

bool sup_any_protects(const sup_mark *marks, int n)
{
    for (int i = 0; i < n; i++)
        if (marks[i] == SUP_PROTECTS) return true;
    return false;
}

void sup_breakdown(const int64_t *counts, int n, int64_t total, sup_mark *marks, sup_mark *total_mark)
{
    sup_cells(counts, n, marks);
    *total_mark = n == 0 && total == 0 ? SUP_SHOWN : sup_total(counts, marks, n, total);
}

sup_mark sup_resting(int64_t people) { return sup_small(people) ? SUP_PROTECTS : SUP_SHOWN; }

sup_mark sup_beside(int64_t n, int64_t people)
{
    if (sup_small(n)) return SUP_SMALL;
    return sup_resting(people);
}

sup_part_marks sup_part(int64_t whole, int64_t part)
{
    sup_part_marks m = {SUP_SHOWN, SUP_SHOWN, SUP_SHOWN};
    int64_t rest = whole - part;
    bool small_whole = sup_small(whole);
    m.whole = small_whole ? SUP_SMALL : SUP_SHOWN;
    if (small_whole || (part > 0 && sup_small(part)) || (rest > 0 && sup_small(rest))) {
        m.part = small_whole || sup_small(part) ? SUP_SMALL : SUP_PROTECTS;
        m.share = SUP_PROTECTS;
    }
    return m;
}

bool sup_split(int64_t total, int64_t a, int64_t b)
{
    return sup_small(total) || (a > 0 && sup_small(a)) || (b > 0 && sup_small(b));
}

sup_mark sup_figure(bool is_count, int64_t value_x100, int64_t people)
{
    if (is_count && sup_small(value_x100 / 100)) return SUP_SMALL;
    return people >= 0 ? sup_resting(people) : SUP_SHOWN;
}
