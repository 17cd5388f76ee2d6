build-tsan/src/cli/cmd_procurement.o: src/cli/cmd_procurement.c \
 src/cli/commands.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/commands.def \
 src/core/decimal.h src/store/procurement_log.h \
 src/core/sebo_procurement.h src/core/date.h src/core/field_source.h \
 src/core/procurement.h src/core/sebo_rule.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/core/decimal.h:
src/store/procurement_log.h:
src/core/sebo_procurement.h:
src/core/date.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/sebo_rule.h:
