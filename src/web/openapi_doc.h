/* The OpenAPI description, docs/openapi.yaml converted to JSON at build time
 * (scripts/embed-openapi.py), served by GET /api/v1/openapi.json. */
#ifndef INC_WEB_OPENAPI_DOC_H
#define INC_WEB_OPENAPI_DOC_H

extern const char inc_openapi_json[];
extern const unsigned long inc_openapi_json_len;

#endif
