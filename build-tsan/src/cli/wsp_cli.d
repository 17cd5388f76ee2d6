build-tsan/src/cli/wsp_cli.o: src/cli/wsp_cli.c src/cli/wsp_cli.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/core/decimal.h
src/cli/wsp_cli.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/decimal.h:
