build-tsan/src/core/match_codes.o: src/core/match_codes.c \
 src/core/match.h src/core/date.h src/core/error.h
src/core/match.h:
src/core/date.h:
src/core/error.h:
