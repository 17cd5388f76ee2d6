build-tsan/src/core/progress.o: src/core/progress.c src/core/progress.h \
 src/core/date.h src/core/error.h src/core/decimal.h src/core/workdays.h
src/core/progress.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
src/core/workdays.h:
