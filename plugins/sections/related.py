"""The "Berita terkait" block: the listed briefs a brief's page points readers to next (pure).

Same programme first, then same region, each newest first. Only what the sections hold is a
candidate, and the sections hold only listed news (briefs and clarifications), so a draft, an
embargoed, withdrawn or expired item is never suggested; nor is a clarification the page already
links under "Cek fakta terkait". The page gets plain values (``Related``: what the theme's
``components/related.html`` shows), not the items themselves: a page's memo key then covers
exactly what it shows of the others.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass

from hub_model.listing import news_order
from hub_model.model import prefixed
from hub_model.taxonomy import Term

MAX_COUNT = 10


@dataclass(frozen=True)
class Related:
    """What a brief's page shows of a related item: its link, and its programme before it."""

    url: str  # site-relative
    title: str  # a clarification's led by its verdict ("[HOAKS] …")
    label: str  # the programme's name


def related_briefs(brief, by_term: dict[Term, list], count: int) -> tuple[Related, ...]:
    """Return up to ``count`` items related to ``brief``: its programme's, then its regions', newest first.

    ``by_term`` maps programme and region terms to their listed news, newest first (the sections'
    items); ``brief`` itself may be listed or not (a withdrawn page still points to current news).
    """
    chosen: list = []
    seen = {id(brief)}
    shown = {ref.url for ref in getattr(brief, "fact_checks", ())}  # already under "Cek fakta terkait"
    regions = [by_term.get(region, []) for region in brief.regions]
    # Lazily: only as many candidates are looked at as it takes to fill the list.
    for candidate in itertools.chain(by_term.get(brief.program, []), heapq.merge(*regions, key=news_order)):
        if len(chosen) == count:
            break
        if id(candidate) not in seen and candidate.url not in shown:
            seen.add(id(candidate))
            chosen.append(candidate)
    return tuple(Related(c.url, prefixed(c, c.title), c.program.name) for c in chosen)


def check_count(value: object) -> int:
    """Return ``SECTIONS_RELATED_COUNT``: a whole number from 0 (off) to ``MAX_COUNT``."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        msg = f"SECTIONS_RELATED_COUNT must be a whole number from 0 to {MAX_COUNT}: {value!r}"
        raise ValueError(msg)
    return value
