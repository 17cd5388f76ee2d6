build-tsan/src/store/register_bulk.o: src/store/register_bulk.c \
 src/store/register_bulk.h src/core/register_input.h src/core/date.h \
 src/core/error.h src/core/field_source.h src/core/procurement.h \
 src/store/db.h src/core/pseudonym.h src/store/register_snapshot.h \
 src/store/register_write.h src/core/obligation.h src/core/valuation.h \
 src/store/contract_view.h src/core/progress.h src/store/policy_store.h \
 src/store/register.h src/store/sebo_store.h src/core/sebo_cert.h
src/store/register_bulk.h:
src/core/register_input.h:
src/core/date.h:
src/core/error.h:
src/core/field_source.h:
src/core/procurement.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/register_snapshot.h:
src/store/register_write.h:
src/core/obligation.h:
src/core/valuation.h:
src/store/contract_view.h:
src/core/progress.h:
src/store/policy_store.h:
src/store/register.h:
src/store/sebo_store.h:
src/core/sebo_cert.h:
