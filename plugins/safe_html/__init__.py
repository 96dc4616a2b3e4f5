"""Safe HTML: every rendered content body passes through nh3 with an allowlist.

Scripts, event-handler attributes, styles, ``javascript:``/``data:`` URLs and iframes from hosts
outside ``SAFE_HTML_IFRAME_HOSTS`` are removed; the build warns (through the problems channel),
naming the file and what was removed. Templates mark only this sanitised body as safe (Jinja autoescaping is on).

Settings read: ``SAFE_HTML_IFRAME_HOSTS``.
Signals: ``content_object_init``.
"""

from __future__ import annotations

from pelican import signals

from hub_model.guard import guarded
from safe_html.clean import Policy, clean_html, find_unsafe


@guarded
def sanitise_content(content):
    """Sanitise a brief's, event's or page's rendered body in place, warning about removals."""
    html = getattr(content, "_content", None)
    if not html or "hub_path" not in getattr(content, "metadata", {}):
        return
    policy = Policy(frozenset(content.settings["SAFE_HTML_IFRAME_HOSTS"]))
    problems = content._context["hub_run"].problems
    for removed in find_unsafe(html, policy):
        fix = "hapus dari berkas, atau pakai Markdown biasa"
        problems.warning(content.metadata["hub_path"], 0, "isi", f"{removed} dihapus demi keamanan", fix)
    content._content = clean_html(html, policy)


def register():
    """Connect the sanitiser."""
    signals.content_object_init.connect(sanitise_content)
