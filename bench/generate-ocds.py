#!/usr/bin/env python3
"""A TenderNed-like OCDS release package of N releases (default 100,000) on stdout, for the import
benchmark (docs/bench.md). Deterministic (seeded). Of every 20 releases: 16 awards of Zoetermeer,
Lansingerland or Pijnacker-Nootdorp (works/services/goods, open/selective/limited/direct), 2 of a
municipality not in the database, 1 tender without an award, 1 award in USD. Written release by
release, so the generator itself runs in constant memory."""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rnd = random.Random(16)
buyers = ["Gemeente Zoetermeer", "Gemeente Lansingerland", "Gemeente Pijnacker-Nootdorp"]
cats = ["works", "services", "goods"]
methods = [("open", "Europese openbare procedure"), ("selective", "Nationale niet-openbare procedure"),
           ("limited", "Meervoudig onderhandse procedure"), ("direct", "")]
out = sys.stdout
out.write('{"uri": "https://example.org/ocds/bench.json", "version": "1.1", '
          '"publishedDate": "2025-12-31T00:00:00Z", "publisher": {"name": "TenderNed"}, "releases": [\n')
for i in range(n):
    kind = i % 20
    ocid = "ocds-5n7lx2-b%07d" % i
    buyer = "Gemeente Utrecht" if kind in (16, 17) else buyers[i % 3]
    kvk = "%08d" % (30000000 + rnd.randrange(5000))
    y, m, d = 2024 + i % 2, 1 + i % 12, 1 + i % 28
    method, details = methods[i % 4]
    rel = {
        "ocid": ocid, "id": ocid + "-award-1", "date": "%04d-%02d-%02dT10:00:00+01:00" % (y, m, d), "tag": ["award"],
        "initiationType": "tender", "buyer": {"id": "B%d" % (i % 3), "name": buyer},
        "parties": [{"id": "B%d" % (i % 3), "name": buyer, "roles": ["buyer"]},
                    {"id": "S" + kvk, "name": "Leverancier %s B.V." % kvk, "roles": ["supplier"],
                     "identifier": {"scheme": "NL-KVK", "id": kvk}}],
        "tender": {"id": "T%d" % i, "title": "Opdracht %d" % i, "mainProcurementCategory": cats[i % 3],
                   "procurementMethod": method, "procurementMethodDetails": details,
                   "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "45000000-7"}}]},
    }
    if kind != 18:
        amount = rnd.randrange(20000, 2000000)
        cur = "USD" if kind == 19 else "EUR"
        rel["awards"] = [{"id": "1", "status": "active", "date": "%04d-%02d-%02dT00:00:00+01:00" % (y, m, d),
                          "value": {"amount": amount, "currency": cur},
                          "suppliers": [{"id": "S" + kvk, "name": "Leverancier %s B.V." % kvk}],
                          "contractPeriod": {"startDate": "%04d-%02d-%02d" % (y, m, d), "endDate": "%04d-%02d-%02d" % (y + 1, m, d)}}]
        rel["contracts"] = [{"id": "1", "awardID": "1", "value": {"amount": amount, "currency": cur}}]
    out.write(json.dumps(rel, ensure_ascii=False))
    out.write(",\n" if i + 1 < n else "\n")
out.write("]}\n")
