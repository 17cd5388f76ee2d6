#!/usr/bin/env python3
"""Emits a C file with the OpenAPI description (docs/openapi.yaml) as compact JSON, served by
GET /api/v1/openapi.json. YAML is read with python3-yaml (Debian); dates stay text."""
import json
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


# OpenAPI has no dates: an unquoted 2024-01-01 (an example) stays the text it is.
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != 'tag:yaml.org,2002:timestamp']
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

with open(sys.argv[1], encoding='utf-8') as f:
    doc = yaml.load(f, Loader=Loader)
data = json.dumps(doc, ensure_ascii=False, separators=(',', ':')).encode('utf-8')

out = ['/* Generated from %s by scripts/embed-openapi.py: do not edit. */' % sys.argv[1],
       '#include "web/openapi_doc.h"',
       'const char inc_openapi_json[] =']
for i in range(0, len(data), 96):
    chunk = ''.join(chr(b) if 32 <= b < 127 and b not in b'"\\?' else '\\%03o' % b for b in data[i:i + 96])
    out.append('  "%s"' % chunk)
out.append('  ;')
out.append('const unsigned long inc_openapi_json_len = %d;' % len(data))
sys.stdout.write('\n'.join(out) + '\n')
