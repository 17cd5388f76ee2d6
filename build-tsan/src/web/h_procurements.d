build-tsan/src/web/h_procurements.o: src/web/h_procurements.c \
 src/store/procurement_log.h src/core/sebo_procurement.h src/core/date.h \
 src/core/error.h src/core/field_source.h src/core/procurement.h \
 src/core/sebo_rule.h src/store/db.h src/core/pseudonym.h \
 src/web/authz_sebo.h src/web/authz.h src/store/user_store.h \
 src/core/role.h src/store/reference_store.h src/web/body.h src/web/web.h \
 src/store/session_store.h src/web/router.h src/web/routes.def
src/store/procurement_log.h:
src/core/sebo_procurement.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/sebo_rule.h:
src/store/db.h:
src/core/pseudonym.h:
src/web/authz_sebo.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/store/reference_store.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/web/router.h:
src/web/routes.def:
