"""Calendar feed: events into people's calendar apps (iCalendar) and search engines (schema.org).

Writes a subscription calendar (``CALENDAR_FEED_FILENAME``) in every agenda folder — all events,
each programme, each region — and one ``<slug>.ics`` beside each event page (``catalog``), all
built by ``ics.build_calendar``. Only listable events (the events plugin's ``events``) appear.
Each VEVENT's UID is the event's permanent ``Uid``; its SEQUENCE is ``content.sequence`` (set by
the ledger plugin when an event's details change; 0 without it).

Context read: ``event_sections`` and ``events`` (events plugin).
Settings read: ``CALENDAR_FEED_FILENAME``, ``CALENDAR_FEED_PRODID``, ``CALENDAR_FEED_REFRESH_HOURS``,
``SITEURL``, ``SITENAME``, ``TIMEZONE``, ``ORGANISATION``, ``ORGANISATION_URL``.
Template filters: ``event_calendar`` (event -> ``ics``/``google`` links), ``section_calendar``
(agenda section -> ``ics``/``webcal``/``google`` subscription links), ``event_json_ld`` (event ->
schema.org JSON, safe inside ``<script type="application/ld+json">``).
Signals: ``generator_init``, ``get_generators``.
"""

from __future__ import annotations

import functools

from markupsafe import Markup
from pelican import signals

from calendar_feed.catalog import event_calendar_links, load_settings, section_calendar_links
from calendar_feed.generator import CalendarGenerator
from calendar_feed.jsonld import Publisher, event_json_ld
from hub_model.html import dump_json_ld


def json_ld_script(event, publisher: Publisher) -> Markup:
    """Return an event's JSON-LD, escaped for a ``<script>`` element and so safe to insert unescaped."""
    return Markup(dump_json_ld(event_json_ld(event, publisher)))  # noqa: S704 (escaped by dump_json_ld)


def add_filters(generator):
    """Give templates the calendar links and JSON-LD filters, bound to this site."""
    settings = generator.settings
    cfg = load_settings(settings)
    publisher = Publisher(settings["SITEURL"], settings["ORGANISATION"], settings["ORGANISATION_URL"])
    generator.env.filters.update(
        {
            "event_calendar": functools.partial(event_calendar_links, cfg=cfg),
            "section_calendar": functools.partial(section_calendar_links, cfg=cfg),
            "event_json_ld": functools.partial(json_ld_script, publisher=publisher),
        }
    )


def add_generator(pelican):
    """Contribute the calendar generator."""
    return CalendarGenerator


def register():
    """Connect the calendar handlers."""
    signals.generator_init.connect(add_filters)
    signals.get_generators.connect(add_generator)
