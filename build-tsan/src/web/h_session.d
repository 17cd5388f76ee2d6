build-tsan/src/web/h_session.o: src/web/h_session.c src/core/throttle.h \
 src/store/throttle_store.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/web/body.h src/web/web.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/web/router.h src/web/routes.def src/web/session_auth.h
src/core/throttle.h:
src/store/throttle_store.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/web/body.h:
src/web/web.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/router.h:
src/web/routes.def:
src/web/session_auth.h:
