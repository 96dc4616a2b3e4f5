"""Safe HTML: every rendered content body passes through nh3 with an allowlist.

Scripts, event-handler attributes, styles, ``javascript:``/``data:`` URLs and iframes from hosts
outside ``SAFE_HTML_IFRAME_HOSTS`` are removed; the build warns, naming the file and what was
removed. Templates mark only this sanitised body as safe (Jinja autoescaping is on).

Settings read: ``SAFE_HTML_IFRAME_HOSTS``.
Signals: ``content_object_init``.
"""

from __future__ import annotations

import logging

from pelican import signals

from safe_html.clean import Policy, clean_html, find_unsafe

logger = logging.getLogger(__name__)


def sanitise_content(content):
    """Sanitise a brief's, event's or page's rendered body in place, warning about removals."""
    html = getattr(content, "_content", None)
    if not html or not getattr(content, "source_path", None):
        return
    policy = Policy(frozenset(content.settings["SAFE_HTML_IFRAME_HOSTS"]))
    for removed in find_unsafe(html, policy):
        logger.warning(
            "content/%s: isi: %s dihapus demi keamanan — hapus dari berkas, atau pakai Markdown biasa",
            content.relative_source_path,
            removed,
        )
    content._content = clean_html(html, policy)


def register():
    """Connect the sanitiser."""
    signals.content_object_init.connect(sanitise_content)
