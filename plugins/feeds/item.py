"""What a feed and its items say, independent of the feed format (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
from lxml.html import builder as E

from hub_model.html import absolutize
from hub_model.model import prefixed


@dataclass(frozen=True)
class FeedMeta:
    """What a feed says about itself, the same in every format."""

    id: str  # the section page's absolute URL: stable, and a valid Atom id
    title: str
    subtitle: str
    link: str  # the HTML page the feed mirrors
    author: str
    author_url: str
    language: str = "id"
    generator: str = "Silih Tulungan Hub"
    license_url: str = ""  # the licence republishers may use the items under
    license_name: str = ""
    hub: str = ""  # WebSub hub the feed advertises ("" for none)
    campaign_params: tuple[tuple[str, str], ...] = ()  # added to item links, never to IDs
    help_url: str = ""  # absolute URL of the HTML page on how to subscribe ("" for none)

    @property
    def reader_note(self) -> str:
        """Return what someone who opens the feed in a browser reads first ("" without a help page).

        XML feeds carry it as a comment before the root (browsers show the bare XML tree, comments
        included); JSON Feed as ``user_comment``, the field its spec has for exactly this.
        """
        if not self.help_url:
            return ""
        return (
            f"Ini feed {self.title}: alamat untuk aplikasi pembaca feed (Feedly, Inoreader, NetNewsWire) dan "
            f"blog, bukan halaman untuk dibaca di peramban. Salin alamatnya ke aplikasi Anda. "
            f"Cara berlangganan: {self.help_url}"
        )

    @property
    def rights(self) -> str:
        """Return the licence statement feeds carry as Atom rights and RSS copyright."""
        if not self.license_url:
            return ""
        name = self.license_name or self.license_url
        return (
            f"© {self.author}. Berlisensi {name} ({self.license_url}): boleh diterbitkan ulang dengan menyebut sumber."
        )


@dataclass(frozen=True)
class Category:
    """A programme, region or topic an item belongs to."""

    term: str
    label: str
    scheme: str  # absolute URL of the section page


@dataclass(frozen=True)
class Enclosure:
    """The item's picture, as feeds enclose it."""

    url: str
    length: int
    mime: str
    alt: str
    credit: str = ""  # who the picture is by (Media RSS media:credit)
    width: int = 0  # pixels; 0: not known
    height: int = 0


@dataclass(frozen=True)
class EventInfo:
    """When and where an event happens, as feeds state it in the campaign namespace."""

    start: dt.datetime
    end: dt.datetime  # the instant it is over
    place: str
    status: str  # scheduled, postponed, rescheduled or cancelled


@dataclass(frozen=True)
class FeedItem:
    """One entry, the same in every format; ``id`` never changes once published."""

    id: str
    title: str  # plain text
    link: str  # the canonical page
    content_html: str  # full body with absolute URLs, ending with the attribution line
    summary: str  # plain text; build.py HTML-escapes it for RSS, the only format that wants HTML there
    categories: tuple[Category, ...]
    published: dt.datetime
    updated: dt.datetime
    image: Enclosure | None
    event: EventInfo | None = None


def item_id(uid: str) -> str:
    """Return the permanent feed ID for an item's ``Uid`` (a URN, so no URL edit can change it)."""
    return f"urn:uuid:{uid}"


def tagged_link(url: str, params: tuple[tuple[str, str], ...]) -> str:
    """Return ``url`` with campaign parameters added to its query (unchanged when there are none)."""
    if not params:
        return url
    parts = urlsplit(url)
    names = {name for name, _ in params}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in names]
    return urlunsplit(parts._replace(query=urlencode([*query, *params])))


def attribution(title: str, url: str, sitename: str) -> str:
    """Return the "Sumber: <title> — <site>" line republished copies keep, linking the canonical page."""
    line = E.P(E.CLASS("attribution"), "Sumber: ", E.A(title, href=url), f" — {sitename}")
    return lxml.html.tostring(line, encoding="unicode", method="html")


def lead_figure(image) -> str:
    """Return the item's picture as a captioned figure (credit in the caption) for the top of feed content."""
    if image is None:
        return ""
    size = {"width": str(image.width), "height": str(image.height)} if getattr(image, "width", 0) else {}
    parts = [E.IMG(src=image.url, alt=image.alt, **size)]
    if getattr(image, "credit", ""):
        parts.append(E.FIGCAPTION(f"Foto: {image.credit}"))
    return lxml.html.tostring(E.FIGURE(*parts), encoding="unicode", method="html")


def categories_of(content, siteurl: str) -> tuple[Category, ...]:
    """Return the item's own terms (a clarification's "Cek Fakta" and verdict), programme, regions and tags."""
    found = [Category(slug, label, f"{siteurl}/{url}") for slug, label, url in getattr(content, "feed_terms", ())]
    terms = [content.program, *content.regions]
    found += [Category(term.slug, term.name, f"{siteurl}/{term.url}") for term in terms]
    for tag in getattr(content, "tags", []) or []:
        found.append(Category(tag.slug, tag.name, f"{siteurl}/{tag.url}"))
    return tuple(found)


def event_info(content) -> EventInfo | None:
    """Return an event's schedule and place (None for briefs)."""
    details = getattr(content, "details", None)
    if details is None:
        return None
    return EventInfo(details.start, details.finishes, details.place, details.status)


def feed_item(content, siteurl: str, sitename: str, lead: str = "") -> FeedItem:
    """Describe a brief, event or clarification (a Pelican content object with the hub model) as a feed item.

    ``lead`` is prepended to the summary (events put their date and place there). The body is
    framed by the item's ``syndication_lead`` and ``syndication_tail`` HTML, when it has them.
    """
    link = f"{siteurl}/{content.url}"
    published = content.date
    updated = getattr(content, "modified", None) or published
    image = content.image
    summary = str(content.metadata.get("summary", "")).strip()
    body = lead_figure(image) + getattr(content, "syndication_lead", "")
    body += content.content + getattr(content, "syndication_tail", "")
    return FeedItem(
        id=item_id(content.uid),
        title=prefixed(content, content.title),
        link=link,
        content_html=absolutize(body, link) + attribution(prefixed(content, content.title), link, sitename),
        summary=f"{lead} — {summary}" if lead else summary,
        categories=categories_of(content, siteurl),
        published=published,
        updated=max(updated, published),
        image=Enclosure(image.url, image.length, image.mime, image.alt, image.credit, image.width, image.height)
        if image
        else None,
        event=event_info(content),
    )
