build-tsan/src/cli/cmd_contract.o: src/cli/cmd_contract.c \
 src/cli/cli_fields.h src/core/field_source.h src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/cli/contract_print.h \
 src/store/register.h src/core/date.h src/core/obligation.h \
 src/core/procurement.h src/core/progress.h src/core/register_input.h \
 src/core/valuation.h
src/cli/cli_fields.h:
src/core/field_source.h:
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/cli/contract_print.h:
src/store/register.h:
src/core/date.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
