"""Run Debian's real nginx on 127.0.0.1 for tests: a complete throwaway configuration, one process.

``sh .ci/install-nginx`` installs it (``nginx-light`` and the brotli_static module). The
configuration is written into a temporary folder and everything nginx writes (pid, logs, temp
folders) stays there; nginx runs in the foreground with ``master_process off``, so it is one
process running as the current user (no worker switching to ``nobody``, who could not read a
pytest temp folder), and it is stopped by its PID.

The default ``server`` block serves a site folder and includes its ``nginx-redirects.conf``;
``extra`` adds lines to it, ``http_extra`` adds lines to the ``http`` block, and ``server`` can
replace the whole block (a callable receiving the site folder and the port), so a production-like
configuration (security headers, gzip/brotli static) can be tested the same way.

Typical use, one server per test module::

    @pytest.fixture(scope="module")
    def server(tmp_path_factory):
        site = ...  # write or build a site folder
        with running_nginx(site, tmp_path_factory.mktemp("nginx")) as running:
            yield running
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ledger.rules import nginx_string

HOST = "127.0.0.1"
MODULES = Path("/usr/lib/nginx/modules")
BROTLI_MODULES = ("ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")
# Used only when Debian's mime.types is missing.
FALLBACK_TYPES = {
    "text/html": "html",
    "text/css": "css",
    "text/javascript": "js",
    "application/json": "json",
    "application/xml": "xml",
    "text/calendar": "ics",
    "text/plain": "txt",
    "image/svg+xml": "svg",
    "image/png": "png",
    "image/jpeg": "jpg jpeg",
    "image/webp": "webp",
    "font/woff2": "woff2",
}
TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
START_TIMEOUT = 10.0


def nginx_path() -> str:
    """Return the nginx binary; fail loudly (never skip) when it is missing."""
    found = os.environ.get("NGINX") or shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(found).is_file():
        msg = "nginx is missing: run `sh .ci/install-nginx` first (it installs Debian's nginx-light)"
        raise RuntimeError(msg)
    return found


def compiled_without() -> set[str]:
    """Return the modules this nginx was configured without (``--without-http_uwsgi_module`` -> ``uwsgi``)."""
    result = subprocess.run([nginx_path(), "-V"], capture_output=True, text=True, check=True)
    words = (result.stdout + result.stderr).split()
    return {word[len("--without-http_") : -len("_module")] for word in words if word.startswith("--without-http_")}


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def default_server(site: Path, port: int, extra: str = "") -> str:
    """Return a ``server`` block serving ``site`` on 127.0.0.1:``port`` with its redirect rules."""
    lines = [
        f"listen {HOST}:{port};",
        f"root {nginx_string(str(site))};",
        "index index.html;",
        f"include {nginx_string(str(site / 'nginx-redirects.conf'))};",
        *extra.splitlines(),
    ]
    return "server {\n" + "".join(f"    {line}\n" for line in lines) + "}\n"


def nginx_conf(folder: Path, server_block: str, http_extra: str = "") -> str:
    """Return a complete ``nginx.conf`` that keeps everything nginx writes inside ``folder``."""
    q = nginx_string
    main = ["daemon off;", "master_process off;", f"pid {q(str(folder / 'nginx.pid'))};"]
    main.append(f"error_log {q(str(folder / 'error.log'))} notice;")
    main[:0] = [f"load_module {q(str(MODULES / name))};" for name in BROTLI_MODULES if (MODULES / name).is_file()]
    without = compiled_without()
    http = [f"{name}_temp_path {q(str(folder / 'temp' / name))};" for name in TEMP_PATHS if name not in without]
    http.append(f"access_log {q(str(folder / 'access.log'))};")
    if MIME_TYPES.is_file():
        http.append(f"include {q(str(MIME_TYPES))};")
    else:
        http.append("types { " + " ".join(f"{kind} {ext};" for kind, ext in FALLBACK_TYPES.items()) + " }")
    http += ["default_type application/octet-stream;", *http_extra.splitlines()]
    body = "".join(f"    {line}\n" for line in http)
    block = "".join(f"    {line}\n" for line in server_block.splitlines())
    return "\n".join(main) + "\nevents {\n    worker_connections 64;\n}\nhttp {\n" + body + block + "}\n"


def write_nginx_conf(
    folder: Path,
    site: Path,
    port: int,
    *,
    extra: str = "",
    http_extra: str = "",
    server: Callable[[Path, int], str] | None = None,
) -> Path:
    """Write ``nginx.conf`` (and its temp folders) into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TEMP_PATHS:
        (folder / "temp" / name).mkdir(parents=True, exist_ok=True)
    block = server(site, port) if server else default_server(site, port, extra)
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder, block, http_extra), encoding="utf-8")
    return conf


def nginx_command(conf: Path, *args: str) -> list[str]:
    """Return an nginx command line reading ``conf`` with its folder as prefix and error log."""
    folder = conf.parent
    return [nginx_path(), "-p", f"{folder}/", "-c", str(conf), "-e", str(folder / "error.log"), *args]


def nginx_test_config(conf: Path) -> tuple[bool, str]:
    """Run ``nginx -t`` on ``conf``; return whether nginx accepts it and what it printed."""
    result = subprocess.run(nginx_command(conf, "-t"), capture_output=True, text=True, check=False)
    return result.returncode == 0, result.stdout + result.stderr


@dataclass
class RunningNginx:
    """An nginx answering on 127.0.0.1:``port``."""

    port: int
    folder: Path
    process: subprocess.Popen

    def url(self, path: str) -> str:
        """Return the absolute URL of a path (``/berita/`` -> ``http://127.0.0.1:<port>/berita/``)."""
        return f"http://{HOST}:{self.port}{path}"

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
        """GET ``path`` exactly as given (no encoding, redirects not followed): status, headers, body.

        The headers object is case-insensitive (``headers["location"]``); ``get_all`` lists repeats.
        """
        connection = http.client.HTTPConnection(HOST, self.port, timeout=10)
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def error_log(self) -> str:
        """Return what nginx logged so far (for assertion messages)."""
        log = self.folder / "error.log"
        return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = START_TIMEOUT) -> bool:
    """Wait until 127.0.0.1:``port`` accepts connections; False if nginx exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def stop(process: subprocess.Popen) -> None:
    """Stop the nginx we started, by its PID (fast shutdown, then kill if it lingers)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def running_nginx(
    site: Path,
    folder: Path,
    *,
    extra: str = "",
    http_extra: str = "",
    server: Callable[[Path, int], str] | None = None,
) -> Iterator[RunningNginx]:
    """Start nginx serving ``site`` (configuration and logs in ``folder``); stop it on exit.

    Raises ``RuntimeError`` with nginx's output when the configuration is refused or nginx does
    not answer (a port taken between choosing and binding it is retried).
    """
    output = ""
    for _attempt in range(3):
        port = free_port()
        conf = write_nginx_conf(folder, site, port, extra=extra, http_extra=http_extra, server=server)
        ok, output = nginx_test_config(conf)
        if not ok:
            msg = f"nginx refused the configuration {conf}:\n{output}"
            raise RuntimeError(msg)
        with (folder / "nginx.out").open("wb") as out:
            process = subprocess.Popen(nginx_command(conf), stdin=subprocess.DEVNULL, stdout=out, stderr=out)
        running = RunningNginx(port, folder, process)
        try:
            if wait_for_port(port, process):
                yield running
                return
        finally:
            stop(process)
        output = (folder / "nginx.out").read_text(encoding="utf-8", errors="replace") + running.error_log()
    msg = f"nginx did not start on {HOST}:{port}:\n{output}"
    raise RuntimeError(msg)
