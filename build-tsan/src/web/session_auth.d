build-tsan/src/web/session_auth.o: src/web/session_auth.c \
 src/web/session_auth.h src/web/web.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/session_store.h src/store/user_store.h \
 src/core/role.h
src/web/session_auth.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
