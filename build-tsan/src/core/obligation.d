build-tsan/src/core/obligation.o: src/core/obligation.c \
 src/core/obligation.h src/core/date.h src/core/error.h \
 src/core/procurement.h src/core/decimal.h
src/core/obligation.h:
src/core/date.h:
src/core/error.h:
src/core/procurement.h:
src/core/decimal.h:
