build-tsan/src/store/wsp_banen.o: src/store/wsp_banen.c src/core/banen.h \
 src/core/date.h src/core/error.h src/core/match.h src/store/audit.h \
 src/store/db.h src/core/pseudonym.h src/store/wsp_input.h \
 src/store/wsp_store.h
src/core/banen.h:
src/core/date.h:
src/core/error.h:
src/core/match.h:
src/store/audit.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/wsp_input.h:
src/store/wsp_store.h:
