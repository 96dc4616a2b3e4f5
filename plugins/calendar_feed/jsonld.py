"""schema.org ``Event`` data for an event page, and its safe serialisation into a ``<script>`` (pure)."""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA = "https://schema.org/"
EVENT_STATUSES = {
    "scheduled": "EventScheduled",
    "postponed": "EventPostponed",
    "rescheduled": "EventRescheduled",
    "cancelled": "EventCancelled",
}
ATTENDANCE_MODES = {
    "offline": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}


@dataclass(frozen=True)
class Publisher:
    """The site and the office that runs it."""

    siteurl: str
    organisation: str
    organisation_url: str


def _date(moment, all_day: bool) -> str:
    return moment.date().isoformat() if all_day else moment.isoformat()


def event_location(details) -> list[dict]:
    """Return the Place (with PostalAddress and coordinates) and/or VirtualLocation."""
    places = []
    if details.is_offline:
        place = {"@type": "Place", "name": details.venue or details.address}
        if details.address:
            place["address"] = {"@type": "PostalAddress", "streetAddress": details.address, "addressCountry": "ID"}
        if details.geo:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": details.geo[0], "longitude": details.geo[1]}
        places.append(place)
    if details.is_online and details.online_url:
        places.append({"@type": "VirtualLocation", "url": details.online_url})
    return places


def event_json_ld(event, publisher: Publisher) -> dict:
    """Return the schema.org ``Event`` describing one event page."""
    details = event.details
    locations = event_location(details)
    organizer = {"@type": "GovernmentOrganization", "name": details.organiser}
    if details.organiser == publisher.organisation:
        organizer["url"] = publisher.organisation_url
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": f"urn:uuid:{event.uid}",
        "name": event.title,
        "description": event.metadata.get("summary", "").strip(),
        "url": f"{publisher.siteurl}/{event.url}",
        "inLanguage": "id",
        "startDate": _date(details.start, details.all_day),
        "endDate": _date(details.end, details.all_day),
        "eventStatus": SCHEMA + EVENT_STATUSES[details.status],
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[details.attendance],
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": organizer,
    }
    if details.speakers:
        data["performer"] = [{"@type": "Person", "name": s.name, "description": s.role} for s in details.speakers]
    if details.registration_url:
        offer = {"@type": "Offer", "url": details.registration_url}
        if details.registration_deadline:
            offer["validThrough"] = details.registration_deadline.isoformat()
        data["offers"] = offer
    if details.capacity:
        data["maximumAttendeeCapacity"] = details.capacity
    if getattr(event, "image", None):
        data["image"] = [event.image.url]
    return data
