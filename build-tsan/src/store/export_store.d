build-tsan/src/store/export_store.o: src/store/export_store.c \
 src/store/export_store.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/contract_view.h src/core/progress.h
src/store/export_store.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/contract_view.h:
src/core/progress.h:
