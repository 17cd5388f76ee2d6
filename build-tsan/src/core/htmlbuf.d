build-tsan/src/core/htmlbuf.o: src/core/htmlbuf.c src/core/htmlbuf.h
src/core/htmlbuf.h:
