build-tsan/src/web/authz_sebo.o: src/web/authz_sebo.c \
 src/web/authz_sebo.h src/web/authz.h src/store/user_store.h \
 src/core/role.h src/store/db.h src/core/error.h src/core/pseudonym.h
src/web/authz_sebo.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
