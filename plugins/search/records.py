"""What the search index holds for each listed brief, event and clarification: its URL, text and title (pure).

The index is built from these records, not by reading the written pages back: it can then be
built while the pages are being written. A record carries what the item's page shows readers:
title, summary, when and where (events), verdict and claim (clarifications), the body's text, and
programme, regions and topics last (so that a result's excerpt starts with what the item says, not
with its breadcrumb).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from hub_model.html import parse_fragment
from hub_model.model import prefixed


@dataclass(frozen=True)
class Record:
    """One searchable item."""

    url: str  # root-relative, as the search page links to it: "/berita/a/"
    content: str  # what excerpts are cut from: summary, when and where, body
    title: str
    terms: tuple[str, ...] = ()  # programme, regions, topics: searchable, after the text (never an excerpt's start)
    image: str = ""
    image_alt: str = ""

    @property
    def meta(self) -> dict[str, str]:
        """Return the metadata the search page shows with a result."""
        meta = {"title": self.title}
        if self.image:
            meta.update(image=self.image, image_alt=self.image_alt)
        return meta


def body_text(html: str) -> str:
    """Return the text of a rendered body (markup gone, whitespace collapsed)."""
    return " ".join(parse_fragment(html).text_content().split()) if html.strip() else ""


def record_of(item, siteurl: str) -> Record:
    """Describe a listed brief or event (a content object with the hub model) for the index."""
    details = getattr(item, "details", None)
    parts = [item.metadata.get("summary", "")]
    if details is not None:
        parts += [details.when, details.place, item.state.label]
    claim = getattr(item, "claim", None)
    if claim is not None:  # a clarification is found by the hoax's own words and its verdict
        parts += [claim.verdict.label, claim.claim]
    parts.append(body_text(item.content))
    image = item.image
    return Record(
        url=urlsplit(siteurl).path.rstrip("/") + "/" + item.url,
        content="\n".join(part for part in parts if part),
        title=prefixed(item, item.title),
        terms=tuple(
            [item.program.name, *(r.name for r in item.regions), *(t.name for t in getattr(item, "tags", None) or ())]
        ),
        image=image.url if image else "",
        image_alt=image.alt if image else "",
    )


def records_of(items: list, siteurl: str) -> list[Record]:
    """Return the records of every listed item, ordered by URL (the index is then the same every build)."""
    return sorted((record_of(item, siteurl) for item in items if getattr(item, "listed", False)), key=lambda r: r.url)
