build-tsan/src/web/h_banen.o: src/web/h_banen.c src/cli/banen_cli.h \
 src/cli/cli.h src/core/error.h src/core/json_fixed.h src/store/db.h \
 src/core/pseudonym.h src/cli/csv_reader.h src/core/field_source.h \
 src/core/banen_input.h src/core/banen.h src/core/date.h \
 src/core/decimal.h src/core/json_fields.h src/store/banen_link.h \
 src/store/banen_report.h src/store/banen_store.h src/core/banen_stats.h \
 src/store/banen_targets.h src/web/authz_banen.h src/web/authz.h \
 src/store/user_store.h src/core/role.h src/web/body.h src/web/web.h \
 src/store/session_store.h src/web/guard.h src/web/router.h \
 src/web/routes.def
src/cli/banen_cli.h:
src/cli/cli.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/csv_reader.h:
src/core/field_source.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/decimal.h:
src/core/json_fields.h:
src/store/banen_link.h:
src/store/banen_report.h:
src/store/banen_store.h:
src/core/banen_stats.h:
src/store/banen_targets.h:
src/web/authz_banen.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/web/guard.h:
src/web/router.h:
src/web/routes.def:
