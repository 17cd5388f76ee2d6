build-tsan/src/web/scope.o: src/web/scope.c src/web/scope.h \
 src/web/guard.h src/web/authz.h src/store/user_store.h src/core/role.h \
 src/store/db.h src/core/error.h src/core/pseudonym.h src/web/web.h \
 src/store/session_store.h src/core/ident.h src/store/reference_store.h
src/web/scope.h:
src/web/guard.h:
src/web/authz.h:
src/store/user_store.h:
src/core/role.h:
src/store/db.h:
src/core/error.h:
src/core/pseudonym.h:
src/web/web.h:
src/store/session_store.h:
src/core/ident.h:
src/store/reference_store.h:
