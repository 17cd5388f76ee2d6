build-tsan/src/store/reference_store.o: src/store/reference_store.c \
 src/store/reference_store.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h
src/store/reference_store.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
