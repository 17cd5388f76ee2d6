build-tsan/src/cli/cmd_catalogue.o: src/cli/cmd_catalogue.c \
 src/cli/commands.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/commands.def \
 src/store/policy_store.h src/core/obligation.h src/core/date.h \
 src/core/procurement.h src/core/valuation.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/store/policy_store.h:
src/core/obligation.h:
src/core/date.h:
src/core/procurement.h:
src/core/valuation.h:
