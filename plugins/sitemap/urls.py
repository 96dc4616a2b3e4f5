"""Which URLs the sitemap lists, and the sitemap XML itself (pure).

Only public items and listing pages: withdrawn and expired pages, redirects and the 404 page are
left out, drafts and embargoed items never reach this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class SitemapUrl:
    """One ``<url>`` entry."""

    loc: str
    lastmod: dt.datetime | None = None


def content_urls(siteurl: str, items: list) -> list[SitemapUrl]:
    """Return an entry per content object (``.url``, ``.date``, optional ``.modified``)."""
    entries = []
    for item in items:
        changed = getattr(item, "modified", None) or getattr(item, "date", None)
        entries.append(SitemapUrl(f"{siteurl}/{item.url}", changed))
    return entries


def sitemap_xml(entries: list[SitemapUrl]) -> bytes:
    """Serialise entries as a sitemap, de-duplicated, in the order given."""
    root = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS})
    seen = set()
    for entry in entries:
        if entry.loc in seen:
            continue
        seen.add(entry.loc)
        url = etree.SubElement(root, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod is not None:
            etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod.isoformat()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def robots_txt(siteurl: str, preview: bool) -> str:
    """Return robots.txt: a preview build is closed to crawlers, a real build points to the sitemap."""
    if preview:
        return "User-agent: *\nDisallow: /\n"
    return f"User-agent: *\nAllow: /\n\nSitemap: {siteurl}/sitemap.xml\n"
