build-tsan/src/core/goal.o: src/core/goal.c src/core/goal.h \
 src/core/decimal.h src/core/error.h
src/core/goal.h:
src/core/decimal.h:
src/core/error.h:
