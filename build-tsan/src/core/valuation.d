build-tsan/src/core/valuation.o: src/core/valuation.c \
 src/core/valuation.h src/core/date.h src/core/error.h src/core/decimal.h
src/core/valuation.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
