build-tsan/src/web/h_goals.o: src/web/h_goals.c src/cli/goal_report.h \
 src/core/report_doc.h src/core/svg_chart.h src/store/goal_dashboard.h \
 src/core/goal.h src/store/goal_breakdown.h src/core/date.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/goal_store.h src/cli/report_export.h src/core/json_fixed.h \
 src/web/authz_goals.h src/web/authz.h src/store/user_store.h \
 src/core/role.h src/web/body.h src/web/web.h src/store/session_store.h \
 src/web/router.h src/web/routes.def
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
src/cli/report_export.h:
src/core/json_fixed.h:
src/web/authz_goals.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/web/router.h:
src/web/routes.def:
