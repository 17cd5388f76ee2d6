build-tsan/src/web/h_reference.o: src/web/h_reference.c src/core/date.h \
 src/core/error.h src/store/policy_store.h src/core/obligation.h \
 src/core/procurement.h src/core/valuation.h src/store/db.h \
 src/core/pseudonym.h src/store/reference_store.h src/web/guard.h \
 src/web/authz.h src/store/user_store.h src/core/role.h src/web/web.h \
 src/store/session_store.h src/web/router.h src/web/routes.def
src/core/date.h:
src/core/error.h:
src/store/policy_store.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/valuation.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/reference_store.h:
src/web/guard.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/web/web.h:
src/store/session_store.h:
src/web/router.h:
src/web/routes.def:
