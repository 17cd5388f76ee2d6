build-tsan/src/web/server.o: src/web/server.c src/web/server.h \
 src/core/error.h src/web/response_cache.h src/web/web.h src/store/db.h \
 src/core/pseudonym.h src/store/session_store.h src/store/user_store.h \
 src/core/role.h src/web/router.h src/web/routes.def \
 src/web/session_auth.h src/web/static_files.h
src/web/server.h:
src/core/error.h:
src/web/response_cache.h:
src/web/web.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/web/router.h:
src/web/routes.def:
src/web/session_auth.h:
src/web/static_files.h:
