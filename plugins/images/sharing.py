"""Which share cards an item gets, what they say and where they go (pure).

An item's cards are named by what they are made of (text, photo, fonts, code), so an unchanged
card keeps its URL and is never made again; ``CardJob`` is what the generator needs to draw it.
"""

from __future__ import annotations

from dataclasses import dataclass

from hub_model.dates import format_short_date
from hub_model.model import ShareCard
from images.cards import SIZES, CardText
from images.store import digest

# Bump when the cards' design changes: every card is drawn again, under a new URL.
CARD_VERSION = "1"
CARD_KINDS = ("brief", "event", "clarification")


@dataclass(frozen=True)
class CardJob:
    """One card to draw: its text, size name, and the store key of the photo's renditions (or "")."""

    text: CardText
    name: str
    photo: str
    key: str  # store key of the drawn card


def card_text(item, sitename: str) -> CardText:
    """Return what an item's cards say (a brief, event or clarification with the hub model fields)."""
    details = getattr(item, "details", None)
    when = details.start if details is not None else item.date
    kicker = f"{item.program.name} · {format_short_date(when)}"
    claim = getattr(item, "claim", None)
    if claim is None:
        return CardText(item.title, kicker, sitename)
    return CardText(item.title, kicker, sitename, claim.verdict.label, claim.verdict.tone, claim.claim)


def card_alt(text: CardText) -> str:
    """Return a card's text alternative."""
    if text.verdict:
        return f"{text.verdict.upper()}: klaim “{text.claim}” — {text.sitename}"
    return f"{text.title} — {text.kicker} — {text.sitename}"


def plan_cards(
    item, *, sitename: str, siteurl: str, path_pattern: str, font_digest: str, photo: str
) -> tuple[tuple[ShareCard, ...], dict[str, CardJob]]:
    """Return an item's cards (Open Graph first) and the card jobs by output path."""
    text = card_text(item, sitename)
    cards, jobs = [], {}
    for name, (width, height, label) in SIZES.items():
        key = digest(CARD_VERSION, font_digest, repr(text), name, photo)
        path = path_pattern.format(uid=item.uid, name=name, digest=key[:12])
        cards.append(ShareCard(name, label, f"{siteurl}/{path}", width, height, path, card_alt(text)))
        jobs[path] = CardJob(text, name, photo, key)
    return tuple(cards), jobs
