build-tsan/src/cli/import_columns.o: src/cli/import_columns.c \
 src/cli/import_columns.h src/cli/csv_reader.h src/core/error.h \
 src/core/field_source.h
src/cli/import_columns.h:
src/cli/csv_reader.h:
src/core/error.h:
src/core/field_source.h:
