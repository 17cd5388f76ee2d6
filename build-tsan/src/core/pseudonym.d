build-tsan/src/core/pseudonym.o: src/core/pseudonym.c \
 src/core/pseudonym.h src/core/error.h src/core/ident.h
src/core/pseudonym.h:
src/core/error.h:
src/core/ident.h:
