build-tsan/src/core/sebo_procurement.o: src/core/sebo_procurement.c \
 src/core/sebo_procurement.h src/core/date.h src/core/error.h \
 src/core/field_source.h src/core/procurement.h src/core/sebo_rule.h \
 src/core/decimal.h src/core/ident.h
src/core/sebo_procurement.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/sebo_rule.h:
src/core/decimal.h:
src/core/ident.h:
