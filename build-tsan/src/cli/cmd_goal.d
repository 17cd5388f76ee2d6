build-tsan/src/cli/cmd_goal.o: src/cli/cmd_goal.c src/cli/commands.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/commands.def src/core/decimal.h \
 src/store/goal_compute.h src/core/date.h src/store/goal_dashboard.h \
 src/core/goal.h src/core/svg_chart.h src/store/goal_breakdown.h \
 src/store/goal_store.h
src/cli/commands.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/commands.def:
src/core/decimal.h:
src/store/goal_compute.h:
src/core/date.h:
src/store/goal_dashboard.h:
src/core/goal.h:
src/core/svg_chart.h:
src/store/goal_breakdown.h:
src/store/goal_store.h:
