build-tsan/src/store/demo_goals.o: src/store/demo_goals.c \
 src/store/demo.h src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/cli/demo_parts.def src/store/goal_store.h src/core/date.h \
 src/core/goal.h
src/store/demo.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/cli/demo_parts.def:
src/store/goal_store.h:
src/core/date.h:
src/core/goal.h:
