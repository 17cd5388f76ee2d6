build-tsan/src/store/policy_store.o: src/store/policy_store.c \
 src/store/policy_store.h src/core/obligation.h src/core/date.h \
 src/core/error.h src/core/procurement.h src/core/valuation.h \
 src/store/db.h src/core/pseudonym.h src/core/json_fixed.h
src/store/policy_store.h:
src/core/obligation.h:
src/core/date.h:
src/core/error.h:
src/core/procurement.h:
src/core/valuation.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/json_fixed.h:
