build-tsan/src/core/register_input.o: src/core/register_input.c \
 src/core/register_input.h src/core/date.h src/core/error.h \
 src/core/field_source.h src/core/procurement.h src/core/decimal.h \
 src/core/ident.h
src/core/register_input.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/procurement.h:
src/core/decimal.h:
src/core/ident.h:
