"""One build's picture work, handed from reading (where items are processed) to writing (pure)."""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from images.cards import Fonts
from images.config import ImagesSettings
from images.pipeline import Stored
from images.sharing import CardJob
from images.store import Store

# A body link to a content file, as the reader leaves it for Pelican: {static}/images/a.jpg
CONTENT_LINK = re.compile(r"^(?:\{(?:static|attach)\}|%7B(?:static|attach)%7D)(.*)$", re.IGNORECASE)
RASTER = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


@dataclass
class ImagesJob:
    """What this build processes and writes: renditions and cards by output path, the sources used."""

    config: ImagesSettings
    store: Store
    fonts: Fonts
    font_digest: str
    files: dict[str, Stored] = field(default_factory=dict)
    cards: dict[str, CardJob] = field(default_factory=dict)
    photos: dict[str, str] = field(default_factory=dict)  # source path -> store key of its renditions


def start_job(config: ImagesSettings, cache_folder: str | None) -> ImagesJob:
    """Start a build's picture work (the fonts' bytes name every card)."""
    fonts = Fonts(config.font_bold, config.font_regular)
    font_digest = hashlib.sha256(Path(fonts.bold).read_bytes() + Path(fonts.regular).read_bytes()).hexdigest()
    return ImagesJob(config, Store(cache_folder), fonts, font_digest)


def is_raster(path: str) -> bool:
    """Tell whether a content file is a picture the pipeline processes (by its extension; bytes are checked)."""
    return path.lower().endswith(RASTER)


def linked_path(value: str, item_path: str) -> str | None:
    """Return the content-relative path a body link points at (``item_path``: the item's), or None."""
    match = CONTENT_LINK.match(value.strip())
    if match is None:
        return None
    rest = unquote(match.group(1))
    if rest.startswith("/"):
        return posixpath.normpath(rest.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(item_path), rest))
