build-tsan/src/core/sebo_rule.o: src/core/sebo_rule.c \
 src/core/sebo_rule.h src/core/error.h src/core/procurement.h
src/core/sebo_rule.h:
src/core/error.h:
src/core/procurement.h:
