"""Events: workshops and launches as a first-class content type.

Reads Markdown files under ``EVENTS_PATHS`` into ``Event`` objects with typed ``details``
(``model.EventDetails``), splits them into upcoming and past against the build's "now"
(``HUB_NOW`` pins it), and writes each event page, the agenda page at ``EVENTS_INDEX_URL`` and
one agenda page per programme and per region that has events (``listing.EventSection``).

Each event also gets ``agenda_program``/``agenda_regions`` (the agenda pages its page links to),
``timing_note`` (under way / over, against the same "now") and ``state`` (``listing.EventState``:
the status readers see — "Selesai" once it is over — and whether adding it to a calendar still
makes sense). The home page's ``home_events`` never spends a slot on a cancelled event.

Context published: ``events`` (listable, upcoming then past), ``upcoming_events``,
``past_events``, ``home_events``, ``events_section`` (the agenda's Term), ``event_sections``
(the whole agenda first, then programmes and regions), ``event_program_sections``,
``event_region_sections``.
Settings read: ``EVENTS_PATHS``, ``EVENT_URL``, ``EVENT_SAVE_AS``, ``EVENTS_INDEX_URL``,
``EVENTS_PROGRAM_URL``, ``EVENTS_REGION_URL``, ``HUB_PROGRAMS``, ``HUB_REGIONS``, ``TIMEZONE``,
``ORGANISATION``, ``HUB_NOW``, ``EVENTS_HOME_COUNT``.
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
