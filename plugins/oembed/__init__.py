"""oEmbed: every listed brief is an oEmbed provider resource, so pasting its URL makes a card.

For each listed brief, writes a compact card page (``OEMBED_CARD_URL``, under ``embed/``, keyed by
the permanent Uid so embeds survive a slug change) and beside it a static ``oembed.json``
(``response.oembed_response``: type ``rich``, an iframe of the card, provider, author, thumbnail).
Brief pages advertise it with ``<link rel="alternate" type="application/json+oembed">``.

Context read: ``articles``.
Settings read: ``SITEURL``, ``SITENAME``, ``ORGANISATION``, ``ORGANISATION_URL``, ``PATH``,
``OEMBED_CARD_URL``, ``OEMBED_WIDTH``, ``OEMBED_CACHE_AGE`` (defaults and checks in ``config.py``).
Template filter: ``oembed_url`` (brief -> its oEmbed JSON URL, or "" when it may not be embedded).
Signals: ``generator_init``, ``get_generators``.
"""

from __future__ import annotations

import functools

from pelican import signals

from oembed.config import load_settings
from oembed.generator import OEmbedGenerator
from oembed.response import embeddable


def oembed_url(brief, config) -> str:
    """Return the brief's oEmbed JSON URL, or "" when it is not listed."""
    return config.response_url(brief.uid) if embeddable([brief]) else ""


def add_filter(generator):
    """Give templates the ``oembed_url`` filter, bound to this site."""
    config = load_settings(generator.settings)
    generator.env.filters["oembed_url"] = functools.partial(oembed_url, config=config)


def add_generator(pelican):
    """Contribute the oEmbed generator."""
    return OEmbedGenerator


def register():
    """Connect the oEmbed handlers."""
    signals.generator_init.connect(add_filter)
    signals.get_generators.connect(add_generator)
