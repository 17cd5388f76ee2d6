build-tsan/src/core/svg_chart.o: src/core/svg_chart.c \
 src/core/svg_chart.h src/core/goal.h src/core/htmlbuf.h
src/core/svg_chart.h:
src/core/goal.h:
src/core/htmlbuf.h:
