#!/usr/bin/env python3
"""An SMTP sink on the loopback for tests/mail/run.sh: aiosmtpd (Debian python3-aiosmtpd) with a
handler that writes every message it accepts to DIR/NNNN.eml, the envelope's recipients first in an
X-Envelope-To header. Usage: sink.py PORT DIR. Writes DIR/ready when it listens; stops on SIGTERM."""
import os
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class Folder:
    def __init__(self, folder):
        self.folder = folder
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = len([f for f in os.listdir(self.folder) if f.endswith('.eml')])
            path = os.path.join(self.folder, '%04d.eml' % n)
            with open(path + '.tmp', 'wb') as f:
                f.write(('X-Envelope-To: %s\r\n' % ','.join(envelope.rcpt_tos)).encode())
                f.write(envelope.original_content or envelope.content)
            os.rename(path + '.tmp', path)
        return '250 OK'


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Folder(folder), hostname='127.0.0.1', port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    open(os.path.join(folder, 'ready'), 'w').close()
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    main()
