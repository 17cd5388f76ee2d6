build-tsan/src/cli/cmd_calc.o: src/cli/cmd_calc.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/core/json_fields.h \
 src/core/field_source.h src/store/register.h src/core/date.h \
 src/core/obligation.h src/core/procurement.h src/core/progress.h \
 src/core/register_input.h src/core/valuation.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/core/json_fields.h:
src/core/field_source.h:
src/store/register.h:
src/core/date.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
