build-tsan/src/web/body.o: src/web/body.c src/web/body.h src/web/web.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h
src/web/body.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
