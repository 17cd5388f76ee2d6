build-tsan/src/core/match_score.o: src/core/match_score.c \
 src/core/match.h src/core/date.h src/core/error.h
src/core/match.h:
src/core/date.h:
src/core/error.h:
