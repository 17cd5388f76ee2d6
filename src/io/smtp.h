/* E-mail to the administrator's SMTP relay through libcurl (issue 17). The relay comes from the
 * environment: INCLUSIO_SMTP_URL (smtp://host:port or smtps://host:port; unset: no e-mail is sent,
 * the outbox keeps it), INCLUSIO_SMTP_FROM (the sender address), INCLUSIO_SMTP_USER and
 * INCLUSIO_SMTP_PASSWORD_FILE (a login, the password read from a file), INCLUSIO_SMTP_TLS
 * (require: STARTTLS or no mail; default: STARTTLS when the relay offers it). The message is built by
 * libcurl's MIME API: a UTF-8 text part, quoted-printable. */
#ifndef INC_IO_SMTP_H
#define INC_IO_SMTP_H
#include <stdbool.h>

typedef struct {
    char url[512], from[255], user[255], password[255];
    bool require_tls;
} smtp_config;

/* Reads the environment; false when no relay is configured (INCLUSIO_SMTP_URL unset or empty). */
bool smtp_config_from_env(smtp_config *c);

/* Sends one message; false with a one-line reason in err (no password in it) when the relay
 * refuses it or cannot be reached. smtp_global_init (libcurl's global set-up, once per process;
 * smtp_send calls it too) is best called before other threads start. */
void smtp_global_init(void);
bool smtp_send(const smtp_config *c, const char *to, const char *subject, const char *body, char *err, int errsize);

#endif
