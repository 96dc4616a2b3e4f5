"""`make devserver` and `make preview` for real: served on 127.0.0.1, rebuilt once per change, never in a loop.

The preview is a separate site: its own address (every link in it stays there), its own folder,
drafts and embargoed items shown as they will look (listed, bannered), everything ``noindex``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import lxml.html
import pytest

from tests.conftest import FIXTURE
from tests.site import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A `python -m hub_build devserver|preview` process, its log collected line by line."""

    def __init__(self, command: str, content: Path, output: Path):
        self.port = free_port()
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hub_build", command, "--content", str(content), "--output", str(output)]
            + ["--port", str(self.port)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONPATH": "plugins", "HUB_NOW": "2026-06-15 12:00", "PYTHONUNBUFFERED": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def get(self, path: str = "") -> bytes:
        with urllib.request.urlopen(self.url(path), timeout=5) as response:  # noqa: S310 (our own server)
            return response.read()

    def wait_for(self, test, timeout: float = 60.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                found = test()
            except OSError:
                found = None
            if found:
                return found
            time.sleep(0.2)
        raise AssertionError("timed out; log so far:\n" + "\n".join(self.lines))

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def content(tmp_path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_the_preview_is_its_own_site_showing_drafts_as_they_will_look(content, tmp_path):
    server = Server("preview", content, tmp_path / "preview")
    try:
        home = server.wait_for(server.get)
        doc = lxml.html.fromstring(home)
        draft_links = [a for a in doc.xpath("//a/@href") if "rahasia-draf-jangan-terbit" in a]
        assert draft_links and all(link.startswith(server.url()) for link in draft_links)  # listed, own address
        page = server.get("berita/rahasia-draf-jangan-terbit/").decode()
        assert "PRATINJAU" in page and "DRAF" in page
        assert "Rahasia Draf" in server.get("berita/rss.xml").decode()  # the same rule for feeds
        assert server.get("robots.txt").decode() == "User-agent: *\nDisallow: /\n"
        assert "noindex" in page
        assert not (tmp_path / "output").exists()  # the public folder is never touched
    finally:
        server.stop()


def test_the_devserver_rebuilds_once_per_change_and_never_loops_on_an_error(content, tmp_path):
    server = Server("devserver", content, tmp_path / "output")
    brief = content / "briefs" / "beta.md"
    good = brief.read_text(encoding="utf-8")
    try:
        server.wait_for(lambda: b"Pasar Tani Daring" in server.get("berita/pasar-tani-daring-ramai-pembeli/"))
        assert server.count("Selesai dalam") == 1
        brief.write_text(good.replace("Program: pemulihan-ekonomi", "Program: ekonomi"), encoding="utf-8")
        error = "content/briefs/beta.md:4: Program: program tidak dikenal: 'ekonomi'"
        server.wait_for(lambda: server.count(error))
        time.sleep(5)  # a retry loop would rebuild (and print the error again) within this time
        assert server.count(error) == 1
        assert server.count("Build dihentikan") == 1
        [line] = [line for line in server.lines if line.startswith(error)]
        assert " — pakai salah satu slug program" in line  # one problem, one line: never wrapped
        assert b"Pasar Tani Daring" in server.get("berita/pasar-tani-daring-ramai-pembeli/")  # old site still served
        brief.write_text(good.replace("Petani menjual", "Petani kini menjual"), encoding="utf-8")
        server.wait_for(lambda: server.count("Selesai dalam") == 2)
        assert b"Petani kini menjual" in server.get("berita/pasar-tani-daring-ramai-pembeli/")
        assert all("Traceback" not in line and "Could not process" not in line for line in server.lines)
    finally:
        server.stop()
