"""Build the Pagefind search index of a finished site (the one place that runs Pagefind)."""

from __future__ import annotations

import subprocess
import sys


def pagefind_command(site: str, language: str) -> list[str]:
    """Return the command that indexes ``site`` in place (bundle in ``site``/pagefind/)."""
    return [sys.executable, "-m", "pagefind", "--site", site, "--force-language", language, "--silent"]


def index_site(site: str, language: str) -> None:
    """Index the pages that carry ``data-pagefind-body``; raise with Pagefind's message on failure."""
    result = subprocess.run(pagefind_command(site, language), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        msg = f"Pagefind could not index {site}: {result.stderr.strip() or result.stdout.strip()}"
        raise RuntimeError(msg)
