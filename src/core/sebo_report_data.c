#include "core/sebo_report_data.h"
#include "core/decimal.h"

int32_t sebo_share_bp(int64_t part, int64_t total)
{
    return total > 0 ? (int32_t)div_round_half_up(part * 10000, total) : 0;
}
