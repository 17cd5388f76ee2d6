build-tsan/src/store/wsp_candidate.o: src/store/wsp_candidate.c \
 src/core/ident.h src/core/error.h src/core/json_fixed.h \
 src/store/person_store.h src/store/db.h src/core/pseudonym.h \
 src/core/wsp_rules.h src/core/date.h src/store/audit.h \
 src/store/wsp_input.h src/store/wsp_store.h src/core/match.h
src/core/ident.h:
src/core/error.h:
src/core/json_fixed.h:
src/store/person_store.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/wsp_rules.h:
src/core/date.h:
src/store/audit.h:
src/store/wsp_input.h:
src/store/wsp_store.h:
src/core/match.h:
