#!/usr/bin/env python3
"""Prints the messages of a sink folder from number FIRST on, one line each, sorted:
"recipient | subject" (subject decoded), for tests/mail/run.sh. With --body-to ADDRESS prints the
decoded text of the first message to that address instead."""
import email
import email.header
import email.policy
import os
import sys

folder = sys.argv[1]
if len(sys.argv) > 3 and sys.argv[2] == '--body-to':
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.eml'):
            continue
        with open(os.path.join(folder, name), 'rb') as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        if msg['X-Envelope-To'] == sys.argv[3]:
            print(msg.get_body(preferencelist=('plain',)).get_content())
            sys.exit(0)
    sys.exit(1)
first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
lines = []
for name in sorted(os.listdir(folder)):
    if not name.endswith('.eml') or int(name[:4]) < first:
        continue
    with open(os.path.join(folder, name), 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    lines.append('%s | %s' % (msg['X-Envelope-To'], str(msg['Subject'])))
print('\n'.join(sorted(lines)))
