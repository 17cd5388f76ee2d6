build-tsan/src/web/authz.o: src/web/authz.c src/web/authz.h \
 src/store/user_store.h src/core/role.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
