"""Upcoming and past events, decided against the build's "now", and the agenda's sub-sections (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from events.model import STATUS_LABELS, STATUS_NOTES
from hub_model.taxonomy import Taxonomy, Term

# Kinds of the agenda's sub-sections; they differ from the briefs' "program"/"region" terms
# because they live under the agenda's URL and have calendars, not RSS feeds, of their own.
PROGRAM_KIND = "event-program"
REGION_KIND = "event-region"
TITLE_PREFIXES = {"events": "", PROGRAM_KIND: "Program ", REGION_KIND: ""}
# What an event that has taken place is, whatever its schedule said.
FINISHED = "finished"
FINISHED_LABEL = "Selesai"
# Statuses whose events have not happened once their time has passed (a postponed one still will).
NEVER_FINISHED = ("cancelled", "postponed")


@dataclass(frozen=True)
class EventSection:
    """An agenda page and its calendar: a term plus its upcoming (soonest first) and past events."""

    term: Term
    upcoming: tuple
    past: tuple

    @property
    def title(self) -> str:
        """Return the heading shown on the page and in calendar apps."""
        if self.term.kind == "events":
            return self.term.name
        return f"Agenda Acara {TITLE_PREFIXES[self.term.kind]}{self.term.name}"

    @property
    def events(self) -> tuple:
        """Return every event of the section, upcoming first."""
        return self.upcoming + self.past


@dataclass(frozen=True)
class EventState:
    """Where an event stands at the build's "now": what its page, card and search record say about it."""

    key: str  # "scheduled", "postponed", "rescheduled", "cancelled", or FINISHED
    label: str  # Indonesian, e.g. "Terjadwal", "Selesai"
    note: str  # the status banner's text; empty: no banner

    @property
    def badge(self) -> str:
        """Return the label an event card shows, or "" for a plainly scheduled event."""
        return "" if self.key == "scheduled" else self.label

    @property
    def offers_calendar(self) -> bool:
        """Tell whether adding the event to a calendar still makes sense (not over, not cancelled)."""
        return self.key not in (FINISHED, "cancelled")


def event_state(details, now: dt.datetime) -> EventState:
    """Return where an event stands at ``now``: its declared status, or finished once it is over.

    The one place the status shown to readers is decided (event page, cards, search).
    """
    if details.finishes <= now and details.status not in NEVER_FINISHED:
        return EventState(FINISHED, FINISHED_LABEL, "")
    return EventState(details.status, STATUS_LABELS[details.status], STATUS_NOTES[details.status])


def home_events(upcoming: list, count: int) -> list:
    """Return the first ``count`` upcoming events worth a slot on the home page: cancelled ones never are."""
    return [event for event in upcoming if event.details.status != "cancelled"][:count]


def upcoming_and_past(events: list, now: dt.datetime) -> tuple[list, list]:
    """Split events (objects with ``.details``) into upcoming (soonest first) and past (newest first).

    An event is upcoming until it has finished, so one happening right now is still listed first.
    """
    upcoming = [event for event in events if event.details.finishes > now]
    past = [event for event in events if event.details.finishes <= now]
    # Ties (same start) are ordered by slug, so every build lists them in the same order.
    upcoming.sort(key=lambda event: (event.details.start, event.slug))
    past.sort(key=lambda event: (-event.details.start.timestamp(), event.slug))
    return upcoming, past


def timing_note(details, now: dt.datetime) -> str:
    """Return what an event page says about timing at ``now``: under way, over, or nothing.

    A cancelled event never "took place"; its status banner says enough.
    """
    if details.status == "cancelled":
        return ""
    if details.finishes <= now:
        return "Acara ini sudah berlangsung."
    if details.start <= now:
        return "Acara ini sedang berlangsung."
    return ""


def registration_open(details, now: dt.datetime) -> bool:
    """Tell whether registration still makes sense at ``now``: a link, not cancelled, before the deadline or start."""
    if not details.registration_url or details.status == "cancelled":
        return False
    closes = details.registration_deadline or details.start
    return now < closes


def section_terms(taxonomy: Taxonomy, program_url: str, region_url: str) -> list[Term]:
    """Return the agenda's sub-section terms: every programme, then every region, in declared order."""
    terms = [Term(PROGRAM_KIND, t.slug, t.name, program_url.format(slug=t.slug)) for t in taxonomy.programs.values()]
    terms += [Term(REGION_KIND, t.slug, t.name, region_url.format(slug=t.slug)) for t in taxonomy.regions.values()]
    return terms


def belongs(event, term: Term) -> bool:
    """Tell whether an event (with ``.program`` and ``.regions``) belongs under an agenda sub-section term."""
    slugs = [event.program.slug] if term.kind == PROGRAM_KIND else [r.slug for r in event.regions]
    return term.slug in slugs


def group_events(upcoming: list, past: list, all_term: Term, terms: list[Term]) -> list[EventSection]:
    """Return the whole agenda, then one section per programme and region term that has events.

    Events keep the order of ``upcoming`` and ``past``.
    """
    sections = [EventSection(all_term, tuple(upcoming), tuple(past))]
    for term in terms:
        section = EventSection(
            term, tuple(e for e in upcoming if belongs(e, term)), tuple(e for e in past if belongs(e, term))
        )
        if section.events:
            sections.append(section)
    return sections


def agenda_terms(event, sections: list[EventSection]) -> tuple[Term | None, tuple[Term, ...]]:
    """Return the agenda pages an event page links to: its programme's (or None) and its regions'.

    Only sections that exist are returned, so an unlisted event never links to a page that was not written.
    """
    terms = [s.term for s in sections if s.term.kind in (PROGRAM_KIND, REGION_KIND) and belongs(event, s.term)]
    program = next((t for t in terms if t.kind == PROGRAM_KIND), None)
    return program, tuple(t for t in terms if t.kind == REGION_KIND)
