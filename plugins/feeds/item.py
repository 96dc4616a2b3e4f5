"""What a feed says about one brief or event, independent of the feed format (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import lxml.html


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


@dataclass(frozen=True)
class FeedItem:
    """One entry, the same in every format; ``id`` never changes once published."""

    id: str
    title: str
    link: str
    content_html: str
    summary: str
    categories: tuple[Category, ...]
    published: dt.datetime
    updated: dt.datetime
    image: Enclosure | None


def item_id(uid: str) -> str:
    """Return the permanent feed ID for an item's ``Uid`` (a URN, so no URL edit can change it)."""
    return f"urn:uuid:{uid}"


def absolutize(html: str, base_url: str) -> str:
    """Make every link and image URL in an HTML fragment absolute against ``base_url``."""
    if not html.strip():
        return html
    fragments = lxml.html.fragments_fromstring(html)
    wrapper = lxml.html.Element("div")
    for fragment in fragments:
        if isinstance(fragment, str):
            if len(wrapper):
                wrapper[-1].tail = (wrapper[-1].tail or "") + fragment
            else:
                wrapper.text = (wrapper.text or "") + fragment
        else:
            wrapper.append(fragment)
    wrapper.make_links_absolute(base_url, resolve_base_href=False)
    return (wrapper.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode", method="html") for child in wrapper
    )


def categories_of(content, siteurl: str) -> tuple[Category, ...]:
    """Return the item's programme, regions and tags as feed categories."""
    terms = [content.program, *content.regions]
    found = [Category(term.slug, term.name, f"{siteurl}/{term.url}") for term in terms]
    for tag in getattr(content, "tags", []) or []:
        found.append(Category(tag.slug, tag.name, f"{siteurl}/{tag.url}"))
    return tuple(found)


def feed_item(content, siteurl: str, lead: str = "") -> FeedItem:
    """Describe a brief or event (a Pelican content object with the hub model) as a feed item.

    ``lead`` is prepended to the summary (events put their date and place there).
    """
    link = f"{siteurl}/{content.url}"
    published = content.date
    updated = getattr(content, "modified", None) or published
    image = content.image
    summary = str(content.metadata.get("summary", "")).strip()
    return FeedItem(
        id=item_id(content.uid),
        title=content.title,
        link=link,
        content_html=absolutize(content.content, link),
        summary=f"{lead} — {summary}" if lead else summary,
        categories=categories_of(content, siteurl),
        published=published,
        updated=max(updated, published),
        image=Enclosure(image.url, image.length, image.mime, image.alt) if image else None,
    )
