build-tsan/src/store/db.o: src/store/db.c src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/store/migrations.h
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/store/migrations.h:
