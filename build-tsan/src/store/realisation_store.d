build-tsan/src/store/realisation_store.o: src/store/realisation_store.c \
 src/store/audit.h src/store/db.h src/core/error.h src/core/pseudonym.h \
 src/core/json_fixed.h src/store/contract_view.h src/core/progress.h \
 src/core/date.h src/store/banen_link.h src/core/banen.h \
 src/store/person_store.h src/store/policy_store.h src/core/obligation.h \
 src/core/procurement.h src/core/valuation.h src/store/register.h \
 src/core/field_source.h src/core/register_input.h \
 src/store/register_write.h
src/store/audit.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/core/json_fixed.h:
src/store/contract_view.h:
src/core/progress.h:
src/core/date.h:
src/store/banen_link.h:
src/core/banen.h:
src/store/person_store.h:
src/store/policy_store.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/valuation.h:
src/store/register.h:
src/core/field_source.h:
src/core/register_input.h:
src/store/register_write.h:
