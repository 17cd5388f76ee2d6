build-tsan/src/cli/cmd_export.o: src/cli/cmd_export.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/cli/csv_reader.h \
 src/core/field_source.h src/cli/import_columns.h src/core/decimal.h \
 src/store/export_store.h src/core/date.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/cli/csv_reader.h:
src/core/field_source.h:
src/cli/import_columns.h:
src/core/decimal.h:
src/store/export_store.h:
src/core/date.h:
