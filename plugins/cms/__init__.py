"""CMS: the editors' web form at /admin/ (Decap CMS), its configuration generated from the content schema.

Writes ``admin/index.html`` (``theme/templates/admin/index.html``: ``noindex``, linked from no
page, not in the sitemap, search or feeds, which list content only), ``admin/config.yml`` from the
schema and the declared programmes and regions (``config.py``), and the pinned Decap CMS bundle
installed by ``make cms-vendor`` (``vendor.py``: npm tarball, sha512 checked) under
``admin/decap-cms-<version>/``, all from the site's own origin. The header format the reader
accepts is our own Decap format (``theme/static/js/cms/format.js``); ``admin.js`` registers it,
the site's stylesheet for the preview, and the new ``Uid`` of each created item. ``server.py`` is
the local backend ``make cms`` runs (Decap's proxy protocol, on 127.0.0.1, inside content/ only).

Settings read: ``CMS_ENABLED``, ``CMS_BACKEND`` (Decap's ``backend``), ``CMS_LOCAL_BACKEND_URL``,
``CMS_EDITORIAL_WORKFLOW``, ``CMS_VENDOR_PATH`` (default ``vendor/decap-cms``), ``HUB_PROGRAMS``,
``HUB_REGIONS``, ``SITEURL``.
Signals: ``get_generators``.
"""

from __future__ import annotations

from pelican import signals

from cms.generator import CmsGenerator


def add_generator(pelican):
    """Contribute the CMS generator when the CMS is on."""
    return CmsGenerator if pelican.settings.get("CMS_ENABLED", True) else None


def register():
    """Connect the CMS generator."""
    signals.get_generators.connect(add_generator)
