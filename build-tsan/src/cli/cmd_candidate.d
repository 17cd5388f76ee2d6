build-tsan/src/cli/cmd_candidate.o: src/cli/cmd_candidate.c \
 src/cli/commands.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/commands.def \
 src/cli/wsp_cli.h src/store/wsp_input.h src/core/date.h \
 src/store/wsp_store.h src/core/match.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/cli/wsp_cli.h:
src/store/wsp_input.h:
src/core/date.h:
src/store/wsp_store.h:
src/core/match.h:
