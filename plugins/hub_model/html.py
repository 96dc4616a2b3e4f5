"""Small lxml helpers for rendered content fragments, shared by every plugin that rewrites them (pure)."""

from __future__ import annotations

import json

import lxml.html

# Characters that could end a <script> element or start markup, written as JSON escapes instead.
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def parse_fragment(html: str) -> lxml.html.HtmlElement:
    """Parse an HTML fragment (text and elements) into one ``<div>`` wrapper."""
    return lxml.html.fragment_fromstring(html, create_parent="div")


def serialise_children(wrapper: lxml.html.HtmlElement) -> str:
    """Serialise what ``parse_fragment`` wrapped, without the wrapper."""
    return (wrapper.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in wrapper)


def absolute_fragment(html: str, base_url: str) -> lxml.html.HtmlElement:
    """Parse a fragment with every link and image URL made absolute against ``base_url``."""
    wrapper = parse_fragment(html)
    wrapper.make_links_absolute(base_url, resolve_base_href=False)
    return wrapper


def absolutize(html: str, base_url: str) -> str:
    """Make every link and image URL in an HTML fragment absolute against ``base_url``."""
    if not html.strip():
        return html
    return serialise_children(absolute_fragment(html, base_url))


def dump_json_ld(data: dict) -> str:
    """Serialise structured data as JSON that cannot close or break out of the ``<script>`` element holding it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "".join(SCRIPT_ESCAPES.get(char, char) for char in text)
