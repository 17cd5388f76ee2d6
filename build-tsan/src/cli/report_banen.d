build-tsan/src/cli/report_banen.o: src/cli/report_banen.c \
 src/cli/commands.h src/cli/cli.h src/core/error.h src/core/json_fixed.h \
 src/store/db.h src/core/pseudonym.h src/cli/commands.def \
 src/core/decimal.h src/store/banen_report.h src/store/banen_store.h \
 src/core/banen_input.h src/core/banen.h src/core/date.h \
 src/core/banen_stats.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/core/decimal.h:
src/store/banen_report.h:
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/banen_stats.h:
