build-tsan/src/store/seed.o: src/store/seed.c src/store/seed.h \
 src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/core/obligation.h src/core/date.h src/core/procurement.h \
 src/core/valuation.h src/store/policy_store.h
src/store/seed.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/core/obligation.h:
src/core/date.h:
src/core/procurement.h:
src/core/valuation.h:
src/store/policy_store.h:
