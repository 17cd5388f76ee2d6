build-tsan/src/cli/banen_import.o: src/cli/banen_import.c \
 src/cli/banen_cli.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/csv_reader.h \
 src/core/field_source.h src/core/banen_input.h src/core/banen.h \
 src/core/date.h src/store/audit.h src/store/banen_store.h \
 src/core/banen_stats.h
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
src/store/audit.h:
src/store/banen_store.h:
src/core/banen_stats.h:
