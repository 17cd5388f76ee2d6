build-tsan/src/store/demo_users.o: src/store/demo_users.c \
 src/store/contract_view.h src/core/progress.h src/core/date.h \
 src/core/error.h src/store/db.h src/core/pseudonym.h src/store/demo.h \
 src/cli/demo_parts.def src/store/user_store.h src/core/role.h
src/store/contract_view.h:
src/core/progress.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/demo.h:
src/cli/demo_parts.def:
src/store/user_store.h:
src/core/role.h:
