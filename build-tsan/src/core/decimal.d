build-tsan/src/core/decimal.o: src/core/decimal.c src/core/decimal.h \
 src/core/error.h
src/core/decimal.h:
src/core/error.h:
