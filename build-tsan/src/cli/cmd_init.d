build-tsan/src/cli/cmd_init.o: src/cli/cmd_init.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/store/seed.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/store/seed.h:
