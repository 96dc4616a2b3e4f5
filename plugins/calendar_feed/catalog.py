"""Which calendar files the hub publishes, where they live, and the links pages show for them (pure).

One table, one loop: every ``.ics`` is a ``CalendarFile`` (path, header, events). Subscription
calendars sit in each agenda folder (all events, each programme, each region); a single-event
download sits beside its event page. The same path functions decide where a file is written and
where pages link to it.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass

from calendar_feed.gcal import google_subscribe_url, google_template_url, webcal_url
from calendar_feed.ics import CalendarMeta


@dataclass(frozen=True)
class CalendarSettings:
    """The plugin's settings, checked once."""

    siteurl: str
    sitename: str
    prodid: str
    filename: str
    timezone: str
    refresh: dt.timedelta


@dataclass(frozen=True)
class CalendarFile:
    """One ``.ics`` file to write."""

    path: str  # site-relative
    meta: CalendarMeta
    events: tuple


def load_settings(settings: dict) -> CalendarSettings:
    """Read the ``CALENDAR_FEED_*`` settings (and the site's address, name and timezone)."""
    filename = settings["CALENDAR_FEED_FILENAME"]
    hours = settings["CALENDAR_FEED_REFRESH_HOURS"]
    if not filename.endswith(".ics") or "/" in filename:
        msg = f"CALENDAR_FEED_FILENAME must be a file name ending in .ics, not {filename!r}"
        raise ValueError(msg)
    if not isinstance(hours, int) or hours <= 0:
        msg = f"CALENDAR_FEED_REFRESH_HOURS must be a positive whole number, not {hours!r}"
        raise ValueError(msg)
    return CalendarSettings(
        siteurl=settings["SITEURL"],
        sitename=settings["SITENAME"],
        prodid=settings["CALENDAR_FEED_PRODID"],
        filename=filename,
        timezone=settings["TIMEZONE"],
        refresh=dt.timedelta(hours=hours),
    )


def section_calendar_path(term, filename: str) -> str:
    """Return the site-relative path of an agenda section's subscription calendar."""
    return f"{term.url}{filename}"


def event_calendar_path(event) -> str:
    """Return the site-relative path of an event's own ``.ics``, beside its page."""
    return posixpath.join(posixpath.dirname(event.save_as), f"{event.slug}.ics")


def calendar_files(event_sections: list, events: list, cfg: CalendarSettings) -> list[CalendarFile]:
    """List every calendar: one subscription per agenda section, then one download per event."""
    files = []
    for section in event_sections:
        path = section_calendar_path(section.term, cfg.filename)
        meta = CalendarMeta(
            prodid=cfg.prodid,
            siteurl=cfg.siteurl,
            name=f"{cfg.sitename} — {section.title}",
            description=f"Jadwal acara {cfg.sitename}: {section.title}.",
            url=f"{cfg.siteurl}/{section.term.url}",
            source=f"{cfg.siteurl}/{path}",
            timezone=cfg.timezone,
            refresh=cfg.refresh,
        )
        files.append(CalendarFile(path, meta, section.events))
    for event in events:
        meta = CalendarMeta(prodid=cfg.prodid, siteurl=cfg.siteurl, url=f"{cfg.siteurl}/{event.url}")
        files.append(CalendarFile(event_calendar_path(event), meta, (event,)))
    return files


def section_calendar_links(section, cfg: CalendarSettings) -> dict[str, str]:
    """Return the subscription links of an agenda section: ``ics``, ``webcal`` and ``google``."""
    ics = f"{cfg.siteurl}/{section_calendar_path(section.term, cfg.filename)}"
    return {"ics": ics, "webcal": webcal_url(ics), "google": google_subscribe_url(ics), "title": section.title}


def event_calendar_links(event, cfg: CalendarSettings) -> dict[str, str]:
    """Return an event's ``.ics`` download and its "Add to Google Calendar" link."""
    return {"ics": f"{cfg.siteurl}/{event_calendar_path(event)}", "google": google_template_url(event, cfg.siteurl)}
