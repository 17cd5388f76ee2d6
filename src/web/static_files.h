/* Static files of the browser interface (web/): GET and HEAD only, no path traversal, a content
 * type per extension, index.html for directories. */
#ifndef INC_STATIC_FILES_H
#define INC_STATIC_FILES_H
#include "web/web.h"

int web_static(web_req *req, const char *root);
/* The content type for a file name ("application/octet-stream" when unknown). */
const char *web_content_type(const char *name);

#endif
