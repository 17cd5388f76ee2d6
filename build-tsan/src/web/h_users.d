build-tsan/src/web/h_users.o: src/web/h_users.c src/web/body.h \
 src/web/web.h src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/web/guard.h src/web/authz.h src/web/router.h src/web/routes.def \
 src/web/session_auth.h
src/web/body.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/guard.h:
src/web/authz.h:
src/web/router.h:
src/web/routes.def:
src/web/session_auth.h:
