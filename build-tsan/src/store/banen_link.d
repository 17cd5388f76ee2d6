build-tsan/src/store/banen_link.o: src/store/banen_link.c \
 src/store/banen_link.h src/core/banen.h src/core/date.h src/core/error.h \
 src/store/db.h src/core/pseudonym.h src/store/audit.h
src/store/banen_link.h:
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/audit.h:
