"""Responsive picture markup (pure): ``<picture>`` with a source per format, ``srcset``, ``sizes``, true sizes.

``picture_html`` is what templates call (the ``picture`` filter); ``rewrite_body`` swaps the
``<img>`` elements of a rendered body that show a processed source for the same markup, and points
links to a processed source at its handed-out copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html
from lxml.html import builder as E
from markupsafe import Markup, escape

from hub_model.model import Image

IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
HREF = re.compile(r'(href)="([^"]*)"')


def srcset(image: Image, mime: str) -> str:
    """Return the ``srcset`` of one format: every width, smallest first."""
    return ", ".join(f"{r.url} {r.width}w" for r in image.renditions if r.mime == mime)


def picture_element(image: Image, sizes: str, *, lazy: bool = True, alt: str | None = None, classes: str = ""):
    """Return the ``<picture>`` element of a processed image (a plain ``<img>`` for an unprocessed one)."""
    attributes = {"alt": image.alt if alt is None else alt, "decoding": "async"}
    if lazy:
        attributes["loading"] = "lazy"
    if classes:
        attributes["class"] = classes
    if not image.renditions:
        return E.IMG(src=image.url, **attributes)
    jpegs = [r for r in image.renditions if r.mime == "image/jpeg"]
    fallback = next((r for r in jpegs if r.width >= 960), jpegs[-1])
    largest = jpegs[-1]
    img = E.IMG(
        src=fallback.url,
        srcset=srcset(image, "image/jpeg"),
        sizes=sizes,
        width=str(largest.width),
        height=str(largest.height),
        **attributes,
    )
    mimes = list(dict.fromkeys(r.mime for r in image.renditions if r.mime != "image/jpeg"))
    return E.PICTURE(*(E.SOURCE(type=mime, srcset=srcset(image, mime), sizes=sizes) for mime in mimes), img)


def serialise(element) -> str:
    """Serialise a picture element as HTML (``<source>`` is a void element lxml does not know as one)."""
    return lxml.html.tostring(element, encoding="unicode").replace("</source>", "")


def picture_html(image: Image, sizes: str, lazy: bool = True, classes: str = "") -> Markup:
    """Return the markup of ``picture_element`` for a template."""
    html = serialise(picture_element(image, sizes, lazy=lazy, classes=classes))
    return Markup(html)  # noqa: S704 (built with lxml's escaping builder)


def rewrite_body(html: str, lookup: Callable[[str], Image | None], sizes: str) -> str:
    """Swap each ``<img>`` of a processed source for its ``<picture>``; point links to one at its copy."""

    def picture(match: re.Match) -> str:
        tag = lxml.html.fragment_fromstring(match.group(0))
        image = lookup(tag.get("src", ""))
        if image is None:
            return match.group(0)
        element = picture_element(image, sizes, alt=tag.get("alt", ""), classes=tag.get("class", ""))
        return serialise(element)

    def link(match: re.Match) -> str:
        image = lookup(lxml.html.fromstring(f"<a {match.group(0)}></a>").get("href", ""))
        return f'href="{escape(image.url)}"' if image is not None else match.group(0)

    return HREF.sub(link, IMG_TAG.sub(picture, html))


def drop_pictures(html: str, linked: Callable[[str], str | None]) -> str:
    """Remove the ``<img>`` of content pictures (``linked``: the content path a link points at, or None)."""

    def img(match: re.Match) -> str:
        tag = lxml.html.fragment_fromstring(match.group(0))
        return "" if linked(tag.get("src", "")) else match.group(0)

    def link(match: re.Match) -> str:
        href = lxml.html.fromstring(f"<a {match.group(0)}></a>").get("href", "")
        return 'href="#"' if linked(href) else match.group(0)

    return HREF.sub(link, IMG_TAG.sub(img, html))
