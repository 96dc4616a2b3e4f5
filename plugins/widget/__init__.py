"""Widget: the embeddable list of latest briefs, its iframe alternative, and the blogger page.

Publishes the theme's standalone ``static/js/widget.js`` at ``embed/widget.js`` (the address the
snippets use), one prebuilt iframe page per feed section at ``embed/<section>/latest.html``
(``embeds.embed_lists``), and the "Untuk Blogger & Kreator" page at ``WIDGET_PAGE_URL``: every
feed grouped by programme and region, how to subscribe, the licence, and the embed code generator
(``theme/static/js/embed-generator.js``) whose default snippets come from ``embeds``.

Context read: ``brief_sections``, ``program_sections``, ``region_sections`` (sections plugin),
``events_section``, ``event_sections`` (events plugin), ``clarification_sections``,
``clarifications_section`` (cek_fakta plugin).
Settings read: ``SITEURL``, ``SITENAME``, ``WIDGET_PAGE_URL``, ``WIDGET_ITEM_COUNT``,
``WIDGET_IFRAME_ITEMS`` (defaults and checks in ``config.py``).
Template filters the blogger page uses: ``feed_links`` (feeds plugin), ``section_calendar``
(calendar_feed plugin, when enabled).
Signals: ``get_generators``.
"""

from __future__ import annotations

from pelican import signals

from widget.generator import WidgetGenerator


def add_generator(pelican):
    """Contribute the widget generator."""
    return WidgetGenerator


def register():
    """Connect the widget generator."""
    signals.get_generators.connect(add_generator)
