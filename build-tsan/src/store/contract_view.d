build-tsan/src/store/contract_view.o: src/store/contract_view.c \
 src/store/contract_view.h src/core/progress.h src/core/date.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/core/json_fixed.h
src/store/contract_view.h:
src/core/progress.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/json_fixed.h:
