build-tsan/src/cli/cmd_import.o: src/cli/cmd_import.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/cli/csv_pipeline.h \
 src/cli/csv_reader.h src/core/field_source.h src/cli/import_columns.h \
 src/store/import_store.h src/store/register.h src/core/date.h \
 src/core/obligation.h src/core/procurement.h src/core/progress.h \
 src/core/register_input.h src/core/valuation.h src/store/register_bulk.h \
 src/store/register_snapshot.h src/store/register_write.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/cli/csv_pipeline.h:
src/cli/csv_reader.h:
src/core/field_source.h:
src/cli/import_columns.h:
src/store/import_store.h:
src/store/register.h:
src/core/date.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
src/store/register_bulk.h:
src/store/register_snapshot.h:
src/store/register_write.h:
