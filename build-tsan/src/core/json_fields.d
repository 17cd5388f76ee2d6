build-tsan/src/core/json_fields.o: src/core/json_fields.c \
 src/core/json_fields.h src/core/field_source.h
src/core/json_fields.h:
src/core/field_source.h:
