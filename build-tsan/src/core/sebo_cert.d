build-tsan/src/core/sebo_cert.o: src/core/sebo_cert.c \
 src/core/sebo_cert.h src/core/date.h src/core/error.h
src/core/sebo_cert.h:
src/core/date.h:
src/core/error.h:
