build-tsan/src/cli/cmd_sebo.o: src/cli/cmd_sebo.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/core/decimal.h \
 src/store/sebo_store.h src/core/date.h src/core/procurement.h \
 src/core/sebo_cert.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/core/decimal.h:
src/store/sebo_store.h:
src/core/date.h:
src/core/procurement.h:
src/core/sebo_cert.h:
