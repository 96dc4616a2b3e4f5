"""Everything the "Bagikan" and "Terbitkan ulang" blocks of a brief show, prepared once (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from hub_model.model import prefixed
from share_kit.links import share_caption, share_links, share_message
from share_kit.republish import Licence, Source, republish_html

FORMAT_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/gif": "GIF"}
# The picture download link, by kind of item (the reader parser's ``hub_kind``).
DOWNLOAD_TEXTS = {"brief": "Unduh gambar berita", "event": "Unduh gambar acara"}


@dataclass(frozen=True)
class ShareKit:
    """A brief's share kit: caption, network links, picture download and republishing HTML."""

    url: str  # canonical, absolute
    caption: str  # share text (or summary), hashtags and URL
    links: dict[str, str]  # network name -> share URL
    licence: Licence
    republish_summary: str  # HTML: title, picture, summary, attribution
    republish_full: str  # HTML: title, picture, full text, attribution
    image_url: str = ""
    image_label: str = ""  # e.g. "JPEG, 22 KB"
    image_download: str = DOWNLOAD_TEXTS["brief"]  # the download link's text
    cards: tuple = ()  # the item's generated share cards (hub_model.model.ShareCard), when it has them


def image_label(mime: str, length: int) -> str:
    """Describe a picture file for its download link."""
    size = f"{max(1, round(length / 1024))} KB" if length < 1024 * 1024 else f"{length / 1024 / 1024:.1f} MB"
    return f"{FORMAT_NAMES.get(mime, mime)}, {size}"


def build_kit(item, siteurl: str, sitename: str, licence: Licence) -> ShareKit:
    """Prepare the share kit of a brief, event or clarification (hub model fields, ``content`` and ``url``)."""
    url = f"{siteurl}/{item.url}"
    summary = str(item.metadata.get("summary", "")).strip()
    text = prefixed(item, item.share_text or summary)
    image = item.image
    source = Source(
        title=prefixed(item, item.title),
        url=url,
        summary=summary,
        content_html=item.content,
        lead_html=getattr(item, "syndication_lead", ""),
        tail_html=getattr(item, "syndication_tail", ""),
        sitename=sitename,
        image_url=image.url if image else "",
        image_alt=image.alt if image else "",
        image_credit=image.credit if image else "",
    )
    return ShareKit(
        url=url,
        caption=share_caption(text, item.hashtags, url),
        links=share_links(url, share_message(text, item.hashtags)),
        licence=licence,
        republish_summary=republish_html(source, licence),
        republish_full=republish_html(source, licence, full=True),
        image_url=image.url if image else "",
        image_label=image_label(image.mime, image.length) if image else "",
        image_download=DOWNLOAD_TEXTS.get(item.metadata.get("hub_kind"), DOWNLOAD_TEXTS["brief"]),
        cards=tuple(getattr(item, "share_cards", ())),
    )
