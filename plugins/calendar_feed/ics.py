"""iCalendar files for events (RFC 5545, with RFC 7986 calendar names), built with ``icalendar`` (pure).

An event's ``UID`` is its permanent ``Uid`` and ``DTSTAMP`` its last recorded change, so the same
content always gives the same bytes and calendar apps never see a duplicate after a title edit.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import icalendar

from hub_model.dates import format_datetime

# Postponed events have no settled date yet; rescheduled ones have a new, definite one.
STATUSES = {"scheduled": "CONFIRMED", "rescheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


@dataclass(frozen=True)
class CalendarMeta:
    """What one ``.ics`` file says about itself; subscription calendars also carry name and refresh."""

    prodid: str
    siteurl: str
    name: str = ""  # NAME / X-WR-CALNAME; empty for a single event's download
    description: str = ""
    url: str = ""  # the page the calendar mirrors (absolute)
    source: str = ""  # where the subscription is fetched from (absolute)
    timezone: str = ""  # X-WR-TIMEZONE
    refresh: dt.timedelta | None = None


def event_summary(event) -> str:
    """Return the event's title, led by its status when it is not simply scheduled."""
    details = event.details
    return event.title if details.status == "scheduled" else f"{details.status_label}: {event.title}"


def venue_line(details) -> str:
    """Return the venue and its address in one line (empty for online-only events)."""
    return ", ".join(part for part in (details.venue, details.address) if part)


def event_location(details) -> str:
    """Return the venue and address, or the online link for an online-only event."""
    return venue_line(details) or details.online_url


def event_span(details) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime | None]:
    """Return DTSTART and DTEND: dates with an exclusive end for all-day events, else zoned times.

    A timed event without a real end gets no DTEND (RFC 5545 requires DTEND after DTSTART).
    Fixed UTC offsets (no IANA zone to describe in a VTIMEZONE) are given in UTC.
    """
    if details.all_day:
        return details.start.date(), details.end.date() + dt.timedelta(days=1)

    def zoned(moment: dt.datetime) -> dt.datetime:
        return moment if getattr(moment.tzinfo, "key", None) else moment.astimezone(dt.UTC)

    return zoned(details.start), zoned(details.end) if details.end > details.start else None


def event_description(event, url: str) -> str:
    """Return the plain-text description: summary, status, when, where, links."""
    details = event.details
    lines = [event.metadata.get("summary", "").strip(), ""]
    if details.status != "scheduled":
        lines.append(f"Status: {details.status_label}. {details.status_note}")
    lines.append(f"Waktu: {details.when}")
    if venue_line(details):
        lines.append(f"Tempat: {venue_line(details)}")
    if details.online_url:
        lines.append(f"Ikuti daring: {details.online_url}")
    if details.registration_url:
        deadline = details.registration_deadline
        until = f" (paling lambat {format_datetime(deadline)})" if deadline else ""
        lines.append(f"Pendaftaran: {details.registration_url}{until}")
    lines.append(f"Selengkapnya: {url}")
    return "\n".join(lines).strip()


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def build_event(event, siteurl: str) -> icalendar.Event:
    """Build one VEVENT; ``SEQUENCE`` comes from ``event.sequence`` (0 until the ledger sets it)."""
    details = event.details
    url = f"{siteurl}/{event.url}"
    start, end = event_span(details)
    changed = getattr(event, "modified", None) or event.date
    component = icalendar.Event.new(
        uid=event.uid,
        stamp=_utc(changed),
        created=_utc(event.date),
        last_modified=_utc(changed),
        sequence=int(getattr(event, "sequence", 0) or 0),
        start=start,
        end=end,
        summary=event_summary(event),
        description=event_description(event, url),
        location=event_location(details) or None,
        url=url,
        status=STATUSES[details.status],
        categories=[event.program.name, *(region.name for region in event.regions)],
    )
    if details.geo:
        component.add("GEO", details.geo)
    component.add("CLASS", "PUBLIC")
    component.add("TRANSP", "OPAQUE")
    return component


def add_timezones(calendar: icalendar.Calendar, extra: str, zones: dict[str, icalendar.Timezone]) -> None:
    """Insert a VTIMEZONE for every zone the events use, plus ``extra``, in name order (reproducible).

    ``zones`` caches the components already built (building one takes a while); pass a fresh dict per build.
    """
    tzids = calendar.get_missing_tzids() | ({extra} if extra else set())
    tzids -= {tz.tz_name for tz in calendar.timezones}
    for position, tzid in enumerate(sorted(tzids)):
        if tzid not in zones:
            zones[tzid] = icalendar.Timezone.from_tzid(tzid)
        calendar.subcomponents.insert(position, zones[tzid])


def build_calendar(
    events, meta: CalendarMeta, zones: dict | None = None, built: dict | None = None
) -> icalendar.Calendar:
    """Build a ``METHOD:PUBLISH`` calendar of ``events`` with a VTIMEZONE for every zone they use.

    ``built`` caches each event's VEVENT for this build (an event is in several calendars).
    """
    calendar = icalendar.Calendar.new(
        prodid=meta.prodid,
        method="PUBLISH",
        name=meta.name or None,
        description=meta.description or None,
        url=meta.url or None,
        source=meta.source or None,
        # A calendar's UID must not change between builds: derive it from its own address.
        uid=uuid.uuid5(uuid.NAMESPACE_URL, meta.source or meta.url or meta.prodid),
    )
    if meta.timezone:
        calendar.add("X-WR-TIMEZONE", meta.timezone)
    if meta.refresh:
        # RFC 7986 requires VALUE=DURATION; X-PUBLISHED-TTL is what Outlook and older apps read.
        calendar.add("REFRESH-INTERVAL", meta.refresh, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(meta.refresh))
    built = {} if built is None else built
    for event in events:
        if id(event) not in built:
            built[id(event)] = build_event(event, meta.siteurl)
        calendar.add_component(built[id(event)])
    # Describe the zone X-WR-TIMEZONE names too, even when every event is all-day.
    add_timezones(calendar, meta.timezone, {} if zones is None else zones)
    return calendar


END = b"END:VCALENDAR\r\n"


def calendar_ical(events, meta: CalendarMeta, zones: dict, built: dict, serialised: dict) -> bytes:
    """Return the bytes of ``build_calendar(...).to_ical()``, serialising each VEVENT once per build.

    Serialising (line folding above all) was most of the calendars' time, and every event is in
    several calendars; ``serialised`` keeps each VEVENT's bytes, which are spliced in after the
    calendar's own properties and time zones, exactly where ``to_ical`` would put them.
    """
    calendar = build_calendar(events, meta, zones, built)
    parts = [c for c in calendar.subcomponents if c.name != "VEVENT"]
    for component in calendar.subcomponents:
        if component.name == "VEVENT" and id(component) not in serialised:
            serialised[id(component)] = component.to_ical()
    body = [serialised[id(c)] for c in calendar.subcomponents if c.name == "VEVENT"]
    calendar.subcomponents = parts
    head = calendar.to_ical()
    return head[: -len(END)] + b"".join(body) + END
