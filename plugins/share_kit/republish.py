"""Ready-to-paste HTML for bloggers who republish a brief, built with lxml's escaping builder (pure)."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml.html import builder as E

from hub_model.html import absolute_fragment


@dataclass(frozen=True)
class Licence:
    """The licence briefs are republished under."""

    name: str  # e.g. "CC BY 4.0"
    url: str


@dataclass(frozen=True)
class Source:
    """What a republished copy carries of a brief (URLs absolute)."""

    title: str
    url: str  # the canonical page
    summary: str
    content_html: str
    sitename: str
    image_url: str = ""
    image_alt: str = ""
    image_credit: str = ""  # who the picture is by (default: the site)
    lead_html: str = ""  # what comes before the summary or text (a clarification's verdict and claim)
    tail_html: str = ""  # what follows the full text (a clarification's evidence)


def attribution(source: Source, licence: Licence) -> lxml.html.HtmlElement:
    """Return the attribution paragraph: source title and site linking the canonical URL, then the licence."""
    return E.P(
        "Sumber: ",
        E.A(f"{source.title} — {source.sitename}", href=source.url),
        ". Lisensi: ",
        E.A(licence.name, href=licence.url, rel="license"),
        ".",
    )


def body_of(html: str, base_url: str) -> list:
    """Parse a rendered body into elements whose links and pictures are absolute against ``base_url``."""
    if not html.strip():
        return []
    wrapper = absolute_fragment(html, base_url)
    lead = [E.P(wrapper.text.strip())] if wrapper.text and wrapper.text.strip() else []
    return lead + list(wrapper)


def republish_html(source: Source, licence: Licence, full: bool = False) -> str:
    """Return the HTML a blogger pastes: title, picture, summary (or full text), attribution and licence."""
    parts = [E.H2(E.A(source.title, href=source.url))]
    if source.image_url:
        parts.append(
            E.FIGURE(
                E.IMG(src=source.image_url, alt=source.image_alt),
                E.FIGCAPTION(f"Foto: {source.image_credit or source.sitename}"),
            )
        )
    parts += body_of(source.lead_html, source.url)
    parts += body_of(source.content_html + source.tail_html, source.url) if full else [E.P(source.summary)]
    parts.append(attribution(source, licence))
    article = E.ARTICLE()
    article.text = "\n"
    for part in parts:
        part.tail = "\n"
        article.append(part)
    return lxml.html.tostring(article, encoding="unicode")
