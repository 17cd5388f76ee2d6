build-tsan/src/store/goal_breakdown.o: src/store/goal_breakdown.c \
 src/store/goal_breakdown.h src/core/date.h src/core/error.h \
 src/store/db.h src/core/pseudonym.h src/core/banen.h \
 src/core/banen_stats.h src/core/goal.h src/store/banen_store.h \
 src/core/banen_input.h
src/store/goal_breakdown.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/banen.h:
src/core/banen_stats.h:
src/core/goal.h:
src/store/banen_store.h:
src/core/banen_input.h:
