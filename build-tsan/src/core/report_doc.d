build-tsan/src/core/report_doc.o: src/core/report_doc.c \
 src/core/report_doc.h src/core/svg_chart.h src/core/goal.h \
 src/core/htmlbuf.h
src/core/report_doc.h:
src/core/svg_chart.h:
src/core/goal.h:
src/core/htmlbuf.h:
