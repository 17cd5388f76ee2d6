build-tsan/src/cli/report_export.o: src/cli/report_export.c \
 src/cli/report_export.h src/core/error.h src/core/report_doc.h \
 src/core/svg_chart.h
src/cli/report_export.h:
src/core/error.h:
src/core/report_doc.h:
src/core/svg_chart.h:
