build-tsan/src/store/banen_store.o: src/store/banen_store.c \
 src/store/banen_store.h src/core/banen_input.h src/core/banen.h \
 src/core/date.h src/core/error.h src/core/banen_stats.h src/store/db.h \
 src/core/pseudonym.h src/core/ident.h src/core/json_fixed.h \
 src/store/person_store.h src/store/audit.h
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/banen_stats.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/ident.h:
src/core/json_fixed.h:
src/store/person_store.h:
src/store/audit.h:
