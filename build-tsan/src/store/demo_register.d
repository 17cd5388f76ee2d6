build-tsan/src/store/demo_register.o: src/store/demo_register.c \
 src/store/demo.h src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/cli/demo_parts.def src/core/ident.h src/core/json_fields.h \
 src/core/field_source.h src/store/register.h src/core/date.h \
 src/core/obligation.h src/core/procurement.h src/core/progress.h \
 src/core/register_input.h src/core/valuation.h
src/store/demo.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/cli/demo_parts.def:
src/core/ident.h:
src/core/json_fields.h:
src/core/field_source.h:
src/store/register.h:
src/core/date.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
