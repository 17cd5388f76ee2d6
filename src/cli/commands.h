/* Declarations of every subcommand listed in commands.def. */
#ifndef INC_COMMANDS_H
#define INC_COMMANDS_H
#include "cli/cli.h"

#define CLI_COMMAND(name, fn, help) int fn(cli_ctx *ctx, int argc, char **argv);
#include "cli/commands.def"
#undef CLI_COMMAND

#endif
