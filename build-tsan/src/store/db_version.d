build-tsan/src/store/db_version.o: src/store/db_version.c \
 src/store/db_version.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h
src/store/db_version.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
