build-tsan/src/store/audit.o: src/store/audit.c src/store/audit.h \
 src/store/db.h src/core/error.h src/core/pseudonym.h
src/store/audit.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
