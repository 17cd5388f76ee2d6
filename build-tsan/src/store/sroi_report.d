build-tsan/src/store/sroi_report.o: src/store/sroi_report.c \
 src/store/contract_view.h src/core/progress.h src/core/date.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h \
 src/store/register.h src/core/field_source.h src/core/obligation.h \
 src/core/procurement.h src/core/register_input.h src/core/valuation.h \
 src/core/json_fixed.h
src/store/contract_view.h:
src/core/progress.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/register.h:
src/core/field_source.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/register_input.h:
src/core/valuation.h:
src/core/json_fixed.h:
