build-tsan/src/store/throttle_store.o: src/store/throttle_store.c \
 src/store/throttle_store.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/core/throttle.h
src/store/throttle_store.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/core/throttle.h:
