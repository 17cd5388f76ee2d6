build-tsan/src/store/demo_wsp.o: src/store/demo_wsp.c src/core/ident.h \
 src/core/error.h src/core/match.h src/core/date.h src/core/wsp_rules.h \
 src/store/demo.h src/store/db.h src/core/pseudonym.h \
 src/cli/demo_parts.def src/store/wsp_store.h
src/core/ident.h:
src/core/error.h:
src/core/match.h:
src/core/date.h:
src/core/wsp_rules.h:
src/store/demo.h:
src/store/db.h:
src/core/pseudonym.h:
src/cli/demo_parts.def:
src/store/wsp_store.h:
