build-tsan/src/store/wsp_question.o: src/store/wsp_question.c \
 src/core/json_fixed.h src/core/wsp_rules.h src/core/date.h \
 src/core/error.h src/store/audit.h src/store/db.h src/core/pseudonym.h \
 src/store/wsp_input.h src/store/wsp_store.h src/core/match.h
src/core/json_fixed.h:
src/core/wsp_rules.h:
src/core/date.h:
src/core/error.h:
src/store/audit.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/wsp_input.h:
src/store/wsp_store.h:
src/core/match.h:
