"""Format dates the Indonesian way ("Rabu, 11 November 2020, 09.00 WIB") (pure)."""

from __future__ import annotations

import datetime as dt

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
# Indonesia's three zones; any other offset is shown as "UTC+h".
ZONE_NAMES = {7: "WIB", 8: "WITA", 9: "WIT"}


def zone_label(moment: dt.datetime) -> str:
    """Return WIB/WITA/WIT for Indonesian offsets, else ``UTC+h``."""
    offset = moment.utcoffset() or dt.timedelta(0)
    hours = offset.total_seconds() / 3600
    if hours in ZONE_NAMES:
        return ZONE_NAMES[int(hours)]
    sign = "+" if hours >= 0 else "-"
    return f"UTC{sign}{abs(hours):g}"


def format_date(moment: dt.date) -> str:
    """Format as ``Rabu, 11 November 2020``."""
    return f"{DAYS[moment.weekday()]}, {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def format_short_date(moment: dt.date) -> str:
    """Format as ``11 November 2020``."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def format_time(moment: dt.datetime) -> str:
    """Format as ``09.00`` (Indonesian uses a dot between hours and minutes)."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def format_datetime(moment: dt.datetime) -> str:
    """Format as ``Rabu, 11 November 2020, 09.00 WIB``."""
    return f"{format_date(moment)}, {format_time(moment)} {zone_label(moment)}"


def format_range(start: dt.datetime, end: dt.datetime | None, all_day: bool = False) -> str:
    """Format an event's span: same day ``…, 09.00–12.00 WIB``, else both ends in full.

    For all-day events ``end`` is the last day itself (inclusive), as editors write it.
    """
    if all_day:
        if end is None or end.date() <= start.date():
            return format_date(start)
        return f"{format_date(start)} – {format_date(end)}"
    if end is None:
        return format_datetime(start)
    if end.date() == start.date() and end.utcoffset() == start.utcoffset():
        return f"{format_date(start)}, {format_time(start)}–{format_time(end)} {zone_label(start)}"
    return f"{format_datetime(start)} – {format_datetime(end)}"


def format_month(moment: dt.date) -> str:
    """Format as ``November 2020`` (archive headings)."""
    return f"{MONTHS[moment.month - 1]} {moment.year}"
