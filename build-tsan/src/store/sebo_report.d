build-tsan/src/store/sebo_report.o: src/store/sebo_report.c \
 src/store/sebo_report.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/core/decimal.h src/core/json_fixed.h \
 src/store/sebo_store.h src/core/procurement.h src/core/sebo_cert.h
src/store/sebo_report.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/decimal.h:
src/core/json_fixed.h:
src/store/sebo_store.h:
src/core/procurement.h:
src/core/sebo_cert.h:
