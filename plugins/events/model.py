"""An event's schedule, place and people, typed and formatted (pure: no Pelican imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote_plus

from hub_model.dates import format_range
from hub_model.fields import Speaker
from hub_model.schema import ATTENDANCE, EVENT_STATUSES

# Labels come from the schema, where the values are declared.
STATUS_LABELS = EVENT_STATUSES
# What the status banner tells readers (and calendar descriptions repeat); scheduled needs no note.
STATUS_NOTES = {
    "scheduled": "",
    "postponed": "Acara ini ditunda. Jadwal baru akan diumumkan di halaman ini.",
    "rescheduled": "Jadwal acara ini diubah. Waktu di bawah adalah jadwal yang baru.",
    "cancelled": "Acara ini dibatalkan dan tidak akan digelar.",
}
ATTENDANCE_LABELS = ATTENDANCE


@dataclass(frozen=True)
class EventDetails:
    """Everything about when and where an event happens."""

    start: dt.datetime
    end: dt.datetime  # for all-day events: the last day, inclusive
    all_day: bool
    timezone: str
    attendance: str
    status: str
    venue: str
    address: str
    geo: tuple[float, float] | None
    online_url: str
    registration_url: str
    registration_deadline: dt.datetime | None
    capacity: int | None
    speakers: tuple[Speaker, ...]
    organiser: str

    @property
    def when(self) -> str:
        """Return the Indonesian date range, e.g. ``Rabu, 11 November 2020, 09.00–12.00 WIB``."""
        return format_range(self.start, self.end, self.all_day)

    @property
    def start_iso(self) -> str:
        """Return the start for ``<time datetime>``: a date for all-day events, else date, time and offset."""
        return self.start.date().isoformat() if self.all_day else self.start.isoformat()

    @property
    def place(self) -> str:
        """Return where to go, in one line."""
        offline = ", ".join(part for part in (self.venue, self.address) if part)
        if self.attendance == "online":
            return "Daring (online)"
        if self.attendance == "mixed":
            return f"{offline} dan daring"
        return offline

    @property
    def status_label(self) -> str:
        """Return the status in Indonesian."""
        return STATUS_LABELS[self.status]

    @property
    def status_note(self) -> str:
        """Return what a reader should know about a non-scheduled event, in Indonesian."""
        return STATUS_NOTES[self.status]

    @property
    def is_online(self) -> bool:
        """Tell whether people can join online."""
        return self.attendance in ("online", "mixed")

    @property
    def is_offline(self) -> bool:
        """Tell whether people can come in person."""
        return self.attendance in ("offline", "mixed")

    @property
    def attendance_label(self) -> str:
        """Return the attendance mode in Indonesian."""
        return ATTENDANCE_LABELS[self.attendance]

    @property
    def finishes(self) -> dt.datetime:
        """Return the instant the event is over (end of the last day for all-day events)."""
        if self.all_day:
            return self.end + dt.timedelta(days=1)
        return self.end

    @property
    def map_url(self) -> str:
        """Return a plain OpenStreetMap link to the coordinates or the address (no embedded map)."""
        if self.geo:
            lat, lon = self.geo
            return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
        if self.address:
            return f"https://www.openstreetmap.org/search?query={quote_plus(self.address)}"
        return ""


def event_details(values: dict, default_timezone: str, organiser: str) -> EventDetails:
    """Build an event's details from the values the reader parsed (dates already in the event's zone)."""
    start = values["start"]
    return EventDetails(
        start=start,
        end=values.get("end") or start,
        all_day=values["start_date_only"],
        timezone=values.get("timezone") or default_timezone,
        attendance=values.get("attendance", "offline"),
        status=values.get("event_status", "scheduled"),
        venue=values.get("venue", ""),
        address=values.get("address", ""),
        geo=values.get("geo"),
        online_url=values.get("online_url", ""),
        registration_url=values.get("registration_url", ""),
        registration_deadline=values.get("registration_deadline"),
        capacity=values.get("capacity"),
        speakers=values.get("speakers", ()),
        organiser=values.get("organiser") or organiser,
    )
