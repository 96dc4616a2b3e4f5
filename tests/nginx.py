"""Run Debian's real nginx on 127.0.0.1 for tests: a complete throwaway configuration, one process.

``sh .ci/install-nginx`` installs it (``nginx-light`` and the brotli_static module). The
configuration comes from ``hub_build.nginx`` (the generator ``make nginx`` uses) and is written
into a temporary folder; everything nginx writes (pid, logs, temp folders) stays there. nginx
runs in the foreground with ``master_process off``, so it is one process running as the current
user (no worker switching to ``nobody``, who could not read a pytest temp folder), and it is
stopped by its PID.

The default ``server`` block serves a site folder and includes its ``nginx-redirects.conf``;
``extra`` adds lines to it, ``http_extra`` adds lines to the ``http`` block, and ``server`` can
replace the whole block (a callable receiving the site folder and the port): ``production_server``
is the production configuration (security headers, media types, caching, gzip/brotli static).

Typical use, one server per test module::

    @pytest.fixture(scope="module")
    def server(tmp_path_factory):
        site = ...  # write or build a site folder
        with running_nginx(site, tmp_path_factory.mktemp("nginx")) as running:
            yield running
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hub_build.nginx import HOST, compiled_without, nginx_path, server_block
from hub_build.nginx import command as nginx_command
from hub_build.nginx import main_conf as nginx_conf
from hub_build.nginx import test_conf as nginx_test_config
from hub_build.nginx import write_conf as write_main_conf
from ledger.rules import nginx_string

__all__ = ["compiled_without", "nginx_command", "nginx_conf", "nginx_path", "nginx_test_config", "production_server"]
START_TIMEOUT = 10.0


def production_server(site: Path, port: int) -> str:
    """Return the production ``server`` block (``hub_build.nginx``, as ``make nginx`` and deploy/nginx/hub.conf)."""
    return server_block(str(site), port)


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
    block = server(site, port) if server else default_server(site, port, extra)
    return write_main_conf(folder, block, http_extra)


@dataclass
class RunningNginx:
    """An nginx answering on 127.0.0.1:``port``."""

    port: int
    folder: Path
    process: subprocess.Popen

    def url(self, path: str) -> str:
        """Return the absolute URL of a path (``/berita/`` -> ``http://127.0.0.1:<port>/berita/``)."""
        return f"http://{HOST}:{self.port}{path}"

    def get(
        self, path: str, headers: dict[str, str] | None = None, method: str = "GET"
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        """GET ``path`` exactly as given (no encoding, redirects not followed): status, headers, body.

        The headers object is case-insensitive (``headers["location"]``); ``get_all`` lists repeats.
        """
        connection = http.client.HTTPConnection(HOST, self.port, timeout=10)
        try:
            connection.request(method, path, headers=headers or {})
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
