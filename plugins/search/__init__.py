"""Search: a Pagefind index of public briefs and events, and the search page at ``SEARCH_URL``.

Only pages whose template marks their body with ``data-pagefind-body`` are indexed: listed briefs
and events. Withdrawn and expired pages are not marked, and drafts and embargoed items are never
written, so none of them can be found. The index (``pagefind/``) is static files on the same host;
the search page works with JavaScript and points to the archive without it.

Settings read: ``SEARCH_ENABLED``, ``DEFAULT_LANG``.
Signals: ``finalized`` (after every file is written).
"""

from __future__ import annotations

from pelican import signals

from hub_model.guard import reported
from search.index import index_site


def build_index(pelican):
    """Index the written site; a failure is a problem of the build (reported with every other one)."""
    if pelican.settings["SEARCH_ENABLED"]:
        with reported(pelican.settings.get("HUB_RUN"), "", "pagefind/"):
            index_site(pelican.output_path, pelican.settings["DEFAULT_LANG"])


def register():
    """Connect the indexer."""
    signals.finalized.connect(build_index)
