#!/usr/bin/env python3
"""Describes a migrated inclusio schema in one normalised line per fact, so the SQLite schema and
its PostgreSQL twin can be compared with diff (tests/pg/schema.sh).

    schema_describe.py sqlite PATH        the schema of an SQLite database file
    schema_describe.py postgresql URI     the schema of a PostgreSQL database (read with psql)

What is compared, per table (the driver's own inc_db_* tables and SQLite's sqlite_* left out):
  column   name, type (INTEGER/bigint -> int, TEXT/text -> text, BLOB/bytea -> blob,
           TEXT COLLATE NOCASE/citext -> text-nocase), NOT NULL (primary key columns are), default
           (constants by value, the
           ISO timestamp of 'now' as now-utc), generated (SQLite's INTEGER PRIMARY KEY named id, a
           PostgreSQL identity column)
  pk       the primary key's columns in order
  unique   each UNIQUE constraint's columns
  fk       each foreign key: columns -> table(columns)
  check    each CHECK constraint: the columns it names and the constants it holds (string and
           number literals; a GLOB pattern's outer '*' taken off, as PostgreSQL's regular
           expression spells the same test without them)
  index    each index made by CREATE INDEX: name, unique or not, key columns, partial condition
"""
import json
import re
import sqlite3
import subprocess
import sys

TYPES = {"integer": "int", "bigint": "int", "text": "text", "blob": "blob", "bytea": "blob",
         "citext": "text-nocase", "text collate nocase": "text-nocase"}


def norm_type(t):
    t = " ".join(t.lower().split())
    return TYPES.get(t, "?" + t)


def norm_default(d):
    if d is None:
        return "-"
    d = d.strip()
    if "strftime" in d or re.match(r"to_char\(\(?now\(\)", d):
        return "now-utc"
    d = re.sub(r"::[a-z ]+", "", d)
    while d.startswith("(") and d.endswith(")"):
        d = d[1:-1].strip()
    return d


def norm_expr(x):
    x = re.sub(r"::[a-z ]+", "", x or "")
    return re.sub(r"[()\s]", "", x).lower()


def check_facts(expr, columns):
    """The columns a CHECK names and the constants it holds."""
    strings = re.findall(r"'((?:[^']|'')*)'", expr)
    if re.search(r"\bGLOB\b", expr, re.I):
        strings = [s[1:] if s.startswith("*") else s for s in strings]
        strings = [s[:-1] if s.endswith("*") else s for s in strings]
    rest = re.sub(r"'(?:[^']|'')*'", " ", expr)
    rest = re.sub(r"::[a-z ]+", " ", rest)
    numbers = re.findall(r"(?<![A-Za-z_0-9.])\d+(?![A-Za-z_0-9.])", rest)
    words = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", rest))
    cols = sorted(c for c in columns if c in words)
    consts = sorted(set("'" + s + "'" for s in strings) | set(str(int(n)) for n in numbers))
    return "cols=%s consts=%s" % (",".join(cols), ",".join(consts))


def checks_in_sql(sql):
    """Every CHECK ( ... ) of a CREATE TABLE statement, with balanced parentheses."""
    out = []
    for m in re.finditer(r"\bCHECK\s*\(", sql, re.I):
        i, depth, quote = m.end(), 1, False
        while i < len(sql) and depth:
            ch = sql[i]
            if ch == "'":
                quote = not quote
            elif not quote and ch == "(":
                depth += 1
            elif not quote and ch == ")":
                depth -= 1
            i += 1
        out.append(sql[m.end():i - 1])
    return out


def strip_comments(sql):
    return re.sub(r"--[^\n]*", "", sql)


def describe_sqlite(path):
    db = sqlite3.connect(path)
    lines = []
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        " AND name NOT LIKE 'inc\\_db\\_%' ESCAPE '\\' ORDER BY name")]
    for t in tables:
        lines.append("table %s" % t)
        sql = strip_comments(db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0])
        cols = db.execute("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", (t,)).fetchall()
        pks = [c for c in cols if c[4]]
        for name, typ, notnull, dflt, pk in cols:
            m = re.search(r"\b%s\s+[A-Za-z]+[^,]*?COLLATE\s+NOCASE" % re.escape(name), sql, re.I)
            ty = norm_type(typ + (" collate nocase" if m else ""))
            generated = len(pks) == 1 and pk and typ.upper() == "INTEGER" and name == "id"
            # a primary key column is NOT NULL (PostgreSQL makes it so; SQLite only by a historical quirk not)
            lines.append("column %s.%s %s notnull=%d default=%s%s" % (
                t, name, ty, 1 if notnull or pk else 0,
                norm_default(dflt), " generated" if generated else ""))
        if pks:
            lines.append("pk %s (%s)" % (t, ",".join(c[0] for c in sorted(pks, key=lambda c: c[4]))))
        for name, unique, origin, partial in db.execute(
                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)", (t,)).fetchall():
            icols = [r[0] for r in db.execute(
                "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,)).fetchall()]
            if origin == "u":
                lines.append("unique %s (%s)" % (t, ",".join(icols)))
            elif origin == "c":
                isql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
                where = re.search(r"\bWHERE\b(.*)$", isql, re.I | re.S)
                lines.append("index %s %s unique=%d (%s) where=%s" % (
                    t, name, unique, ",".join(icols), norm_expr(where.group(1)) if where else "-"))
        fks = {}
        for fid, seq, ref, frm, to in db.execute(
                "SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", (t,)).fetchall():
            fks.setdefault(fid, (ref, []))[1].append((seq, frm, to))
        for ref, parts in fks.values():
            parts.sort()
            lines.append("fk %s (%s) -> %s(%s)" % (t, ",".join(p[1] for p in parts), ref,
                                                  ",".join(p[2] for p in parts)))
        names = [c[0] for c in cols]
        for expr in checks_in_sql(sql):
            lines.append("check %s %s" % (t, check_facts(expr, names)))
    return lines


PG_QUERY = r"""
SELECT json_build_object(
 'tables', (SELECT json_agg(c.relname ORDER BY c.relname) FROM pg_class c
            WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
            AND c.relname NOT LIKE 'inc\_db\_%'),
 'columns', (SELECT json_agg(json_build_object('t', c.relname, 'c', a.attname,
              'type', format_type(a.atttypid, NULL), 'notnull', a.attnotnull,
              'default', pg_get_expr(d.adbin, d.adrelid), 'identity', a.attidentity) ORDER BY c.relname, a.attnum)
             FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
             WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace),
 'constraints', (SELECT json_agg(json_build_object('t', c.relname, 'type', k.contype,
              'cols', (SELECT json_agg(a.attname ORDER BY x.o) FROM unnest(k.conkey) WITH ORDINALITY x(n, o)
                       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.n),
              'ref', (SELECT relname FROM pg_class WHERE oid = k.confrelid),
              'refcols', (SELECT json_agg(a.attname ORDER BY x.o) FROM unnest(k.confkey) WITH ORDINALITY x(n, o)
                       JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.n),
              'def', pg_get_constraintdef(k.oid)))
             FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
             WHERE c.relnamespace = current_schema()::regnamespace),
 'indexes', (SELECT json_agg(json_build_object('t', c.relname, 'name', i.relname, 'unique', x.indisunique,
              'cols', (SELECT json_agg(pg_get_indexdef(x.indexrelid, k, true) ORDER BY k)
                       FROM generate_series(1, x.indnkeyatts) k),
              'where', pg_get_expr(x.indpred, x.indrelid)))
             FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
             WHERE c.relnamespace = current_schema()::regnamespace
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid
                             AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u'))))
"""


def describe_pg(uri):
    out = subprocess.run(["psql", "-XqAt", "-v", "ON_ERROR_STOP=1", "-d", uri, "-c", PG_QUERY],
                         check=True, capture_output=True, text=True).stdout
    s = json.loads(out)
    tables = s["tables"] or []
    lines = []
    cols_of = {}
    for c in s["columns"] or []:
        cols_of.setdefault(c["t"], []).append(c)
    for t in tables:
        lines.append("table %s" % t)
        for c in cols_of.get(t, []):
            lines.append("column %s.%s %s notnull=%d default=%s%s" % (
                t, c["c"], norm_type(c["type"]), 1 if c["notnull"] else 0,
                "-" if c["identity"] else norm_default(c["default"]),
                " generated" if c["identity"] else ""))
        names = [c["c"] for c in cols_of.get(t, [])]
        for k in s["constraints"] or []:
            if k["t"] != t:
                continue
            if k["type"] == "p":
                lines.append("pk %s (%s)" % (t, ",".join(k["cols"])))
            elif k["type"] == "u":
                lines.append("unique %s (%s)" % (t, ",".join(k["cols"])))
            elif k["type"] == "f":
                lines.append("fk %s (%s) -> %s(%s)" % (t, ",".join(k["cols"]), k["ref"], ",".join(k["refcols"])))
            elif k["type"] == "c":
                expr = re.sub(r"^CHECK\s*", "", k["def"])
                lines.append("check %s %s" % (t, check_facts(expr, names)))
        for i in s["indexes"] or []:
            if i["t"] == t:
                lines.append("index %s %s unique=%d (%s) where=%s" % (
                    t, i["name"], 1 if i["unique"] else 0, ",".join(i["cols"]),
                    norm_expr(i["where"]) if i["where"] else "-"))
    return lines


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("sqlite", "postgresql"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    lines = describe_sqlite(sys.argv[2]) if sys.argv[1] == "sqlite" else describe_pg(sys.argv[2])
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
