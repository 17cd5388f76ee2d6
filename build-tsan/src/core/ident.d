build-tsan/src/core/ident.o: src/core/ident.c src/core/ident.h \
 src/core/error.h
src/core/ident.h:
src/core/error.h:
