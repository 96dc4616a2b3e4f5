"""The only place feeds are made: one FeedGenerator per feed, serialised as RSS 2.0 and Atom 1.0."""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from feeds.item import FeedItem
from feeds.media import MediaEntryExtension, MediaExtension

FORMATS = {
    # format: (file name inside the section's folder, MIME type, human label)
    "rss": ("rss.xml", "application/rss+xml", "RSS"),
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
}


@dataclass(frozen=True)
class FeedMeta:
    """What a feed says about itself."""

    id: str  # the section page's absolute URL: stable, and a valid Atom id
    title: str
    subtitle: str
    link: str  # the HTML page the feed mirrors
    author: str
    author_url: str
    language: str = "id"
    generator: str = "Silih Tulungan Hub"


def build_feed(meta: FeedMeta, items: list[FeedItem]) -> FeedGenerator:
    """Fill a FeedGenerator with ``items`` in the order given (newest first)."""
    fg = FeedGenerator()
    fg.register_extension("media", MediaExtension, MediaEntryExtension, atom=True, rss=True)
    # RSS 2.0's <author> must be an e-mail address; an organisation is named with dc:creator.
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(meta.id)
    fg.title(meta.title)
    fg.subtitle(meta.subtitle)
    fg.description(meta.subtitle)
    fg.link(href=meta.link, rel="alternate", type="text/html")
    fg.language(meta.language)
    fg.author({"name": meta.author, "uri": meta.author_url})
    fg.generator(meta.generator)
    for item in items:
        # feedgen prepends by default; append keeps our newest-first order.
        entry = fg.add_entry(order="append")
        entry.id(item.id)
        entry.guid(item.id, permalink=False)
        entry.title(item.title)
        entry.link(href=item.link)
        entry.media.alternate(item.link)
        entry.content(item.content_html, type="html")
        entry.summary(item.summary)
        entry.published(item.published)
        entry.updated(item.updated)
        entry.author({"name": meta.author, "uri": meta.author_url})
        entry.dc.dc_creator(meta.author)
        entry.category([{"term": c.term, "label": c.label, "scheme": c.scheme} for c in item.categories])
        if item.image:
            entry.media.image(item.image.url, item.image.length, item.image.mime, item.image.alt)
    # The feed changes when an item does, not when the build runs: reproducible output.
    if items:
        fg.updated(max(item.updated for item in items))
        fg.lastBuildDate(max(item.updated for item in items))
    return fg


def serialise(fg: FeedGenerator, fmt: str, self_url: str) -> bytes:
    """Render the feed in ``fmt`` ("rss" or "atom") with its own address as the self link."""
    alternate = [link for link in fg.link() if link.get("rel") == "alternate"]
    fg.link([*alternate, {"href": self_url, "rel": "self", "type": FORMATS[fmt][1]}], replace=True)
    if fmt == "rss":
        return fg.rss_str(pretty=True)
    return fg.atom_str(pretty=True)
