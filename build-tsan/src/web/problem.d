build-tsan/src/web/problem.o: src/web/problem.c src/web/web.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/session_store.h src/store/user_store.h src/core/role.h \
 src/core/json_fixed.h
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
src/core/json_fixed.h:
