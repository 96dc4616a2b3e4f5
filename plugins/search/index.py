"""Build the Pagefind search index from records, in shards, while the pages are being written.

The one place that runs Pagefind (the binary of the pinned ``pagefind[bin]`` wheel). Pagefind
needs about 200 KiB of memory per item it indexes, so the records are split into shards of at
most ``SEARCH_SHARD_SIZE`` items (each item's shard follows from its ``Uid``, so it stays put) and
each shard is its own bundle, ``pagefind/<n>/``; the search page merges them. Each record becomes
a small HTML page in a scratch folder, at its item's URL; Pagefind's command line indexes the
shards one after another in a background thread, started before the output phase and waited for
after it. A shard whose items did not change is linked from the last build instead.
(Pagefind's Python API answers one request per 0.1 s poll: far too slow for thousands of records.)
"""

from __future__ import annotations

import hashlib
import math
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import lxml.html
from lxml.html import builder as E

from search.records import Record

BUNDLE = "pagefind"


def shard_count(items: int, size: int) -> int:
    """Return how many shards ``items`` records take at ``size`` records a shard (at least one)."""
    return max(1, math.ceil(items / max(1, size)))


def shard_of(uid: str, shards: int) -> int:
    """Return the shard an item's records go to: from its permanent ``Uid``, so an edit moves nothing."""
    return int(hashlib.sha256(uid.encode()).hexdigest(), 16) % shards


def bundle_path(shard: int) -> str:
    """Return the site-relative folder of a shard's bundle."""
    return f"{BUNDLE}/{shard}/"


def record_page(record: Record) -> bytes:
    """Return the page Pagefind reads for one record: its title, picture and text, built by lxml.

    The title is the result's heading and is searched as such, but kept out of the text excerpts
    are cut from (it would repeat the heading); programme, regions and topics come after the text,
    weighted low, so a match elsewhere never starts the excerpt with them.
    """
    heading = E.H1(record.title, **{"data-pagefind-meta": "title", "data-pagefind-ignore": ""})
    body = [heading]
    if record.image:
        body.append(E.IMG(src=record.image, alt=record.image_alt))
    body += [E.P(paragraph) for paragraph in record.content.split("\n")]
    if record.terms:
        body.append(E.P(". ".join(record.terms) + ".", **{"data-pagefind-weight": "0.5"}))
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


def index_shard(records: list[Record], output: Path, language: str) -> None:
    """Index one shard's records into the bundle folder ``output``; raise with Pagefind's words on failure."""
    scratch = Path(tempfile.mkdtemp(prefix="hub-search-"))
    try:
        write_records(records, scratch)
        result = subprocess.run(
            pagefind_command(scratch, output, language), capture_output=True, text=True, check=False
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if result.returncode != 0:
        msg = f"Pagefind: {(result.stderr or result.stdout).strip() or result.returncode}"
        raise RuntimeError(msg)


class IndexJob:
    """Shards indexed one after another in a background thread; ``wait`` returns the error it ended with."""

    def __init__(self, shards: list[tuple[int, list[Record]]], site: str, language: str):
        self.error: Exception | None = None
        self.thread = threading.Thread(target=self._run, args=(shards, Path(site), language), daemon=True)
        self.thread.start()

    def _run(self, shards: list[tuple[int, list[Record]]], site: Path, language: str) -> None:
        try:
            for number, records in shards:
                index_shard(records, site / bundle_path(number), language)
        except Exception as exc:  # noqa: BLE001 (handed to the build as a problem by wait())
            self.error = exc

    def wait(self) -> Exception | None:
        """Wait for every shard to be written; return why indexing failed, or None."""
        self.thread.join()
        return self.error
