build-tsan/src/store/wsp_skill.o: src/store/wsp_skill.c src/core/match.h \
 src/core/date.h src/core/error.h src/store/audit.h src/store/db.h \
 src/core/pseudonym.h src/store/wsp_input.h src/store/wsp_store.h
src/core/match.h:
src/core/date.h:
src/core/error.h:
src/store/audit.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/wsp_input.h:
src/store/wsp_store.h:
