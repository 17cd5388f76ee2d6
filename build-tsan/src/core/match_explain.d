build-tsan/src/core/match_explain.o: src/core/match_explain.c \
 src/core/match.h src/core/date.h src/core/error.h
src/core/match.h:
src/core/date.h:
src/core/error.h:
