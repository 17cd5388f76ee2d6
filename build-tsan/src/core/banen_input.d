build-tsan/src/core/banen_input.o: src/core/banen_input.c \
 src/core/banen_input.h src/core/banen.h src/core/date.h src/core/error.h \
 src/core/decimal.h src/core/ident.h
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
src/core/ident.h:
