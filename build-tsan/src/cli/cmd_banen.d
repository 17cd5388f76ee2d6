build-tsan/src/cli/cmd_banen.o: src/cli/cmd_banen.c src/cli/banen_cli.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/csv_reader.h src/core/field_source.h \
 src/core/banen_input.h src/core/banen.h src/core/date.h \
 src/cli/commands.h src/cli/commands.def src/core/decimal.h \
 src/store/banen_link.h src/store/banen_store.h src/core/banen_stats.h \
 src/store/banen_targets.h
src/cli/banen_cli.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/csv_reader.h:
src/core/field_source.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/cli/commands.h:
src/cli/commands.def:
src/core/decimal.h:
src/store/banen_link.h:
src/store/banen_store.h:
src/core/banen_stats.h:
src/store/banen_targets.h:
