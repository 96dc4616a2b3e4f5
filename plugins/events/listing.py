"""Upcoming and past events, decided against the build's "now"."""

from __future__ import annotations

import datetime as dt


def upcoming_and_past(events: list, now: dt.datetime) -> tuple[list, list]:
    """Split events (objects with ``.details``) into upcoming (soonest first) and past (newest first).

    An event is upcoming until it has finished, so one happening right now is still listed first.
    """
    upcoming = [event for event in events if event.details.finishes > now]
    past = [event for event in events if event.details.finishes <= now]
    upcoming.sort(key=lambda event: event.details.start)
    past.sort(key=lambda event: event.details.start, reverse=True)
    return upcoming, past
