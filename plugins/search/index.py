"""Build the Pagefind search index from records, while the pages are being written.

The one place that runs Pagefind (the binary of the pinned ``pagefind[bin]`` wheel). Each record
becomes a small HTML page in a scratch folder, at the path of the item's real page; Pagefind's
command line indexes that folder in a separate process, started before the output phase and
waited for after it, and writes its bundle straight into ``<site>/pagefind/``. (Pagefind's Python
API answers one request per 0.1 s poll: far too slow for thousands of records.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html
from lxml.html import builder as E

from search.records import Record

BUNDLE = "pagefind"


def record_page(record: Record) -> bytes:
    """Return the page Pagefind reads for one record: its title, picture and text, built by lxml."""
    body = [E.H1(record.title)]
    if record.image:
        body.append(E.IMG(src=record.image, alt=record.image_alt))
    body += [E.P(paragraph) for paragraph in record.content.split("\n")]
    page = E.HTML(E.HEAD(E.META(charset="utf-8"), E.TITLE(record.title)), E.BODY(E.MAIN(*body)), lang="id")
    return lxml.html.tostring(page, doctype="<!doctype html>", encoding="utf-8")


def write_records(records: list[Record], folder: Path) -> None:
    """Write each record's page at its URL's path inside ``folder``."""
    for record in records:
        target = folder / record.url.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(record_page(record))


def pagefind_command(site: Path, output: Path, language: str) -> list[str]:
    """Return the command that indexes the pages of ``site`` into ``output``."""
    return [
        *(sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(output)),
        *("--force-language", language, "--silent"),
    ]


class IndexJob:
    """Pagefind indexing the records in its own process; ``wait`` returns the error it ended with, if any."""

    def __init__(self, records: list[Record], site: str, language: str):
        self.scratch = Path(tempfile.mkdtemp(prefix="hub-search-"))
        write_records(records, self.scratch)
        command = pagefind_command(self.scratch, Path(site) / BUNDLE, language)
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> Exception | None:
        """Wait for the index to be written; return why indexing failed, or None."""
        try:
            output, _ = self.process.communicate()
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)
        if self.process.returncode != 0:
            return RuntimeError(f"Pagefind: {output.strip() or self.process.returncode}")
        return None
