#include "io/smtp.h"
#include <curl/curl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void env_copy(const char *name, char *out, size_t size)
{
    const char *v = getenv(name);
    snprintf(out, size, "%s", v ? v : "");
}

bool smtp_config_from_env(smtp_config *c)
{
    memset(c, 0, sizeof *c);
    env_copy("INCLUSIO_SMTP_URL", c->url, sizeof c->url);
    env_copy("INCLUSIO_SMTP_FROM", c->from, sizeof c->from);
    env_copy("INCLUSIO_SMTP_USER", c->user, sizeof c->user);
    const char *pf = getenv("INCLUSIO_SMTP_PASSWORD_FILE");
    if (pf && *pf) {
        FILE *f = fopen(pf, "r");
        if (f) {
            if (!fgets(c->password, sizeof c->password, f)) c->password[0] = '\0';
            c->password[strcspn(c->password, "\r\n")] = '\0';
            fclose(f);
        }
    }
    const char *tls = getenv("INCLUSIO_SMTP_TLS");
    c->require_tls = tls && strcmp(tls, "require") == 0;
    if (!c->from[0]) snprintf(c->from, sizeof c->from, "inclusio@localhost");
    return c->url[0] != '\0';
}

static void global_init_once(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

void smtp_global_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, global_init_once);
}

/* A header value as RFC 2047 encoded-word when it is not plain ASCII. */
static void encode_header(const char *v, char *out, size_t size)
{
    bool ascii = true;
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if (*p >= 0x80 || *p < 0x20) ascii = false;
    if (ascii) {
        snprintf(out, size, "%s", v);
        return;
    }
    size_t n = strlen(v);
    if (n > 180) n = 180;   /* a subject line, not a letter */
    char b64[256];
    sodium_bin2base64(b64, sizeof b64, (const unsigned char *)v, n, sodium_base64_VARIANT_ORIGINAL);
    snprintf(out, size, "=?UTF-8?B?%s?=", b64);
}

bool smtp_send(const smtp_config *c, const char *to, const char *subject, const char *body, char *err, int errsize)
{
    smtp_global_init();
    CURL *curl = curl_easy_init();
    if (!curl) {
        snprintf(err, (size_t)errsize, "libcurl kon niet starten");
        return false;
    }
    char from_hdr[300], to_hdr[300], subj[400], subj_hdr[420], date_hdr[64];
    snprintf(from_hdr, sizeof from_hdr, "From: %s", c->from);
    snprintf(to_hdr, sizeof to_hdr, "To: %s", to);
    encode_header(subject, subj, sizeof subj);
    snprintf(subj_hdr, sizeof subj_hdr, "Subject: %s", subj);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date_hdr, sizeof date_hdr, "Date: %a, %d %b %Y %H:%M:%S +0000", &tm);
    struct curl_slist *headers = NULL, *rcpt = NULL;
    headers = curl_slist_append(headers, date_hdr);
    headers = curl_slist_append(headers, from_hdr);
    headers = curl_slist_append(headers, to_hdr);
    headers = curl_slist_append(headers, subj_hdr);
    rcpt = curl_slist_append(rcpt, to);
    curl_mime *mime = curl_mime_init(curl);
    curl_mimepart *part = curl_mime_addpart(mime);
    curl_mime_data(part, body, CURL_ZERO_TERMINATED);
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, c->url);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, c->from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, c->require_tls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
    if (c->user[0]) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, c->user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, c->password);
    }
    CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        snprintf(err, (size_t)errsize, "%s", errbuf[0] ? errbuf : curl_easy_strerror(rc));
    curl_mime_free(mime);
    curl_slist_free_all(headers);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK;
}
