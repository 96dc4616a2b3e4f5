"""Serve a built site on 127.0.0.1 and rebuild it after every change (``make devserver``, ``make preview``).

Each rebuild runs in a fresh process (plugin code edits take effect, nothing leaks between
builds) and switches the output atomically, so the server always answers from a complete site.
After a build fails, its problems are printed once and the server keeps the previous site until
the next change: a build never repeats without a change (Pelican's own autoreload retries a
failed build in a loop).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from watchfiles import watch

from hub_build.build import ROOT


def serve_forever(output: Path, host: str, port: int) -> threading.Thread:
    """Serve ``output`` (followed through its symlink on every request) in a background thread."""
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer  # noqa: PLC0415

    class Quiet(ComplexHTTPRequestHandler):
        def log_message(self, msg_format, *args):
            """Do not print one line per request."""

    RootedHTTPServer.allow_reuse_address = True
    httpd = RootedHTTPServer(str(output), (host, port), Quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return thread


def watched_paths(content: Path, settings_file: Path) -> list[Path]:
    """Return what a rebuild depends on: content, theme, plugins and settings."""
    return [content, ROOT / "theme", ROOT / "plugins", settings_file]


def rebuild(command: list[str]) -> int:
    """Run one build in a fresh process; return its exit status."""
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def develop(command: list[str], content: Path, settings_file: Path, output: Path, *, host: str, port: int) -> int:
    """Build, serve, and rebuild once per change until interrupted."""
    rebuild(command)
    if not output.exists():
        print("Belum ada situs untuk ditampilkan: perbaiki masalah di atas; build diulang setiap ada perubahan.")
    serve_forever(output, host, port)
    print(f"Situs di http://{host}:{port}/ — dibangun ulang setiap ada perubahan; Ctrl+C untuk berhenti.", flush=True)
    ignore = (".swap-", ".builds", "__pycache__", ".pyc", "~", ".#", ".swp")
    try:
        for changes in watch(*watched_paths(content, settings_file), rust_timeout=0, yield_on_timeout=False):
            changed = sorted({path for _, path in changes if not any(part in path for part in ignore)})
            if not changed:
                continue
            print(f"Berubah: {', '.join(Path(p).name for p in changed[:5])} — membangun ulang…", flush=True)
            rebuild(command)
    except KeyboardInterrupt:
        return 0
    return 0


def main_command(args: list[str]) -> list[str]:
    """Return the command that builds once with the same options."""
    return [sys.executable, "-m", "hub_build", *args]
