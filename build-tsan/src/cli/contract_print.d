build-tsan/src/cli/contract_print.o: src/cli/contract_print.c \
 src/cli/contract_print.h src/core/json_fixed.h src/core/date.h \
 src/core/error.h
src/cli/contract_print.h:
src/core/json_fixed.h:
src/core/date.h:
src/core/error.h:
