"""Serve built sites and host pages on 127.0.0.1, and drive Debian's Chromium through Playwright.

Playwright never downloads a browser here: it launches the system ``chromium`` (``make test``
installs it with ``.ci/install-chromium``). Built sites are served with the response headers of
their own ``_headers`` (written by every build from ``hub_build.headers``), the file static hosts
read, so the widget's cross-origin fetch works only if it allows it, and every page runs under
the site's Content-Security-Policy. Pages are routed so that nothing ever leaves this machine: the fixture site's
own address (``SITEURL``) is answered from its output folder, and any other host is refused and
recorded.
"""

from __future__ import annotations

import mimetypes
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.site import SITEURL

# Headless flags for a sandbox-less CI container; no background traffic to Google.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TYPES = {".json": "application/json", ".js": "text/javascript", ".xml": "application/xml", ".ics": "text/calendar"}


def chromium_path() -> str:
    """Return the system Chromium; fail loudly (never skip) when it is missing."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).is_file():
        msg = "Chromium is missing: run `make browser` (or `sh .ci/install-chromium`) first"
        raise RuntimeError(msg)
    return found


def header_rules(text: str) -> list[tuple[re.Pattern, dict[str, str]]]:
    """Parse a Netlify/Cloudflare ``_headers`` file: a path pattern, then indented ``Name: value`` lines."""
    rules: list[tuple[re.Pattern, dict[str, str]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            pattern = "".join(".*" if part == "*" else re.escape(part) for part in re.split(r"(\*)", line.strip()))
            rules.append((re.compile(f"^{pattern}$"), {}))
        else:
            name, value = line.strip().split(":", 1)
            rules[-1][1][name.strip()] = value.strip()
    return rules


def headers_for(path: str, rules: list[tuple[re.Pattern, dict[str, str]]]) -> dict[str, str]:
    """Return the headers every rule matching ``path`` adds (as static hosts apply them)."""
    headers: dict[str, str] = {}
    for pattern, values in rules:
        if pattern.match(path):
            headers.update(values)
    return headers


@dataclass
class StaticSite:
    """A built site's output folder, answered the way a static host serves it."""

    root: Path
    rules: list = field(default_factory=list)

    def __post_init__(self):
        if not self.rules:
            self.rules = header_rules((self.root / "_headers").read_text(encoding="utf-8"))

    def respond(self, url_path: str) -> tuple[int, dict[str, str], bytes]:
        """Return status, headers and body for a URL path (folders serve their index.html)."""
        path = unquote(url_path)
        relative = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root.resolve()) or not target.is_file():
            return 404, {"Content-Type": "text/plain"}, b"not found"
        mime = TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if mime.startswith("text/") or mime in ("application/json", "application/xml"):
            mime += "; charset=utf-8"
        return 200, {"Content-Type": mime, **headers_for(path, self.rules)}, target.read_bytes()


class Server:
    """A threaded HTTP server on 127.0.0.1 with a random free port."""

    def __init__(self, respond):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                status, headers, body = respond(urlsplit(self.path).path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


def site_server(root: Path) -> Server:
    """Serve a built site (with its _headers) on its own port."""
    return Server(StaticSite(root).respond)


class HostServer(Server):
    """A blogger's site on another port: serves the pages the test puts in ``pages``."""

    def __init__(self):
        self.pages: dict[str, str] = {}
        super().__init__(self.respond)

    def respond(self, path: str) -> tuple[int, dict[str, str], bytes]:
        """Return a registered page, or 404."""
        if path not in self.pages:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, self.pages[path].encode("utf-8")

    def page(self, path: str, body: str, head: str = "") -> str:
        """Register a host page and return its URL (no favicon request: the icon is inline)."""
        self.pages[path] = (
            '<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
            f"<title>Blog kreator</title>{head}</head><body><h1>Blog kreator</h1>{body}</body></html>"
        )
        return self.url + path


@dataclass
class Session:
    """One page with what it logged: console errors, uncaught errors, dialogs, refused requests."""

    page: object
    errors: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    foreign: list = field(default_factory=list)


def open_session(browser, site: StaticSite, **context_options) -> Session:
    """Open a page whose requests never leave this machine: SITEURL is answered from ``site``."""
    context = browser.new_context(**context_options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    session = Session(page)

    def route(route):
        url = urlsplit(route.request.url)
        if route.request.url.startswith(SITEURL + "/"):
            status, headers, body = site.respond(url.path)
            route.fulfill(status=status, headers=headers, body=body)
        elif url.hostname == "127.0.0.1" or url.scheme == "data":
            route.continue_()
        else:
            session.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and session.errors.append(message.text))
    page.on("pageerror", lambda error: session.errors.append(str(error)))

    def dismiss(dialog):
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return session
