build-tsan/src/store/goal_dashboard.o: src/store/goal_dashboard.c \
 src/store/goal_dashboard.h src/core/goal.h src/core/svg_chart.h \
 src/store/goal_breakdown.h src/core/date.h src/core/error.h \
 src/store/db.h src/core/pseudonym.h src/store/goal_store.h \
 src/core/json_fixed.h
src/store/goal_dashboard.h:
src/core/goal.h:
src/core/svg_chart.h:
src/store/goal_breakdown.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/goal_store.h:
src/core/json_fixed.h:
