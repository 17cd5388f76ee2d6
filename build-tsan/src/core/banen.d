build-tsan/src/core/banen.o: src/core/banen.c src/core/banen.h \
 src/core/date.h src/core/error.h src/core/decimal.h
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
