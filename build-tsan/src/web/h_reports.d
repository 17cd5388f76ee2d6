build-tsan/src/web/h_reports.o: src/web/h_reports.c src/store/register.h \
 src/core/date.h src/core/error.h src/core/field_source.h \
 src/core/obligation.h src/core/procurement.h src/core/progress.h \
 src/core/register_input.h src/core/valuation.h src/store/db.h \
 src/core/pseudonym.h src/web/router.h src/web/web.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/web/routes.def src/web/scope.h src/web/guard.h src/web/authz.h
src/store/register.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
src/store/db.h:
src/core/pseudonym.h:
src/web/router.h:
src/web/web.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/routes.def:
src/web/scope.h:
src/web/guard.h:
src/web/authz.h:
