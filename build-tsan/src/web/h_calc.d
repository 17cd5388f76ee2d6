build-tsan/src/web/h_calc.o: src/web/h_calc.c src/core/json_fields.h \
 src/core/field_source.h src/store/register.h src/core/date.h \
 src/core/error.h src/core/obligation.h src/core/procurement.h \
 src/core/progress.h src/core/register_input.h src/core/valuation.h \
 src/store/db.h src/core/pseudonym.h src/web/body.h src/web/web.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/web/router.h src/web/routes.def
src/core/json_fields.h:
src/core/field_source.h:
src/store/register.h:
src/core/date.h:
src/core/error.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
src/store/db.h:
src/core/pseudonym.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/router.h:
src/web/routes.def:
