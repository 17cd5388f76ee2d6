build-tsan/src/store/sebo_query.o: src/store/sebo_query.c \
 src/core/ident.h src/core/error.h src/core/json_fixed.h \
 src/store/sebo_store.h src/core/date.h src/core/procurement.h \
 src/core/sebo_cert.h src/store/db.h src/core/pseudonym.h
src/core/ident.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/sebo_store.h:
src/core/date.h:
src/core/procurement.h:
src/core/sebo_cert.h:
src/store/db.h:
src/core/pseudonym.h:
