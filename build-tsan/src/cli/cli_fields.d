build-tsan/src/cli/cli_fields.o: src/cli/cli_fields.c \
 src/cli/cli_fields.h src/core/field_source.h src/cli/cli.h \
 src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h
src/cli/cli_fields.h:
src/core/field_source.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
