build-tsan/src/core/role.o: src/core/role.c src/core/role.h
src/core/role.h:
