"""Precompressed copies of the site's text files: ``x.html.br`` and ``x.html.gz`` beside ``x.html``.

nginx's ``brotli_static`` and ``gzip_static`` send them to clients that accept them, so no response
is compressed at request time. Each copy gets its source's modification time (one ``Last-Modified``
whichever encoding is sent), and both encoders are deterministic (gzip without a name or time in
its header), so the same source always gives the same bytes. When the source is the very file of
the previous build (``keep_unchanged`` linked it), the previous build's copies are linked too:
nothing is compressed again and rsync sees only what changed.
"""

from __future__ import annotations

import gzip
import os
import stat
from concurrent.futures import ThreadPoolExecutor

import brotli

SUFFIXES = (".html", ".css", ".js", ".mjs", ".xml", ".xsl", ".json", ".ics", ".svg", ".txt")
ENCODINGS = (".br", ".gz")
GZIP_LEVEL = 9
BROTLI_QUALITY = 11


def is_text(name: str) -> bool:
    """Tell whether a file of this name gets precompressed copies."""
    return name.endswith(SUFFIXES)


def encode(data: bytes, encoding: str) -> bytes:
    """Return ``data`` compressed for ``encoding`` (``.br`` or ``.gz``), the same bytes every time."""
    if encoding == ".br":
        return brotli.compress(data, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def text_files(folder: str) -> list[str]:
    """Return the site-relative paths of every text file in ``folder`` (regular files, sorted)."""
    found = []
    for dirpath, dirnames, names in os.walk(folder):
        dirnames.sort()
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            if is_text(name) and stat.S_ISREG(os.lstat(path).st_mode):
                found.append(os.path.relpath(path, folder))
    return found


def link_previous(previous: str, build: str, relative: str) -> bool:
    """Link the previous build's copies of an unchanged file; tell whether both were there."""
    if not previous:
        return False
    source = os.path.join(previous, relative)
    try:
        if not os.path.samefile(source, os.path.join(build, relative)):
            return False
    except FileNotFoundError:
        return False
    copies = [source + encoding for encoding in ENCODINGS]
    if not all(os.path.isfile(copy) and not os.path.islink(copy) for copy in copies):
        return False
    for copy, encoding in zip(copies, ENCODINGS, strict=True):
        os.link(copy, os.path.join(build, relative) + encoding)
    return True


def compress_file(path: str) -> None:
    """Write both compressed copies of one file, with its modification time."""
    with open(path, "rb") as handle:
        data = handle.read()
    times = os.stat(path)
    for encoding in ENCODINGS:
        with open(path + encoding, "wb") as handle:
            handle.write(encode(data, encoding))
        os.utime(path + encoding, ns=(times.st_atime_ns, times.st_mtime_ns))


def compress_site(build: str, previous: str = "", workers: int | None = None) -> tuple[int, int]:
    """Give every text file of ``build`` its ``.br`` and ``.gz``; return how many were compressed and linked."""
    files = text_files(build)
    todo = [relative for relative in files if not link_previous(previous, build, relative)]
    # brotli and zlib release the GIL while they work: threads use every core.
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        list(pool.map(compress_file, (os.path.join(build, relative) for relative in todo)))
    return len(todo), len(files) - len(todo)
