build-tsan/src/store/wsp_employer.o: src/store/wsp_employer.c \
 src/store/audit.h src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/store/sebo_store.h src/core/date.h src/core/procurement.h \
 src/core/sebo_cert.h src/store/wsp_input.h src/store/wsp_store.h \
 src/core/match.h src/core/ident.h src/core/json_fixed.h
src/store/audit.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/store/sebo_store.h:
src/core/date.h:
src/core/procurement.h:
src/core/sebo_cert.h:
src/store/wsp_input.h:
src/store/wsp_store.h:
src/core/match.h:
src/core/ident.h:
src/core/json_fixed.h:
