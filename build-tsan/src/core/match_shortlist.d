build-tsan/src/core/match_shortlist.o: src/core/match_shortlist.c \
 src/core/match.h src/core/date.h src/core/error.h
src/core/match.h:
src/core/date.h:
src/core/error.h:
