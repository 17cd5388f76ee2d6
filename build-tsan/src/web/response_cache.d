build-tsan/src/web/response_cache.o: src/web/response_cache.c \
 src/web/response_cache.h src/web/web.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/session_store.h src/store/user_store.h \
 src/core/role.h src/store/db_version.h
src/web/response_cache.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/store/db_version.h:
