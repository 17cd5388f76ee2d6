/* `inclusio report dashboard|rapportage|jaarverslag`: the council's view and reports. */
#ifndef INC_REPORT_GOALS_H
#define INC_REPORT_GOALS_H
#include "cli/cli.h"

int report_dashboard(cli_ctx *ctx, int argc, char **argv);
int report_rapportage(cli_ctx *ctx, int argc, char **argv);
int report_jaarverslag(cli_ctx *ctx, int argc, char **argv);

#endif
