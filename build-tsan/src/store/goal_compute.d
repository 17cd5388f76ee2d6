build-tsan/src/store/goal_compute.o: src/store/goal_compute.c \
 src/store/goal_compute.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/core/decimal.h src/core/goal.h \
 src/core/progress.h src/core/wsp_rules.h src/store/banen_store.h \
 src/core/banen_input.h src/core/banen.h src/core/banen_stats.h \
 src/store/banen_targets.h
src/store/goal_compute.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/decimal.h:
src/core/goal.h:
src/core/progress.h:
src/core/wsp_rules.h:
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/banen_stats.h:
src/store/banen_targets.h:
