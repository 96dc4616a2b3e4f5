"""Sanitise rendered Markdown with nh3 and list what was removed, for the editor (pure).

Every item's body is rendered and sanitised when it is read (``validation.reading``), so the
sanitised body is what the cache keeps and every output uses. Scripts, event-handler
attributes, styles, ``javascript:``/``data:`` URLs and iframes from hosts outside
``SAFE_HTML_IFRAME_HOSTS`` are removed; templates mark only this sanitised body as safe (Jinja
autoescaping is on).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3

from hub_model.html import parse_fragment, serialise_children

TAGS = frozenset(
    {
        "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "img", "figure", "figcaption", "blockquote", "q", "cite",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "code", "pre", "kbd", "em", "strong", "b", "i", "u", "s", "sup", "sub", "abbr", "mark", "small",
        "iframe",
    }
)  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height", "loading"},
    "iframe": {"src", "title", "width", "height", "allowfullscreen", "loading"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "ol": {"start"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "sup": {"id"},
    "li": {"id"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Content is dropped together with these tags, not just unwrapped.
DROP_WITH_CONTENT = frozenset({"script", "style", "object", "embed", "noscript", "template"})
URL_ATTRIBUTES = ("href", "src")


@dataclass(frozen=True)
class Policy:
    """What content HTML may contain."""

    iframe_hosts: frozenset[str]


def iframe_allowed(src: str, policy: Policy) -> bool:
    """Tell whether an iframe source is an https URL on an allowlisted video host."""
    parts = urlsplit(src)
    return parts.scheme == "https" and parts.hostname in policy.iframe_hosts


def find_unsafe(html: str, policy: Policy) -> list[str]:
    """List, in words an editor understands, what the sanitiser will remove from ``html``."""
    if not html.strip():
        return []
    found = []
    for element in parse_fragment(html).iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in DROP_WITH_CONTENT:
            found.append(f"tag <{tag}>")
            continue
        if tag and tag != "div" and tag not in TAGS:
            found.append(f"tag <{tag}>")
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on"):
                found.append(f"atribut {name} pada <{tag}>")
            elif lowered == "style":
                found.append(f"atribut style pada <{tag}>")
            elif lowered in URL_ATTRIBUTES:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme and scheme not in URL_SCHEMES:
                    found.append(f"alamat {scheme}: pada <{tag}>")
                elif tag == "iframe" and not iframe_allowed(value, policy):
                    found.append(f"iframe dari {urlsplit(value).hostname or repr(value)}")
    return found


def _filter_attribute(policy: Policy):
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "iframe" and attribute == "src" and not iframe_allowed(value, policy):
            return None
        return value

    return keep


def drop_foreign_iframes(html: str, policy: Policy) -> str:
    """Remove iframes (with their fallback content) whose source is not an allowlisted video host."""
    if "<iframe" not in html.lower():
        return html
    root = parse_fragment(html)
    for iframe in list(root.iter("iframe")):
        if not iframe_allowed(iframe.get("src", ""), policy):
            iframe.drop_tree()
    return serialise_children(root)


def clean_html(html: str, policy: Policy) -> str:
    """Return ``html`` with only allowlisted tags, attributes and URL schemes."""
    return nh3.clean(
        drop_foreign_iframes(html, policy),
        tags=set(TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=_filter_attribute(policy),
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
