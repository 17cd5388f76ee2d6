build-tsan/src/web/static_files.o: src/web/static_files.c \
 src/web/static_files.h src/web/web.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/session_store.h src/store/user_store.h \
 src/core/role.h
src/web/static_files.h:
src/web/web.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/session_store.h:
src/store/user_store.h:
src/core/role.h:
