build-tsan/src/core/throttle.o: src/core/throttle.c src/core/throttle.h
src/core/throttle.h:
