build-tsan/src/store/demo_sebo.o: src/store/demo_sebo.c src/store/demo.h \
 src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/cli/demo_parts.def src/core/decimal.h src/store/procurement_log.h \
 src/core/sebo_procurement.h src/core/date.h src/core/field_source.h \
 src/core/procurement.h src/core/sebo_rule.h src/store/sebo_store.h \
 src/core/sebo_cert.h
src/store/demo.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/cli/demo_parts.def:
src/core/decimal.h:
src/store/procurement_log.h:
src/core/sebo_procurement.h:
src/core/date.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/sebo_rule.h:
src/store/sebo_store.h:
src/core/sebo_cert.h:
