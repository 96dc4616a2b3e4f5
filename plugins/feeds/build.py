"""The only place feeds are made: one FeedItem list, serialised as RSS 2.0, Atom 1.0 and JSON Feed 1.1.

RSS and Atom are two serialisations of one FeedGenerator (``build_feed``); JSON Feed, which
feedgen lacks, is a pure function over the same FeedMeta and FeedItems (``jsonfeed.json_feed``).
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap

from feedgen.feed import FeedGenerator
from lxml import etree

from feeds.campaign_ns import CampaignEntryExtension, CampaignExtension
from feeds.item import FeedItem, FeedMeta, tagged_link
from feeds.jsonfeed import dump_json, json_feed
from feeds.license import LicenseExtension
from feeds.media import MediaEntryExtension, MediaExtension
from feeds.websub import WebSubExtension

FORMATS = {
    # format: (file name inside the section's folder, MIME type, human label)
    "rss": ("rss.xml", "application/rss+xml", "RSS"),
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
    "json": ("feed.json", "application/feed+json", "JSON Feed"),
}


COMMENT_WIDTH = 44  # characters a line of the note for people: a phone's width in a browser's XML view


def build_feed(meta: FeedMeta, items: list[FeedItem]) -> FeedGenerator:
    """Fill a FeedGenerator with ``items`` in the order given (newest first)."""
    fg = FeedGenerator()
    fg.register_extension("media", MediaExtension, MediaEntryExtension, atom=True, rss=True)
    fg.register_extension("license", LicenseExtension, atom=True, rss=True)
    fg.register_extension("websub", WebSubExtension, atom=True, rss=True)
    if any(item.event for item in items):
        fg.register_extension("campaign", CampaignExtension, CampaignEntryExtension, atom=True, rss=True)
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
    if meta.license_url:
        fg.license.license(meta.license_url, meta.rights)
    if meta.hub:
        fg.websub.hub(meta.hub)
    for item in items:
        add_entry(fg, meta, item)
    # The feed changes when an item does, not when the build runs: reproducible output. A feed
    # with nothing in it yet (a new section) says so with the earliest date there is.
    updated = max((item.updated for item in items), default=NOTHING_YET)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    return fg


NOTHING_YET = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def add_entry(fg: FeedGenerator, meta: FeedMeta, item: FeedItem) -> None:
    """Append one item to the feed (feedgen prepends by default; we keep the given order)."""
    link = tagged_link(item.link, meta.campaign_params)
    entry = fg.add_entry(order="append")
    entry.id(item.id)
    entry.guid(item.id, permalink=False)
    entry.title(item.title)
    entry.link(href=link)
    entry.media.alternate(link)
    # The summary is plain text. RSS <description> holds HTML (RSS Best Practices Profile: the only
    # element that may), so it gets the text HTML-escaped; Atom says what it holds, so it gets the
    # text itself as type="text". feedgen ties the fields together (description() also sets the
    # Atom content, summary() also sets the RSS description unless another value is there), hence
    # this order: description, then content to replace the Atom content, then the Atom summary.
    entry.description(html.escape(item.summary, quote=False))
    entry.content(item.content_html, type="html")
    entry.summary(item.summary, type="text")
    entry.published(item.published)
    entry.updated(item.updated)
    entry.author({"name": meta.author, "uri": meta.author_url})
    entry.dc.dc_creator(meta.author)
    entry.category([{"term": c.term, "label": c.label, "scheme": c.scheme} for c in item.categories])
    if item.image:
        image = item.image
        entry.media.image(
            image.url, image.length, image.mime, image.alt, credit=image.credit, width=image.width, height=image.height
        )
    if item.event:
        entry.campaign.event_start(item.event.start)
        entry.campaign.event_end(item.event.end)
        entry.campaign.event_place(item.event.place)
        entry.campaign.event_status(item.event.status)


def serialise(fg: FeedGenerator, fmt: str, self_url: str, note: str = "") -> bytes:
    """Render the feed as "rss" or "atom", with its own address as the self link.

    ``note`` is said to people who open the feed in a browser, as a comment before the root element.
    No XSLT stylesheet is named: browsers are removing XSLT (Chromium lays a warning over feeds that
    use it), and a comment plus the section pages' links to the help page need none.
    """
    alternate = [link for link in fg.link() if link.get("rel") == "alternate"]
    # feedgen uses the last link as RSS's <link>, which must be the HTML page: self goes first.
    fg.link([{"href": self_url, "rel": "self", "type": FORMATS[fmt][1]}, *alternate], replace=True)
    data = fg.rss_str(pretty=True) if fmt == "rss" else fg.atom_str(pretty=True)
    return with_comment(data, note) if note else data


def with_comment(xml: bytes, text: str) -> bytes:
    """Return the XML document with a comment before its root element (XML forbids "--" inside one).

    The comment is wrapped in short lines: browsers show a comment's lines as they are, so a phone
    shows all of it without scrolling sideways.
    """
    lines = textwrap.wrap(
        text.replace("--", "- -").rstrip("-"), COMMENT_WIDTH, break_long_words=False, break_on_hyphens=False
    )
    root = etree.fromstring(xml)
    root.addprevious(etree.Comment("\n  " + "\n  ".join(lines) + "\n"))
    return etree.tostring(root.getroottree(), pretty_print=True, xml_declaration=True, encoding="UTF-8")


def render_feed(meta: FeedMeta, items: list[FeedItem], self_urls: dict[str, str]) -> dict:
    """Render one feed in every format: ``{format: bytes}``, each with its own self URL."""
    fg = build_feed(meta, items)
    rendered = {fmt: serialise(fg, fmt, self_urls[fmt], meta.reader_note) for fmt in ("rss", "atom")}
    rendered["json"] = dump_json(json_feed(meta, items, self_urls["json"]))
    return rendered
