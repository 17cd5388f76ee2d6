build-tsan/src/store/goal_store.o: src/store/goal_store.c \
 src/store/goal_store.h src/core/date.h src/core/error.h src/core/goal.h \
 src/store/db.h src/core/pseudonym.h src/store/audit.h \
 src/store/goal_compute.h
src/store/goal_store.h:
src/core/date.h:
src/core/error.h:
src/core/goal.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/audit.h:
src/store/goal_compute.h:
