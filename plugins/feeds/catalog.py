"""Which feeds the hub publishes, and the links pages use to advertise them (pure).

One table, one loop: every feed is a ``FeedSpec`` (a section term plus its items); the same
``feed_path`` decides where a feed is written and where pages link to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from feeds.build import FORMATS
from feeds.config import FeedsSettings
from feeds.item import FeedMeta

# Section kinds that have feeds; topics (tags) only get a page.
FEED_KINDS = ("all", "program", "region", "program_region", "events", "clarifications")
TITLE_PREFIXES = {"program": "Program", "region": "Wilayah", "program_region": "Program"}


@dataclass(frozen=True)
class FeedSpec:
    """One feed: the section it mirrors, its title, and its content objects (newest first)."""

    term: object  # hub_model.taxonomy.Term
    title: str
    items: tuple


def feed_path(term, fmt: str) -> str:
    """Return the site-relative path of a section's feed in ``fmt``."""
    return f"{term.url}{FORMATS[fmt][0]}"


def feed_title(term, sitename: str) -> str:
    """Return the feed's title as readers see it in their apps."""
    if term.kind == "all":
        return f"{sitename} — Semua Berita"
    if term.kind == "events":
        return f"{sitename} — Agenda Acara"
    if term.kind == "clarifications":
        return f"{sitename} — Cek Fakta"
    return f"{sitename} — {TITLE_PREFIXES[term.kind]} {term.name}"


def feed_specs(sections: list, events_section, events: list, sitename: str, limit: int) -> list[FeedSpec]:
    """List every feed: all/programme/region/programme×region and clarifications sections, plus the events feed."""
    specs = [
        FeedSpec(s.term, feed_title(s.term, sitename), tuple(s.items[:limit]))
        for s in sections
        if s.term.kind in FEED_KINDS
    ]
    if events_section is not None:
        newest = sorted(events, key=lambda e: (-e.date.timestamp(), e.slug))[:limit]
        specs.append(FeedSpec(events_section, feed_title(events_section, sitename), tuple(newest)))
    return specs


def feed_meta(spec: FeedSpec, config: FeedsSettings) -> FeedMeta:
    """Return what the feed of ``spec`` says about itself (the same in every format)."""
    page = f"{config.siteurl}/{spec.term.url}"
    return FeedMeta(
        id=page,
        title=spec.title,
        subtitle=config.subtitle,
        link=page,
        author=config.organisation,
        author_url=config.organisation_url,
        license_url=config.license_url,
        license_name=config.license_name,
        hub=config.websub_hub,
        campaign_params=config.campaign_params,
        help_url=config.help_url,
    )


def feed_links(terms, siteurl: str, sitename: str) -> list[dict]:
    """Return links (title, type, href, label) to every format of the feeds of ``terms`` that have feeds.

    Pages use them for autodiscovery ``<link rel="alternate">`` and for visible subscribe links.
    """
    links = []
    for term in terms:
        if term is None or term.kind not in FEED_KINDS:
            continue
        for fmt, (_, mime, label) in FORMATS.items():
            links.append(
                {
                    "title": f"{feed_title(term, sitename)} ({label})",
                    "type": mime,
                    "href": f"{siteurl}/{feed_path(term, fmt)}",
                    "label": label,
                }
            )
    return links
