build-tsan/src/store/import_store.o: src/store/import_store.c \
 src/store/import_store.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/store/audit.h
src/store/import_store.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/store/audit.h:
