"""The "Berita terkait" block: the listed briefs a brief's page points readers to next (pure).

Same programme and a shared region first, then the rest of the programme, then the same regions'
other news; within each, nearest in time first (before or after the brief, the later one first on
a tie). Candidates are looked for only among the ``WINDOW`` items on each side of the brief in each
list, so a brief appears in the blocks of its neighbours only. Publishing or retitling a brief
therefore changes a handful of other pages, not every page of its programme (the way Hugo keeps
related content stable), and an old page keeps pointing to news of its own time.

Only what the sections hold is a candidate, and the sections hold only listed news (briefs and
clarifications), so a draft, an embargoed, withdrawn or expired item is never suggested; nor is a
clarification the page already links under "Cek fakta terkait". The page gets plain values
(``Related``: what the theme's ``components/related.html`` shows), not the items themselves: a
page's memo key then covers exactly what it shows of the others.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from hub_model.listing import news_order
from hub_model.model import prefixed
from hub_model.taxonomy import Term

MAX_COUNT = 10
WINDOW = 24  # items looked at on each side of the brief, in each list


@dataclass(frozen=True)
class Related:
    """What a brief's page shows of a related item: its link, and its programme before it."""

    url: str  # site-relative
    title: str  # a clarification's led by its verdict ("[HOAKS] …")
    label: str  # the programme's name


def time_apart(brief):
    """Return the sort key of how far an item is from ``brief`` in time."""
    return lambda item: abs(item.date - brief.date)


def nearest(items: list, brief, window: int = WINDOW) -> Iterator:
    """Yield up to ``window`` items on each side of ``brief`` in ``items`` (newest first), nearest in time first.

    ``brief`` need not be in ``items`` (an unlisted brief has a place in time all the same). Only the
    window is sliced, so each brief costs the same however long the list.
    """
    at = bisect.bisect_left(items, news_order(brief), key=news_order)
    after = items[max(at - window, 0) : at][::-1]  # newer, the nearest first
    before = [item for item in items[at : at + window + 1] if item is not brief][:window]
    return heapq.merge(after, before, key=time_apart(brief))


def related_briefs(brief, by_term: dict[Term, list], count: int) -> tuple[Related, ...]:
    """Return up to ``count`` items related to ``brief`` (see the module's docstring for the order).

    ``by_term`` maps programme and region terms to their listed news, newest first (the sections'
    items); ``brief`` itself may be listed or not (a withdrawn page still points to current news).
    """
    if not count:
        return ()
    regions = set(brief.regions)
    # The programme's nearest, those sharing a region first (a stable sort keeps their order in time).
    programme = sorted(
        nearest(by_term.get(brief.program, []), brief), key=lambda item: regions.isdisjoint(item.regions)
    )
    neighbours = heapq.merge(*(nearest(by_term.get(r, []), brief) for r in brief.regions), key=time_apart(brief))
    chosen: list = []
    seen = {id(brief)}
    shown = {ref.url for ref in getattr(brief, "fact_checks", ())}  # already under "Cek fakta terkait"
    for candidate in itertools.chain(programme, neighbours):
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
