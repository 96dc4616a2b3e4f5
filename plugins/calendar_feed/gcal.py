"""Links that open an event or a subscription in Google Calendar, and the ``webcal:`` form (pure).

They are plain links: nothing is loaded from Google until a reader follows one.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

from calendar_feed.ics import event_location, event_span, event_summary

GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"
# Google truncates long template links; the summary and the page link are enough.
DETAILS_LIMIT = 600


def _stamp(moment: dt.date | dt.datetime) -> str:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


def google_template_url(event, siteurl: str) -> str:
    """Return an "Add to Google Calendar" link for one event (all-day events end on the day after)."""
    details = event.details
    start, end = event_span(details)
    url = f"{siteurl}/{event.url}"
    summary = event.metadata.get("summary", "").strip()[:DETAILS_LIMIT]
    params = {
        "action": "TEMPLATE",
        "text": event_summary(event),
        "dates": f"{_stamp(start)}/{_stamp(end or start)}",
        "details": f"{summary}\n\n{url}".strip(),
        "location": event_location(details),
        "ctz": details.timezone,
    }
    return f"{GOOGLE_CALENDAR}?{urlencode({k: v for k, v in params.items() if v}, quote_via=quote)}"


def webcal_url(ics_url: str) -> str:
    """Return the ``webcal:`` address that makes a calendar app offer to subscribe."""
    return "webcal://" + ics_url.split("://", 1)[-1]


def google_subscribe_url(ics_url: str) -> str:
    """Return a link that asks Google Calendar to subscribe to the calendar at ``ics_url``."""
    return f"{GOOGLE_CALENDAR}?cid={quote(webcal_url(ics_url), safe='')}"
