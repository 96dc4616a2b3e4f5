"""A brief as an oEmbed provider resource: the static JSON response and its card's size (pure).

oEmbed 1.0 (https://oembed.com/): type ``rich`` whose ``html`` is an iframe of the brief's compact
card page. Static files cannot honour ``maxwidth``/``maxheight``; the iframe is responsive instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml.html import builder as E

# Below the picture (16:9 at the card's width): title, summary, source line.
TEXT_HEIGHT = 168


@dataclass(frozen=True)
class Thumbnail:
    """The brief's picture; oEmbed states it only when its size is known (all three fields, or none)."""

    url: str
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class Card:
    """What the oEmbed response says about one brief (URLs absolute)."""

    title: str
    url: str  # the brief's canonical page
    card_url: str  # the compact page the iframe shows
    author_name: str
    author_url: str
    provider_name: str
    provider_url: str
    thumbnail: Thumbnail | None = None


def embeddable(articles: list) -> list:
    """Return the briefs that may be embedded: listed ones (never withdrawn, expired or previewed drafts)."""
    return [a for a in articles if getattr(a, "listed", False)]


def card_height(width: int, has_picture: bool) -> int:
    """Return the iframe height (px) that fits the card at ``width``."""
    return (round(width * 9 / 16) if has_picture else 0) + TEXT_HEIGHT


def iframe_html(card: Card, width: int, height: int) -> str:
    """Return the iframe markup consumers insert (built and escaped by lxml)."""
    frame = E.IFRAME(
        src=card.card_url,
        title=card.title,
        width=str(width),
        height=str(height),
        loading="lazy",
        style="border:0;max-width:100%",
    )
    return lxml.html.tostring(frame, encoding="unicode")


def oembed_response(card: Card, width: int, cache_age: int) -> dict:
    """Return the oEmbed 1.0 ``rich`` response for a brief."""
    height = card_height(width, card.thumbnail is not None)
    response = {
        "version": "1.0",
        "type": "rich",
        "title": card.title,
        "author_name": card.author_name,
        "author_url": card.author_url,
        "provider_name": card.provider_name,
        "provider_url": card.provider_url,
        "cache_age": cache_age,
        "html": iframe_html(card, width, height),
        "width": width,
        "height": height,
    }
    if card.thumbnail and card.thumbnail.width and card.thumbnail.height:
        response["thumbnail_url"] = card.thumbnail.url
        response["thumbnail_width"] = card.thumbnail.width
        response["thumbnail_height"] = card.thumbnail.height
    return response
