"""Share kit: the "Bagikan" and "Terbitkan ulang" blocks on every brief.

Share links are plain URLs (``links.share_links``: WhatsApp, Telegram, X, Facebook, LinkedIn):
nothing from another host is loaded. The caption, the picture download and the ready-to-paste
HTML for republishing (``republish.republish_html``, attribution and licence included) are
prepared once per brief by ``kit.build_kit``; ``theme/static/js/share.js`` adds copy buttons.

Settings read: ``SITEURL``, ``SITENAME``, ``FEEDS_LICENSE_NAME``, ``FEEDS_LICENSE_URL`` (the
licence the feeds state; republished copies carry the same one).
Template filters: ``share_kit`` (brief -> ``kit.ShareKit``), ``share_links`` (url, text -> links).
Signals: ``generator_init``.
"""

from __future__ import annotations

import functools

from pelican import signals

from share_kit.kit import build_kit
from share_kit.links import share_links
from share_kit.republish import Licence


def add_filters(generator):
    """Give templates the ``share_kit`` and ``share_links`` filters, bound to this site."""
    settings = generator.settings
    licence = Licence(settings["FEEDS_LICENSE_NAME"], settings["FEEDS_LICENSE_URL"])
    generator.env.filters["share_kit"] = functools.partial(
        build_kit, siteurl=settings["SITEURL"], sitename=settings["SITENAME"], licence=licence
    )
    generator.env.filters["share_links"] = share_links


def register():
    """Connect the share-kit handlers."""
    signals.generator_init.connect(add_filters)
