"""Feeds: every RSS 2.0 and Atom 1.0 feed of the hub, from one builder (python-feedgen).

Pelican's own feed writer is switched off in the settings; this is the only feed system. Each
feed is one ``catalog.FeedSpec`` (all briefs, each programme, each region, the events), built
once by ``build.build_feed`` and serialised in each format beside its section page. Item IDs are
``urn:uuid:<Uid>``, so editing a title, slug or URL never changes them.

Context read: ``brief_sections`` (sections plugin), ``events_section`` and ``events`` (events plugin).
Settings read: ``SITEURL``, ``SITENAME``, ``SITESUBTITLE``, ``ORGANISATION``, ``ORGANISATION_URL``,
``FEEDS_MAX_ITEMS``.
Template filter: ``feed_links`` (terms -> autodiscovery links).
Signals: ``generator_init``, ``get_generators``.
"""

from __future__ import annotations

import functools
import logging
import os

from pelican import signals
from pelican.generators import Generator
from pelican.utils import sanitised_join

from feeds.build import FORMATS, FeedMeta, build_feed, serialise
from feeds.catalog import feed_links, feed_path, feed_specs
from feeds.item import feed_item

logger = logging.getLogger(__name__)


def event_lead(event) -> str:
    """Return an event's date and place, which its feed items lead with."""
    return f"{event.details.when} · {event.details.place}"


class FeedsGenerator(Generator):
    """Write every feed in every format."""

    def generate_output(self, writer):
        """Build each feed once and write it as RSS and Atom."""
        settings, context = self.settings, self.context
        siteurl = settings["SITEURL"]
        specs = feed_specs(
            context.get("brief_sections", []),
            context.get("events_section"),
            context.get("events", []),
            settings["SITENAME"],
            settings["FEEDS_MAX_ITEMS"],
        )
        for spec in specs:
            meta = FeedMeta(
                id=f"{siteurl}/{spec.term.url}",
                title=spec.title,
                subtitle=settings["SITESUBTITLE"],
                link=f"{siteurl}/{spec.term.url}",
                author=settings["ORGANISATION"],
                author_url=settings["ORGANISATION_URL"],
            )
            items = [feed_item(c, siteurl, event_lead(c) if hasattr(c, "details") else "") for c in spec.items]
            fg = build_feed(meta, items)
            for fmt in FORMATS:
                path = feed_path(spec.term, fmt)
                self.write_bytes(path, serialise(fg, fmt, f"{siteurl}/{path}"))

    def write_bytes(self, path: str, data: bytes) -> None:
        """Write one file under the output folder."""
        target = sanitised_join(self.output_path, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle:
            handle.write(data)
        logger.info("Writing %s", target)


def add_filter(generator):
    """Give templates the ``feed_links`` filter, bound to this site."""
    generator.env.filters["feed_links"] = functools.partial(
        feed_links, siteurl=generator.settings["SITEURL"], sitename=generator.settings["SITENAME"]
    )


def add_generator(pelican):
    """Contribute the feeds generator."""
    return FeedsGenerator


def register():
    """Connect the feeds handlers."""
    signals.generator_init.connect(add_filter)
    signals.get_generators.connect(add_generator)
