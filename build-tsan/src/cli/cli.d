build-tsan/src/cli/cli.o: src/cli/cli.c src/cli/cli.h src/core/error.h \
 src/core/json_fixed.h src/store/db.h src/core/pseudonym.h \
 src/core/decimal.h
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/decimal.h:
