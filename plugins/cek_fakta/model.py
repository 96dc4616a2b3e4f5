"""A clarification's claim, verdict and evidence, typed, and what syndicated copies carry of them (pure).

Verdicts, their labels, explanations and ratings are declared in the content schema
(``hub_model.schema.VERDICTS``); this module only describes one clarification with them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import lxml.html
from lxml.html import builder as E

from hub_model.dates import format_date, format_datetime
from hub_model.fields import Source
from hub_model.schema import PLATFORMS, RATING_BEST, RATINGS, VERDICTS

CLAIM_HEADING = "Klaim yang beredar"
EVIDENCE_HEADING = "Sumber pemeriksaan"
# How badges and cards show each rating besides its colour: an icon name (theme/templates/components/verdict.html).
TONES = {1: "salah", 2: "menyesatkan", 3: "sebagian", 4: "benar"}


@dataclass(frozen=True)
class Ref:
    """A link from one item's page to another item (related briefs, clarifications of a brief)."""

    url: str  # site-relative
    title: str
    label: str  # what the other item is: "Berita", "Acara", or the verdict label of a clarification


@dataclass(frozen=True)
class VerdictInfo:
    """A verdict as pages, feeds and structured data show it."""

    value: str  # "hoaks"
    label: str  # "Hoaks"
    rating: int
    explanation: str

    @property
    def prefix(self) -> str:
        """Return what titles and captions lead with: ``[HOAKS]``."""
        return f"[{self.label.upper()}]"

    @property
    def tone(self) -> str:
        """Return the badge's tone (icon and colour), from the rating."""
        return TONES[self.rating]

    @property
    def rating_label(self) -> str:
        """Return the rating's name on the scale: "Salah" … "Benar"."""
        return RATINGS[self.rating]

    @property
    def scale(self) -> str:
        """Return the rating as "1 dari 4"."""
        return f"{self.rating} dari {RATING_BEST}"


@dataclass(frozen=True)
class ClaimDetails:
    """What circulated, where and since when; what the office found; the sources it rests on."""

    claim: str
    platforms: tuple[str, ...]  # PLATFORMS keys
    first_seen: dt.datetime
    first_seen_date_only: bool
    appearances: tuple[str, ...]  # URLs where the claim appeared: text only, never linked
    verdict: VerdictInfo
    evidence: tuple[Source, ...]
    related: tuple[str, ...]  # Uids of related briefs and events

    @property
    def platform_labels(self) -> tuple[str, ...]:
        """Return where the claim circulated, in Indonesian."""
        return tuple(PLATFORMS[value] for value in self.platforms)

    @property
    def platforms_text(self) -> str:
        """Return the platforms as one line: "WhatsApp, Facebook"."""
        return ", ".join(self.platform_labels)

    @property
    def first_seen_iso(self) -> str:
        """Return when the claim was first seen, for ``<time datetime>`` (a date when no time was given)."""
        return self.first_seen.date().isoformat() if self.first_seen_date_only else self.first_seen.isoformat()

    @property
    def first_seen_text(self) -> str:
        """Return when the claim was first seen, in Indonesian."""
        if self.first_seen_date_only:
            return format_date(self.first_seen)
        return format_datetime(self.first_seen)

    def evidence_links(self, siteurl: str) -> tuple[EvidenceLink, ...]:
        """Return the evidence as links; sources on another site are not vouched for (``nofollow``)."""
        own = siteurl.rstrip("/") + "/"
        return tuple(
            EvidenceLink(s.title, s.url, "" if s.url.startswith(own) else "nofollow noopener") for s in self.evidence
        )


@dataclass(frozen=True)
class EvidenceLink:
    """A source as the page links it: ``rel`` is "nofollow noopener" when it points away from the site."""

    title: str
    url: str
    rel: str


def verdict_info(value: str) -> VerdictInfo:
    """Describe the verdict ``value`` (a key of the schema's VERDICTS)."""
    verdict = VERDICTS[value]
    return VerdictInfo(value, verdict.label, verdict.rating, verdict.explanation)


def all_verdicts() -> list[VerdictInfo]:
    """Return every verdict, in the order the schema declares them."""
    return [verdict_info(value) for value in VERDICTS]


def claim_details(values: dict) -> ClaimDetails:
    """Build a clarification's details from the values the reader parsed (dates already in the site's zone)."""
    return ClaimDetails(
        claim=values["claim"],
        platforms=values["claim_platforms"],
        first_seen=values["claim_first_seen"],
        first_seen_date_only=values.get("claim_first_seen_date_only", False),
        appearances=values.get("claim_links", ()),
        verdict=verdict_info(values["verdict"]),
        evidence=values["evidence"],
        related=values.get("related", ()),
    )


def _html(element) -> str:
    return lxml.html.tostring(element, encoding="unicode", method="html")


def syndication_lead(details: ClaimDetails) -> str:
    """Return the HTML republished copies and feeds put before the body: the verdict, then the claim quoted."""
    verdict = E.P(E.CLASS("verdict"), E.STRONG(f"Penilaian: {details.verdict.label.upper()}"))
    claim = E.BLOCKQUOTE(E.CLASS("claim"), E.P(E.STRONG(f"{CLAIM_HEADING}: ")), E.P(details.claim))
    return _html(verdict) + _html(claim)


def syndication_tail(details: ClaimDetails) -> str:
    """Return the HTML that follows the body: the evidence, each source linked."""
    sources = [E.LI(E.A(source.title, href=source.url, rel="nofollow noopener")) for source in details.evidence]
    return _html(E.H2(EVIDENCE_HEADING)) + _html(E.UL(*sources))
