build-tsan/src/store/demo_banen.o: src/store/demo_banen.c \
 src/store/demo.h src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/cli/demo_parts.def src/core/ident.h src/store/banen_link.h \
 src/core/banen.h src/core/date.h src/store/banen_store.h \
 src/core/banen_input.h src/core/banen_stats.h src/store/banen_targets.h
src/store/demo.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/cli/demo_parts.def:
src/core/ident.h:
src/store/banen_link.h:
src/core/banen.h:
src/core/date.h:
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen_stats.h:
src/store/banen_targets.h:
