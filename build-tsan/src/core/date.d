build-tsan/src/core/date.o: src/core/date.c src/core/date.h \
 src/core/error.h
src/core/date.h:
src/core/error.h:
