build-tsan/src/store/session_store.o: src/store/session_store.c \
 src/store/session_store.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h
src/store/session_store.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
