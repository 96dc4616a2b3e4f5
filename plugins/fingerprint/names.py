"""Content-addressed names for the theme's static files (pure).

A fingerprinted copy of ``css/main.css`` is ``hashed/css/main.<10 hex digits>.css``: its name
changes whenever its bytes do, so it can be cached for a year (``immutable``) while the page that
names it is revalidated. The copies sit in their own folder so one path prefix matches all of them
on every host (nginx locations, ``_headers`` rules).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import PurePosixPath

FOLDER = "hashed"
DIGITS = 10


def hashed_path(relative: str, data: bytes) -> str:
    """Return the fingerprinted path of a static file (``css/main.css`` → ``hashed/css/main.1a2b3c4d5e.css``)."""
    path = PurePosixPath(relative)
    digest = hashlib.sha256(data).hexdigest()[:DIGITS]
    return str(PurePosixPath(FOLDER) / path.parent / f"{path.stem}.{digest}{path.suffix}")


def fingerprint_table(files: dict[str, bytes]) -> dict[str, str]:
    """Map each static file's relative path to its fingerprinted path."""
    return {relative: hashed_path(relative, data) for relative, data in sorted(files.items())}


def read_static(folder: str) -> dict[str, bytes]:
    """Read every file below ``folder`` (the theme's ``static``), keyed by its ``/``-separated relative path."""
    files = {}
    for dirpath, dirnames, names in os.walk(folder):
        dirnames.sort()
        for name in names:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder).replace(os.sep, "/")] = handle.read()
    return files
