"""Events: workshops and launches as a first-class content type.

Reads Markdown files under ``EVENTS_PATHS`` into ``Event`` objects with typed ``details``
(``model.EventDetails``), splits them into upcoming and past against the build's "now"
(``HUB_NOW`` pins it), and writes each event page plus the agenda page at ``EVENTS_INDEX_URL``.

Context published: ``events`` (listable, upcoming then past), ``upcoming_events``,
``past_events``, ``home_events``, ``events_section``.
Settings read: ``EVENTS_PATHS``, ``EVENT_URL``, ``EVENT_SAVE_AS``, ``EVENTS_INDEX_URL``,
``TIMEZONE``, ``ORGANISATION``, ``HUB_NOW``, ``EVENTS_HOME_COUNT``.
Signals: ``get_generators``.
"""

from __future__ import annotations

from pelican import signals

from events.generator import EventsGenerator


def add_generator(pelican):
    """Contribute the events generator."""
    return EventsGenerator


def register():
    """Connect the events generator."""
    signals.get_generators.connect(add_generator)
