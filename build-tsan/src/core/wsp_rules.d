build-tsan/src/core/wsp_rules.o: src/core/wsp_rules.c \
 src/core/wsp_rules.h src/core/date.h src/core/error.h src/core/decimal.h \
 src/core/match.h
src/core/wsp_rules.h:
src/core/date.h:
src/core/error.h:
src/core/decimal.h:
src/core/match.h:
