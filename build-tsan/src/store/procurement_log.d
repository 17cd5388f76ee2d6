build-tsan/src/store/procurement_log.o: src/store/procurement_log.c \
 src/store/procurement_log.h src/core/sebo_procurement.h src/core/date.h \
 src/core/error.h src/core/field_source.h src/core/procurement.h \
 src/core/sebo_rule.h src/store/db.h src/core/pseudonym.h \
 src/core/json_fixed.h src/core/ident.h src/store/audit.h \
 src/store/sebo_store.h src/core/sebo_cert.h
src/store/procurement_log.h:
src/core/sebo_procurement.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/sebo_rule.h:
src/store/db.h:
src/core/pseudonym.h:
src/core/json_fixed.h:
src/core/ident.h:
src/store/audit.h:
src/store/sebo_store.h:
src/core/sebo_cert.h:
