build-tsan/src/core/procurement.o: src/core/procurement.c \
 src/core/procurement.h
src/core/procurement.h:
