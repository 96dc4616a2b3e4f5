"""Identity: who runs the site, on every page — the identity bar above the header and the full footer.

The office's name (``ORGANISATION``), the government it belongs to, its emblem (a neutral
placeholder ships with the theme: ``theme/static/img/lambang.svg``), address, phone, WhatsApp,
e-mail, service hours, social accounts (plain links: no third-party script or embed), the
copyright line and the content licence, checked once into ``config.Identity`` and given to
templates as the ``identity`` global (``partials/identity_bar.html``, ``partials/footer.html``).
Every value comes from the settings, which are part of the build cache's version, so no page
key needs to name it.

Settings read: ``ORGANISATION``, ``SITEURL``, ``IDENTITY_PARENT``, ``IDENTITY_EMBLEM``,
``IDENTITY_ADDRESS``, ``IDENTITY_PHONE``, ``IDENTITY_WHATSAPP``, ``IDENTITY_EMAIL``,
``IDENTITY_HOURS``, ``IDENTITY_SOCIAL``, ``IDENTITY_COPYRIGHT_SINCE``, ``FEEDS_LICENSE_NAME``,
``FEEDS_LICENSE_URL`` (defaults and checks in ``config.py``).
Signals: ``generator_init``.
"""

from __future__ import annotations

from pelican import signals

from identity.config import load_settings


def add_identity(generator):
    """Give the generator's templates the site's identity."""
    generator.env.globals["identity"] = load_settings(generator.settings)


def register():
    """Connect the identity handler."""
    signals.generator_init.connect(add_identity)
