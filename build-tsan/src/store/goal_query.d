build-tsan/src/store/goal_query.o: src/store/goal_query.c \
 src/store/goal_compute.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/goal_store.h src/core/goal.h
src/store/goal_compute.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/goal_store.h:
src/core/goal.h:
