build-tsan/src/cli/csv_reader.o: src/cli/csv_reader.c \
 src/cli/csv_reader.h src/core/error.h src/core/field_source.h
src/cli/csv_reader.h:
src/core/error.h:
src/core/field_source.h:
