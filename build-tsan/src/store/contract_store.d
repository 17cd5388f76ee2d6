build-tsan/src/store/contract_store.o: src/store/contract_store.c \
 src/store/register.h src/core/date.h src/core/error.h \
 src/core/field_source.h src/core/obligation.h src/core/procurement.h \
 src/core/progress.h src/core/register_input.h src/core/valuation.h \
 src/store/db.h src/core/pseudonym.h src/store/audit.h \
 src/core/json_fixed.h src/store/contract_view.h src/store/policy_store.h \
 src/store/register_write.h src/store/sebo_store.h src/core/sebo_cert.h
src/store/register.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/obligation.h:
src/core/procurement.h:
src/core/progress.h:
src/core/register_input.h:
src/core/valuation.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/audit.h:
src/core/json_fixed.h:
src/store/contract_view.h:
src/store/policy_store.h:
src/store/register_write.h:
src/store/sebo_store.h:
src/core/sebo_cert.h:
