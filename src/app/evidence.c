#include "app/evidence.h"
#include "app/audit_json.h"
#include "core/settlement.h"
#include "store/register.h"
#include "store/settlement_store.h"
#include <magic.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* The MIME type libmagic reads from the content ("" when it cannot tell). */
static void detect_mime(const void *data, size_t size, char *out, size_t out_size)
{
    out[0] = '\0';
    magic_t m = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS);
    if (!m) return;
    if (magic_load(m, NULL) == 0) {
        const char *t = magic_buffer(m, data, size);
        if (t) snprintf(out, out_size, "%s", t);
    }
    magic_close(m);
}

static json_t *evidence_json(const evidence_row *r)
{
    return json_pack("{s:I, s:I, s:s, s:s, s:I, s:s, s:s, s:s}", "id", (json_int_t)r->id, "realisation_id",
                     (json_int_t)r->realisation_id, "filename", r->filename ? r->filename : "", "mime",
                     r->mime ? r->mime : "", "size", (json_int_t)r->size_bytes, "sha256", r->sha256 ? r->sha256 : "",
                     "uploaded_by", r->uploaded_by ? r->uploaded_by : "", "uploaded_at",
                     r->uploaded_at ? r->uploaded_at : "");
}

static void collect(void *user, const evidence_row *r) { json_array_append_new(user, evidence_json(r)); }

static inc_status add_in_tx(inc_db *db, int64_t rid, const char *name, const char *mime, const void *data, size_t size,
                            json_t **out, inc_error *e)
{
    int64_t contract_id, value;
    char status[16];
    if (realisation_state(db, rid, &contract_id, status, &value, e) != INC_OK) return e->status;
    if (strcmp(status, "gemeld") != 0)
        return inc_fail(e, INC_ECONFLICT, "realisation", "realisatie %lld is al beoordeeld (%s); bewijs hoort bij de melding",
                        (long long)rid, status);
    if (evidence_count(db, rid) >= EVIDENCE_MAX_FILES)
        return inc_fail(e, INC_ECONFLICT, "file", "er zijn al %d bewijsstukken bij deze realisatie (het maximum)",
                        EVIDENCE_MAX_FILES);
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, data, size);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    int64_t id;
    if (evidence_insert(db, rid, name, mime, data, size, hex, &id, e) != INC_OK) return e->status;
    if (app_audit_json(db, "upload", "evidence", id,
                       json_pack("{s:I, s:s, s:s, s:I, s:s}", "realisation", (json_int_t)rid, "filename", name, "mime",
                                 mime, "size", (json_int_t)size, "sha256", hex),
                       e) != INC_OK)
        return e->status;
    json_t *list = json_array();
    inc_status s = evidence_get(db, id, collect, list, e);
    if (s == INC_OK) {
        *out = json_incref(json_array_get(list, 0));
        json_object_del(*out, "content");
    }
    json_decref(list);
    return s;
}

inc_status app_evidence_add(inc_db *db, int64_t realisation_id, const char *filename, const void *data, size_t size,
                            json_t **out, inc_error *e)
{
    char mime[128] = "";
    if (size > 0 && size <= EVIDENCE_MAX_BYTES) detect_mime(data, size, mime, sizeof mime);
    if (evidence_check(size, mime, e) != INC_OK) return e->status;
    char name[128];
    evidence_clean_name(filename, name, sizeof name);
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, add_in_tx(db, realisation_id, name, mime, data, size, out, e), e);
}

inc_status app_evidence_list(inc_db *db, int64_t realisation_id, json_t **out, inc_error *e)
{
    json_t *items = json_array();
    if (evidence_list(db, realisation_id, collect, items, e) != INC_OK) {
        json_decref(items);
        return e->status;
    }
    *out = json_pack("{s:o}", "items", items);
    return INC_OK;
}

inc_status app_evidence_realisation(inc_db *db, int64_t evidence_id, int64_t *realisation_id, inc_error *e)
{
    return evidence_realisation(db, evidence_id, realisation_id, e);
}

typedef struct {
    app_evidence_fn fn;
    void *user;
    int64_t realisation_id;
    char filename[128];
} open_state;

static void deliver(void *user, const evidence_row *r)
{
    open_state *s = user;
    s->realisation_id = r->realisation_id;
    snprintf(s->filename, sizeof s->filename, "%s", r->filename ? r->filename : "");
    s->fn(s->user, r->filename, r->mime, r->content, (size_t)r->size_bytes);
}

static inc_status open_in_tx(inc_db *db, int64_t id, open_state *s, inc_error *e)
{
    if (evidence_get(db, id, deliver, s, e) != INC_OK) return e->status;
    return app_audit_json(db, "view", "evidence", id,
                          json_pack("{s:I, s:s}", "realisation", (json_int_t)s->realisation_id, "filename", s->filename), e);
}

inc_status app_evidence_open(inc_db *db, int64_t evidence_id, app_evidence_fn fn, void *user, inc_error *e)
{
    open_state s = {fn, user, 0, ""};
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    return db_end(db, own, open_in_tx(db, evidence_id, &s, e), e);
}
