"""Read every item file of a build at once, before Pelican asks for the first one: cached, or on every core.

Parsing and rendering Markdown is most of a build's reading time and each file is independent, so
files unchanged since the last build come from the cache and the others are read by a pool of
worker processes; Pelican's readers pick the results up (``HubReader.read``). Results are the
same objects a serial read gives (``reading.read_file``); ``HUB_WORKERS`` (setting, or
environment variable) chooses how many processes (1: no pool).
"""

from __future__ import annotations

import fnmatch
import multiprocessing
import os
import threading

from hub_model.parallel import workers
from hub_model.schema import KIND_BY_FOLDER
from validation.reading import Reading, markdown_for, read_guarded, slugger, source_digest, still_valid

# Below this many files a pool costs more than it saves.
POOL_MINIMUM = 64
CHUNK = 16

# Each worker's own reading tools, set once when the worker starts (worker processes only).
_worker: dict = {}


def item_files(root: str, ignore: list[str]) -> list[str]:
    """List every ``.md`` file of the item folders, content-relative, as Pelican's generators will ask for them."""
    found = []
    for folder in KIND_BY_FOLDER:
        for dirpath, dirs, files in os.walk(os.path.join(root, folder)):
            dirs[:] = [d for d in dirs if not any(fnmatch.fnmatch(d, p) for p in ignore)]
            for name in files:
                if name.endswith(".md") and not any(fnmatch.fnmatch(name, p) for p in ignore):
                    found.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
    return sorted(found)


def start_worker(root: str, ctx, settings: dict) -> None:
    """Set up a worker's reading tools (runs once in each worker process)."""
    _worker.update(root=root, ctx=ctx, slug=slugger(settings), markdown=markdown_for(settings))


def read_in_worker(relative: str) -> tuple[str, Reading | None]:
    """Read one file in a worker process."""
    w = _worker
    return relative, read_guarded(w["root"], relative, w["ctx"], w["slug"], w["markdown"])


def pool_context():
    """Fork when this process runs no other thread (fast, and safe then); otherwise start clean processes."""
    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")


def prefetch(settings: dict, run) -> dict[str, Reading]:
    """Read every item file of the content folder; return content-relative path -> Reading.

    A file whose bytes (and the files it refers to) are unchanged since the last successful build
    is taken from the cache; the others are read by a pool of worker processes when there are
    enough of them, else one by one. What this build read is handed to the cache for the next.
    """
    files = item_files(run.content_root, settings["IGNORE_FILES"])
    cached = run.cache.previous.get("readings", {}) if run.cache else {}
    readings, todo = {}, []
    for relative in files:
        with open(os.path.join(run.content_root, relative), "rb") as handle:
            digest = source_digest(relative, handle.read())
        old = cached.get(relative)
        if old is not None and still_valid(old, run.content_root, digest):
            readings[relative] = old
        else:
            todo.append(relative)
    readings.update(read_all(settings, run, todo))
    if run.cache:
        run.cache.current["readings"] = dict(readings)
    return readings


def read_all(settings: dict, run, files: list[str]) -> dict[str, Reading]:
    """Read ``files`` in a pool of worker processes when that pays, else here."""
    count = min(workers(settings), max(1, len(files) // CHUNK))
    plain = {key: settings[key] for key in ("MARKDOWN", "SLUG_REGEX_SUBSTITUTIONS") if key in settings}
    if count < 2 or len(files) < POOL_MINIMUM:
        slug, markdown = slugger(plain), markdown_for(plain)
        return {f: read_guarded(run.content_root, f, run.parse_context, slug, markdown) for f in files}
    with pool_context().Pool(
        count, initializer=start_worker, initargs=(run.content_root, run.parse_context, plain)
    ) as pool:
        return dict(pool.imap_unordered(read_in_worker, files, chunksize=CHUNK))
