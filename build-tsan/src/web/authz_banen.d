build-tsan/src/web/authz_banen.o: src/web/authz_banen.c \
 src/web/authz_banen.h src/store/db.h src/core/error.h \
 src/core/pseudonym.h src/web/authz.h src/store/user_store.h \
 src/core/role.h src/store/banen_store.h src/core/banen_input.h \
 src/core/banen.h src/core/date.h src/core/banen_stats.h
src/web/authz_banen.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/store/banen_store.h:
src/core/banen_input.h:
src/core/banen.h:
src/core/date.h:
src/core/banen_stats.h:
