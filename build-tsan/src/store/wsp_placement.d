build-tsan/src/store/wsp_placement.o: src/store/wsp_placement.c \
 src/core/json_fixed.h src/store/audit.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/store/wsp_input.h src/core/date.h \
 src/store/wsp_store.h src/core/match.h
src/core/json_fixed.h:
src/store/audit.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/store/wsp_input.h:
src/core/date.h:
src/store/wsp_store.h:
src/core/match.h:
