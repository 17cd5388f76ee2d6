build-tsan/src/core/json_fixed.o: src/core/json_fixed.c \
 src/core/json_fixed.h src/core/decimal.h src/core/error.h
src/core/json_fixed.h:
src/core/decimal.h:
src/core/error.h:
