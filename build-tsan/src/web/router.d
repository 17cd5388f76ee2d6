build-tsan/src/web/router.o: src/web/router.c src/web/router.h \
 src/web/web.h src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/web/routes.def
src/web/router.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/routes.def:
