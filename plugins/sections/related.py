"""The "Berita terkait" block: the listed briefs a brief's page points readers to next (pure).

Same programme first, then same region, each newest first. Only what the sections hold is a
candidate, and the sections hold only listed briefs, so a draft, an embargoed, withdrawn or
expired brief is never suggested. The page gets plain values (``Related``), not the briefs
themselves: a page's memo key then covers exactly what it shows of the other briefs.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from dataclasses import dataclass

from hub_model.taxonomy import Term

MAX_COUNT = 10


@dataclass(frozen=True)
class Related:
    """What a brief's page shows of a related brief."""

    title: str
    url: str  # site-relative
    date: dt.datetime
    program: Term


def newest_first(brief) -> tuple:
    """Order briefs newest first, ties by slug: the order every section keeps (``ARTICLE_ORDER_BY``)."""
    return (-brief.date.timestamp(), brief.slug)


def related_briefs(brief, by_term: dict[Term, list], count: int) -> tuple[Related, ...]:
    """Return up to ``count`` briefs related to ``brief``: its programme's, then its regions', newest first.

    ``by_term`` maps programme and region terms to their listed briefs, newest first (the sections'
    items); ``brief`` itself may be listed or not (a withdrawn page still points to current news).
    """
    chosen: list = []
    seen = {id(brief)}
    regions = [by_term.get(region, []) for region in brief.regions]
    # Lazily: only as many candidates are looked at as it takes to fill the list.
    for candidate in itertools.chain(by_term.get(brief.program, []), heapq.merge(*regions, key=newest_first)):
        if len(chosen) == count:
            break
        if id(candidate) not in seen:
            seen.add(id(candidate))
            chosen.append(candidate)
    return tuple(Related(c.title, c.url, c.date, c.program) for c in chosen)


def check_count(value: object) -> int:
    """Return ``SECTIONS_RELATED_COUNT``: a whole number from 0 (off) to ``MAX_COUNT``."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        msg = f"SECTIONS_RELATED_COUNT must be a whole number from 0 to {MAX_COUNT}: {value!r}"
        raise ValueError(msg)
    return value
