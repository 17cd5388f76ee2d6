build-tsan/src/store/user_store.o: src/store/user_store.c \
 src/store/user_store.h src/core/role.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/store/audit.h
src/store/user_store.h:
src/core/role.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/store/audit.h:
