"""Processed pictures kept between builds, by the digest of what made them (source bytes and settings).

Entries live in ``<HUB_CACHE_PATH>/images/<key>/``: one file per rendition and an index of them, each
written atomically, and the source's ``Facts`` (what decoding it found), kept for every source
checked, written or not. The key already names everything an entry depends on, so an entry is never
stale; without a cache folder (a cold build) entries are kept in memory for this build only.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import astuple, dataclass
from pathlib import Path

from images.process import Encoded

INDEX = "index.json"
FACTS = "facts.json"


@dataclass(frozen=True)
class Facts:
    """What decoding a source found: its upright size, or why it is no usable picture."""

    width: int = 0
    height: int = 0
    bad: tuple[str, str] | None = None  # (message, fix), Indonesian


def digest(*parts: bytes | str) -> str:
    """Return the key of an entry made from ``parts``."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode() if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` so that no half-written file is ever seen there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Store:
    """Encoded pictures by key: in the cache folder, or in memory when there is none.

    With a cache folder only the few entries used last are also held in memory (renditions are
    written one file at a time, cards are drawn once), so the build's memory does not grow with
    the archive's pictures and cards.
    """

    RECENT = 16

    def __init__(self, folder: str | os.PathLike | None):
        self.folder = Path(folder) / "images" if folder else None
        self.memory: dict[str, list[Encoded]] = {}
        self.known: dict[str, Facts] = {}  # facts found or read this build (small: kept for every source)

    def remember(self, key: str, encoded: list[Encoded]) -> None:
        """Hold an entry in memory (all of them without a cache folder, the last few with one)."""
        self.memory.pop(key, None)
        self.memory[key] = encoded
        if self.folder is not None and len(self.memory) > self.RECENT:
            del self.memory[next(iter(self.memory))]

    def get(self, key: str) -> list[Encoded] | None:
        """Return the renditions kept under ``key``, or None."""
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        entry = self.folder / key
        try:
            index = json.loads((entry / INDEX).read_text())
            found = [Encoded(w, h, fmt, (entry / name).read_bytes()) for w, h, fmt, name in index]
        except (OSError, ValueError, TypeError):
            return None
        self.remember(key, found)
        return found

    def put(self, key: str, encoded: list[Encoded]) -> None:
        """Keep renditions under ``key``."""
        self.remember(key, encoded)
        if self.folder is None:
            return
        entry = self.folder / key
        index = []
        for number, item in enumerate(encoded):
            name = f"{number}.{item.extension}"
            write_atomic(entry / name, item.data)
            index.append([item.width, item.height, item.format, name])
        write_atomic(entry / INDEX, json.dumps(index).encode())

    def made(self, key: str, make) -> list[Encoded]:
        """Return the renditions under ``key``, calling ``make()`` and keeping its result when there are none."""
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found

    def facts(self, key: str, find) -> Facts:
        """Return the facts of the source under ``key``, calling ``find()`` (and keeping its result) when unknown."""
        if key in self.known:
            return self.known[key]
        found = self._read_facts(key)
        if found is None:
            found = find()
            if self.folder is not None:
                write_atomic(self.folder / key / FACTS, json.dumps(astuple(found)).encode())
        self.known[key] = found
        return found

    def _read_facts(self, key: str) -> Facts | None:
        """Return the facts kept in the cache folder under ``key`` (None when absent or unreadable)."""
        if self.folder is None:
            return None
        try:
            width, height, bad = json.loads((self.folder / key / FACTS).read_text())
            return Facts(int(width), int(height), (str(bad[0]), str(bad[1])) if bad else None)
        except (OSError, ValueError, TypeError, IndexError):
            return None
