build-tsan/src/store/retention.o: src/store/retention.c \
 src/store/retention.h src/core/date.h src/core/error.h src/store/db.h \
 src/core/pseudonym.h src/store/audit.h src/core/json_fixed.h
src/store/retention.h:
src/core/date.h:
src/core/error.h:
src/store/db.h:
src/core/pseudonym.h:
src/store/audit.h:
src/core/json_fixed.h:
