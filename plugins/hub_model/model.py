"""Typed fields of a brief, event or page, from the values the reader parsed (pure: no Pelican imports)."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import dataclass

from hub_model.taxonomy import Term
from hub_model.visibility import Placement, Visibility, decide_visibility

NOTICES = {
    Visibility.DRAFT: "DRAF — belum terbit, hanya untuk pratinjau.",
    Visibility.EMBARGOED: "EMBARGO — belum boleh terbit sebelum tanggalnya, hanya untuk pratinjau.",
    Visibility.WITHDRAWN: "Informasi ini telah ditarik.",
    Visibility.EXPIRED: "Informasi ini sudah tidak berlaku dan tidak lagi ditampilkan di daftar.",
}


@dataclass(frozen=True)
class Rendition:
    """One processed copy of a picture (or a share card): where it is published and what it is."""

    url: str  # absolute
    width: int
    height: int
    length: int
    mime: str


@dataclass(frozen=True)
class Image:
    """An item's picture: where it is, what it shows, and what feeds need to enclose it.

    Once the images plugin has processed it, ``url``/``length``/``mime``/``width``/``height`` describe
    the copy handed out (feeds, downloads, republished copies: the largest JPEG rendition) and
    ``renditions`` every published size and format; the source file itself is never published.
    """

    path: str  # relative to the content folder, e.g. images/briefs/x.jpg
    url: str  # absolute
    alt: str
    length: int
    mime: str
    credit: str = ""  # who the picture is by (Image_Credit; the images plugin fills in the site's name)
    width: int = 0  # 0: not known (not processed)
    height: int = 0
    renditions: tuple[Rendition, ...] = ()


@dataclass(frozen=True)
class ShareCard:
    """A generated share picture of an item: Open Graph (1200×630), square or vertical."""

    name: str  # "og", "square", "vertical"
    label: str  # Indonesian: "Unduh kartu 1200×630"
    url: str  # absolute
    width: int
    height: int
    path: str  # site-relative output path
    alt: str  # what the card says, for og:image:alt


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
    listed: bool  # appears in listings, feeds, calendars, widgets, sitemap and search (``Run.place``)
    notice: str  # shown on pages that are not simply public; empty when public


def prefixed(item, text: str) -> str:
    """Return ``text`` led by the item's ``title_prefix`` (a clarification's verdict: ``[HOAKS] …``), if any.

    Feeds' titles, share captions and republished copies use it, so a verdict always travels first.
    """
    prefix = getattr(item, "title_prefix", "")
    return f"{prefix} {text}" if prefix else text


def build_image(
    path: str, alt: str, absolute: Callable[[str], str], size_of: Callable[[str], int], credit: str = ""
) -> Image:
    """Describe the picture at ``path`` (relative to the content folder)."""
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return Image(path, absolute(path), alt, size_of(path), mime, credit)


def notice_for(visibility: Visibility, reason: str) -> str:
    """Return the notice a page shows when it is not simply public."""
    base = NOTICES.get(visibility, "")
    return f"{base} Alasan: {reason.strip()}" if base and reason.strip() else base


def item_visibility(values: dict, now) -> Visibility:
    """Decide visibility from the parsed status, publication date and expiry."""
    return decide_visibility(values.get("status"), values.get("date"), values.get("expires"), now)


def build_item(
    values: dict, visibility: Visibility, placement: Placement, absolute: Callable[[str], str], size_of
) -> ItemModel:
    """Build the typed campaign fields of one parsed brief or event."""
    image = None
    if values.get("image"):
        image = build_image(
            values["image"], values.get("image_alt", ""), absolute, size_of, values.get("image_credit", "")
        )
    return ItemModel(
        uid=values["uid"],
        program=values["program"],
        regions=values["regions"],
        hashtags=values.get("hashtags", ()),
        share_text=values.get("share_text", ""),
        image=image,
        visibility=visibility,
        listed=placement is Placement.LISTED,
        notice=notice_for(visibility, values.get("withdrawn_reason", "")),
    )


def files_used(values: dict, links) -> set[str]:
    """Return the content-relative paths of every file an item uses: its ``Image`` and ``{static}`` links."""
    used = {link.path for link in links if link.what in ("static", "attach")}
    return used | ({values["image"]} if values.get("image") else set())
