build-tsan/src/core/workdays.o: src/core/workdays.c src/core/workdays.h \
 src/core/date.h src/core/error.h
src/core/workdays.h:
src/core/date.h:
src/core/error.h:
