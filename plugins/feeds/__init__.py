"""Feeds: every RSS 2.0, Atom 1.0 and JSON Feed 1.1 feed of the hub, from one builder.

Pelican's own feed writer is switched off in the settings; this is the only feed system. Each
feed is one ``catalog.FeedSpec`` (all briefs, each programme, each region, each programme ×
region pair that has briefs, the events), described once as ``item.FeedItem``s and rendered by
``build.render_feed`` in each format beside its section page: RSS and Atom through python-feedgen
(with our media, licence, WebSub and campaign-namespace extensions), JSON Feed with the standard
library. Item IDs are ``urn:uuid:<Uid>`` in all three, so editing a title, slug or URL never
changes them. Browsers are removing XSLT, so no feed names a stylesheet: a feed opened in a
browser shows its bare XML, which starts with an Indonesian comment saying what it is and where
the how-to-subscribe page is (``FEEDS_HELP_URL``; JSON Feed: ``user_comment``), and every page
that offers a feed links to that page.

Context read: ``brief_sections`` (sections plugin), ``events_section`` and ``events`` (events plugin),
``clarification_sections`` (cek_fakta plugin). Items may carry ``title_prefix``, ``feed_terms``,
``syndication_lead`` and ``syndication_tail`` (clarifications do): feeds show them as they are.
Settings read: ``SITEURL``, ``SITENAME``, ``SITESUBTITLE``, ``ORGANISATION``, ``ORGANISATION_URL``,
``FEEDS_MAX_ITEMS``, ``FEEDS_LICENSE_URL``, ``FEEDS_LICENSE_NAME``, ``FEEDS_CAMPAIGN_PARAMS``,
``FEEDS_WEBSUB_HUB``, ``FEEDS_HELP_URL`` (defaults and checks in ``config.py``).
Template filter: ``feed_links`` (terms -> autodiscovery and subscribe links, every format); global:
``feed_help_url`` (absolute URL of the how-to-subscribe page, "" for none).
Signals: ``generator_init``, ``get_generators``.
"""

from __future__ import annotations

import functools

from pelican import signals
from pelican.generators import Generator

from feeds.build import FORMATS, render_feed
from feeds.catalog import feed_links, feed_meta, feed_path, feed_specs
from feeds.config import load_settings
from feeds.item import feed_item
from hub_model.guard import reported, source_of
from hub_model.output import write_output


def event_lead(event) -> str:
    """Return an event's date and place, which its feed items lead with."""
    return f"{event.details.when} · {event.details.place}"


class FeedsGenerator(Generator):
    """Write every feed in every format."""

    def generate_output(self, writer):
        """Describe each feed's items once and write them in every format."""
        config, context = load_settings(self.settings), self.context
        specs = feed_specs(
            [*context.get("brief_sections", []), *context.get("clarification_sections", [])],
            context.get("events_section"),
            context.get("events", []),
            config.sitename,
            config.max_items,
        )
        run = context.get("hub_run")
        described = {}  # each item is described once, whichever feeds it is in
        for spec in specs:
            paths = {fmt: feed_path(spec.term, fmt) for fmt in FORMATS}
            key = writer.data_key("feed", context, spec)
            todo = [fmt for fmt, path in paths.items() if not writer.reuse(path, key)]
            if not todo:
                continue  # another process writes these, or the last build made them from the same items
            for content in spec.items:
                if id(content) not in described:
                    with reported(run, source_of(content), "feed"):
                        lead = event_lead(content) if hasattr(content, "details") else ""
                        described[id(content)] = feed_item(content, config.siteurl, config.sitename, lead)
            items = [described[id(c)] for c in spec.items if id(c) in described]
            urls = {fmt: f"{config.siteurl}/{path}" for fmt, path in paths.items()}
            with reported(run, "", paths["rss"]):
                for fmt, data in render_feed(feed_meta(spec, config), items, urls).items():
                    if fmt in todo:
                        write_output(writer, paths[fmt], data, key)


def add_filter(generator):
    """Give templates the ``feed_links`` filter, bound to this site, and the help page's address."""
    generator.env.filters["feed_links"] = functools.partial(
        feed_links, siteurl=generator.settings["SITEURL"], sitename=generator.settings["SITENAME"]
    )
    generator.env.globals["feed_help_url"] = load_settings(generator.settings).help_url


def add_generator(pelican):
    """Contribute the feeds generator."""
    return FeedsGenerator


def register():
    """Connect the feeds handlers."""
    signals.generator_init.connect(add_filter)
    signals.get_generators.connect(add_generator)
