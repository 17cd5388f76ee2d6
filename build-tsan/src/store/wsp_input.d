build-tsan/src/store/wsp_input.o: src/store/wsp_input.c \
 src/store/wsp_input.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/core/decimal.h
src/store/wsp_input.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/decimal.h:
