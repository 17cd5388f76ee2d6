build-tsan/src/cli/goal_report.o: src/cli/goal_report.c \
 src/cli/goal_report.h src/core/report_doc.h src/core/svg_chart.h \
 src/store/goal_dashboard.h src/core/goal.h src/store/goal_breakdown.h \
 src/core/date.h src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/goal_store.h
src/cli/goal_report.h:
src/core/report_doc.h:
src/core/svg_chart.h:
src/store/goal_dashboard.h:
src/core/goal.h:
src/store/goal_breakdown.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/goal_store.h:
