"""Typed fields of a brief or event, built from Pelican's metadata (pure: no Pelican imports)."""

from __future__ import annotations

import datetime as dt
import mimetypes
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from hub_model.dates import parse_datetime
from hub_model.taxonomy import Taxonomy, Term, split_list
from hub_model.visibility import Visibility, decide_visibility

NOTICES = {
    Visibility.DRAFT: "DRAF — belum terbit, hanya untuk pratinjau.",
    Visibility.EMBARGOED: "EMBARGO — belum boleh terbit sebelum tanggalnya, hanya untuk pratinjau.",
    Visibility.WITHDRAWN: "Informasi ini telah ditarik.",
    Visibility.EXPIRED: "Informasi ini sudah tidak berlaku dan tidak lagi ditampilkan di daftar.",
}


@dataclass(frozen=True)
class Image:
    """A brief's picture: where it is, what it shows, and what feeds need to enclose it."""

    path: str  # relative to the content folder, e.g. images/briefs/x.jpg
    url: str  # absolute
    alt: str
    length: int
    mime: str


@dataclass(frozen=True)
class ItemModel:
    """The campaign fields every brief and event carries, typed."""

    uid: str
    program: Term
    regions: tuple[Term, ...]
    hashtags: tuple[str, ...]
    share_text: str
    image: Image | None
    visibility: Visibility
    notice: str  # shown on withdrawn/expired pages; empty when public


def image_path(value: object) -> str:
    """Return an editor's ``Image:`` value as a path relative to the content folder."""
    return str(value).strip().removeprefix("{static}").lstrip("/")


STATIC_LINK = re.compile(r"""\{(?:static|attach)\}([^"'\s)<>]+)""")


def pictures_used(metadata: dict, html: str, source_dir: str) -> set[str]:
    """Return the content-relative paths of every file an item uses: its ``Image`` and ``{static}`` links."""
    used = {image_path(metadata["image"])} if metadata.get("image") else set()
    for raw in STATIC_LINK.findall(html or ""):
        path = unquote(raw.split("#", 1)[0].split("?", 1)[0])
        used.add(path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join(source_dir, path)))
    return used


def build_image(path: str, alt: str, siteurl: str, size_of: Callable[[str], int]) -> Image:
    """Describe the picture at ``path`` (relative to the content folder)."""
    clean = image_path(path)
    mime = mimetypes.guess_type(clean)[0] or "application/octet-stream"
    return Image(clean, f"{siteurl}/{clean}", alt.strip(), size_of(clean), mime)


def notice_for(visibility: Visibility, reason: str) -> str:
    """Return the notice a withdrawn or expired page shows."""
    base = NOTICES.get(visibility, "")
    return f"{base} Alasan: {reason.strip()}" if base and reason.strip() else base


def item_visibility(metadata: dict, tz: dt.tzinfo, now: dt.datetime) -> Visibility:
    """Decide visibility from the status, publication date and expiry in ``metadata``."""
    date = metadata.get("date")
    expires = metadata.get("expires")
    return decide_visibility(
        metadata.get("status"),
        parse_datetime(date, tz) if date else None,
        parse_datetime(expires, tz) if expires else None,
        now,
    )


def build_item(
    metadata: dict, taxonomy: Taxonomy, siteurl: str, visibility: Visibility, size_of: Callable[[str], int]
) -> ItemModel:
    """Build the typed campaign fields of one validated brief or event."""
    image = None
    if metadata.get("image"):
        image = build_image(str(metadata["image"]), str(metadata.get("image_alt", "")), siteurl, size_of)
    return ItemModel(
        uid=str(metadata["uid"]).strip().lower(),
        program=taxonomy.programs[str(metadata["program"]).strip()],
        regions=tuple(taxonomy.regions[slug] for slug in split_list(metadata["regions"])),
        hashtags=tuple(split_list(metadata.get("hashtags", ""))),
        share_text=str(metadata.get("share_text", "")).strip(),
        image=image,
        visibility=visibility,
        notice=notice_for(visibility, str(metadata.get("withdrawn_reason", ""))),
    )
