build-tsan/src/cli/procurement_import.o: src/cli/procurement_import.c \
 src/cli/commands.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/commands.def \
 src/cli/csv_reader.h src/core/field_source.h src/store/audit.h \
 src/store/procurement_log.h src/core/sebo_procurement.h src/core/date.h \
 src/core/procurement.h src/core/sebo_rule.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/cli/csv_reader.h:
src/core/field_source.h:
src/store/audit.h:
src/store/procurement_log.h:
src/core/sebo_procurement.h:
src/core/date.h:
src/core/procurement.h:
src/core/sebo_rule.h:
