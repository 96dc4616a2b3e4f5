"""A feedgen extension for our campaign namespace: an event's start, end, place and status.

Feed readers that know nothing of it ignore it; calendars, widgets and aggregators that do can
show an event's schedule without scraping the Indonesian summary. Written for RSS items and Atom
entries alike by one ``_extend``.
"""

from __future__ import annotations

import datetime as dt

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

# A name, not an address anything is fetched from; it must never change once feeds are public.
# A tag: URI (RFC 4151) under the provincial government's domain: permanent, whatever the site's address.
CAMPAIGN_NS = "tag:jabarprov.go.id,2026:silihtulungan/campaign"
STATUSES = ("scheduled", "postponed", "rescheduled", "cancelled")


class CampaignExtension(BaseExtension):
    """Declare the campaign namespace on the feed."""

    def extend_ns(self):
        """Return the namespace prefixes this extension uses."""
        return {"campaign": CAMPAIGN_NS}


def _check_moment(moment: object) -> dt.datetime:
    """Accept only timezone-aware datetimes, so every time written carries its offset."""
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        msg = f"event time must be a timezone-aware datetime: {moment!r}"
        raise ValueError(msg)
    return moment


class CampaignEntryExtension(BaseEntryExtension):
    """An event's schedule, place and status on one entry."""

    def __init__(self):
        self.__start = None
        self.__end = None
        self.__place = ""
        self.__status = ""

    def event_start(self, moment=None):
        """Get or set when the event starts (aware datetime)."""
        if moment is not None:
            self.__start = _check_moment(moment)
        return self.__start

    def event_end(self, moment=None):
        """Get or set when the event is over (aware datetime, not before the start)."""
        if moment is not None:
            moment = _check_moment(moment)
            if self.__start is not None and moment < self.__start:
                msg = f"event end {moment.isoformat()} is before its start {self.__start.isoformat()}"
                raise ValueError(msg)
            self.__end = moment
        return self.__end

    def event_place(self, place=None):
        """Get or set where the event happens, in one line."""
        if place is not None:
            self.__place = " ".join(str(place).split())
        return self.__place

    def event_status(self, status=None):
        """Get or set the event's status (one of ``STATUSES``)."""
        if status is not None:
            if status not in STATUSES:
                msg = f"event status must be one of {STATUSES}: {status!r}"
                raise ValueError(msg)
            self.__status = status
        return self.__status

    @staticmethod
    def _set_value(entry, name: str, value: str) -> None:
        """Add ``campaign:<name>`` to the entry, unless the value is empty."""
        if value:
            xml_elem(f"{{{CAMPAIGN_NS}}}{name}", entry).text = value

    def _extend(self, entry):
        """Write the event's elements; entries of briefs stay untouched."""
        self._set_value(entry, "start", self.__start.isoformat() if self.__start else "")
        self._set_value(entry, "end", self.__end.isoformat() if self.__end else "")
        self._set_value(entry, "place", self.__place)
        self._set_value(entry, "status", self.__status)
        return entry

    def extend_rss(self, entry):
        """Add the event's elements to an RSS item."""
        return self._extend(entry)

    def extend_atom(self, entry):
        """Add the event's elements to an Atom entry."""
        return self._extend(entry)
