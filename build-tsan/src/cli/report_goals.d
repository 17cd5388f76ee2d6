build-tsan/src/cli/report_goals.o: src/cli/report_goals.c \
 src/cli/report_goals.h src/cli/cli.h src/core/error.h \
 src/core/json_fixed.h src/store/db.h src/core/pseudonym.h \
 src/cli/goal_report.h src/core/report_doc.h src/core/svg_chart.h \
 src/store/goal_dashboard.h src/core/goal.h src/store/goal_breakdown.h \
 src/core/date.h src/store/goal_store.h src/cli/report_export.h
src/cli/report_goals.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/goal_report.h:
src/core/report_doc.h:
src/core/svg_chart.h:
src/store/goal_dashboard.h:
src/core/goal.h:
src/store/goal_breakdown.h:
src/core/date.h:
src/store/goal_store.h:
src/cli/report_export.h:
