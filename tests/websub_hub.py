"""A small WebSub hub on 127.0.0.1 for tests: records every publish ping and answers as it is told."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class Hub:
    """Record ``hub.mode=publish`` pings; answer ``statuses`` in turn (then 204), or nothing at all (``silent``)."""

    def __init__(self, statuses: list[int] | None = None, silent: bool = False):
        self.pings: list[dict[str, list[str]]] = []
        self.statuses = list(statuses or [])
        self.silent = silent
        self.released = threading.Event()  # lets a silent hub's handlers end when the test closes it
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode("ascii"))
                if hub.silent:
                    hub.released.wait(5)  # never answers within the client's timeout
                    return
                hub.pings.append({**form, "_type": [self.headers.get("Content-Type", "")]})
                status = hub.statuses.pop(0) if hub.statuses else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def pinged(self) -> list[str]:
        """Return the feed URLs announced, in order."""
        return [url for ping in self.pings for url in ping.get("hub.url", [])]

    def close(self) -> None:
        """Stop the hub."""
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()
