build-tsan/src/store/banen_report.o: src/store/banen_report.c \
 src/store/banen_report.h src/store/banen_store.h src/core/banen_input.h \
 src/core/banen.h src/core/date.h src/core/error.h src/core/banen_stats.h \
 src/store/db.h src/core/pseudonym.h src/core/json_fixed.h \
 src/store/banen_targets.h
src/store/banen_report.h:
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/banen_stats.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/json_fixed.h:
src/store/banen_targets.h:
