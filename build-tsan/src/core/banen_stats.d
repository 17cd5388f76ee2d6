build-tsan/src/core/banen_stats.o: src/core/banen_stats.c \
 src/core/banen_stats.h src/core/banen.h src/core/date.h src/core/error.h \
 src/core/decimal.h
src/core/banen_stats.h:
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
