/* Small-count suppression: the one place that decides which counts of people a role without
 * access to persons (the council) may see, and what a hidden figure says instead. Used by the
 * dashboard, the reports (HTML, XLSX, CSV), the CLI and the API. Pure, no I/O.
 *
 * A hidden figure carries a label that is always true of it:
 *   "<5"          the count is below 5 (primary suppression);
 *   "afgeschermd" the count is hidden only so that another hidden count cannot be worked out
 *                 from it and the total (secondary suppression); it may be any size. */
#ifndef INC_SUPPRESS_H
#define INC_SUPPRESS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SUPPRESS_BELOW 5

typedef enum { SUP_SHOWN, SUP_SMALL, SUP_PROTECTS } sup_mark;

/* A count below 5 (zero included) is not shown. */
bool sup_small(int64_t n);
/* A lone count: SUP_SMALL below 5, else SUP_SHOWN. */
sup_mark sup_count(int64_t n);
/* NULL for a shown figure, "<5" or "afgeschermd". */
const char *sup_label(sup_mark m);
/* The figure as people see it: the count in Dutch ("1.234") or the label. */
void sup_text(int64_t n, sup_mark m, char *buf, size_t size);
/* One sentence explaining "afgeschermd", to print once under a table that has such a cell. */
const char *sup_note(void);

/* The cells of a breakdown whose total is shown: every count below 5 is SUP_SMALL; when exactly
 * one is (the total would reveal it), the smallest other non-zero count is SUP_PROTECTS.
 * Returns the number of hidden cells. */
int sup_cells(const int64_t *counts, int n, sup_mark *marks);
/* How the breakdown's total may be shown beside its cells: SUP_SMALL below 5; SUP_PROTECTS when,
 * with the shown cells and what the labels say (every listed category holds at least one
 * person, a "<5" cell 1 to 4, an "afgeschermd" cell at least 5), it would pin every hidden cell to
 * one value; else SUP_SHOWN. */
sup_mark sup_total(const int64_t *counts, const sup_mark *marks, int n, int64_t total);
/* Whether any mark is SUP_PROTECTS (the table needs sup_note). */
bool sup_any_protects(const sup_mark *marks, int n);
/* A breakdown with its total, marked at once: the cells as sup_cells, the total as sup_total; an
 * empty breakdown's total (no cells, total 0) is a plain 0, there is nobody to protect. */
void sup_breakdown(const int64_t *counts, int n, int64_t total, sup_mark *marks, sup_mark *total_mark);

/* One figure of an indicator (value x100, core/goal.h): a count of people below 5 is SUP_SMALL; any
 * other figure that rests on fewer than 5 persons (people >= 0: a share of their contracts, their
 * fte against a target) is SUP_PROTECTS, which claims nothing about the figure itself. people -1:
 * the figure is not about persons. */
sup_mark sup_figure(bool is_count, int64_t value_x100, int64_t people);

/* A figure that is not itself a count of people but rests on `people` persons (their hours, fte,
 * a median duration, banen against a baseline): "afgeschermd" below 5 persons, else shown. */
sup_mark sup_resting(int64_t people);

/* A count n shown beside a total of `people` (e.g. records beside the people they employ): "<5"
 * when n is below 5, "afgeschermd" when the people are, else shown. */
sup_mark sup_beside(int64_t n, int64_t people);

/* A part of a whole with its share (e.g. permanent contracts of the active ones): the marks of the
 * three. Hidden when the whole is below 5 or when the part or the rest (whole less part) is 1 to 4;
 * the whole says "<5" when small; the part "<5" when it or the whole is small, else "afgeschermd";
 * the share "afgeschermd". */
typedef struct {
    sup_mark whole, part, share;
} sup_part_marks;
sup_part_marks sup_part(int64_t whole, int64_t part);

/* Two parts beside their total (e.g. banen in two sectors beside the people at work): whether both
 * must be hidden, as one 1 to 4 (or a total below 5) would be told by the other and the total. */
bool sup_split(int64_t total, int64_t a, int64_t b);

#endif
