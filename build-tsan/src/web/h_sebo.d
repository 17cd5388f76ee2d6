build-tsan/src/web/h_sebo.o: src/web/h_sebo.c src/core/decimal.h \
 src/core/error.h src/store/reference_store.h src/store/db.h \
 src/core/pseudonym.h src/store/sebo_report.h src/core/date.h \
 src/store/sebo_store.h src/core/procurement.h src/core/sebo_cert.h \
 src/web/authz_sebo.h src/web/authz.h src/store/user_store.h \
 src/core/role.h src/web/body.h src/web/web.h src/store/session_store.h \
 src/web/router.h src/web/routes.def
src/core/decimal.h:
src/core/error.h:
src/store/reference_store.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/sebo_report.h:
src/core/date.h:
src/store/sebo_store.h:
src/core/procurement.h:
src/core/sebo_cert.h:
src/web/authz_sebo.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/web/router.h:
src/web/routes.def:
