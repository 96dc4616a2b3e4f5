"""schema.org Event data, and its serialisation into a <script> element that nothing can break out of."""

from __future__ import annotations

import json
from types import SimpleNamespace

import lxml.html

from calendar_feed.jsonld import Publisher, event_json_ld
from hub_model.html import dump_json_ld
from tests.factories import UID, make_event
from tests.site import SITEURL

OFFICE = "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
PUBLISHER = Publisher(SITEURL, OFFICE, f"{SITEURL}/tentang/")
SCHEMA = "https://schema.org/"


def test_offline_event():
    event = make_event(
        geo="-6.9216, 107.6094",
        speakers=["Dosen Humas Unpad | Narasumber"],
        registration_url="https://daftar.example.org/x",
        registration_deadline="2020-11-09 23:59",
        capacity="50",
    )
    event.image = SimpleNamespace(url=f"{SITEURL}/images/x.jpg")
    data = event_json_ld(event, PUBLISHER)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["@id"] == f"urn:uuid:{UID}"
    assert data["name"] == "Lokakarya Medsos"
    assert data["url"] == f"{SITEURL}/acara/lokakarya-medsos/"
    assert data["startDate"] == "2020-11-11T09:00:00+07:00"
    assert data["endDate"] == "2020-11-11T12:00:00+07:00"
    assert data["eventStatus"] == SCHEMA + "EventScheduled"
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    place = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Hotel Savoy Homan"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Jalan Asia Afrika No. 112, Bandung",
        "addressCountry": "ID",
    }
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": -6.9216, "longitude": 107.6094}
    assert data["organizer"] == {"@type": "GovernmentOrganization", "name": OFFICE, "url": f"{SITEURL}/tentang/"}
    assert data["performer"] == [{"@type": "Person", "name": "Dosen Humas Unpad", "description": "Narasumber"}]
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://daftar.example.org/x",
        "validThrough": "2020-11-09T23:59:00+07:00",
    }
    assert data["maximumAttendeeCapacity"] == 50
    assert data["image"] == [f"{SITEURL}/images/x.jpg"]


def test_online_event_has_a_virtual_location():
    data = event_json_ld(
        make_event(attendance="online", venue="", address="", online_url="https://s.example/x"), PUBLISHER
    )
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://s.example/x"}
    assert "offers" not in data and "performer" not in data


def test_mixed_event_has_both_locations():
    data = event_json_ld(make_event(attendance="mixed", online_url="https://s.example/x"), PUBLISHER)
    assert data["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_all_day_event_uses_dates():
    data = event_json_ld(make_event(start="2027-03-04", end="2027-03-06"), PUBLISHER)
    assert (data["startDate"], data["endDate"]) == ("2027-03-04", "2027-03-06")


def test_cancelled_and_other_statuses():
    for status, expected in (("cancelled", "EventCancelled"), ("postponed", "EventPostponed")):
        assert event_json_ld(make_event(event_status=status), PUBLISHER)["eventStatus"] == SCHEMA + expected


def test_another_organiser_has_no_office_url():
    organizer = event_json_ld(make_event(organiser="Pemerintah Provinsi Jawa Barat"), PUBLISHER)["organizer"]
    assert organizer == {"@type": "GovernmentOrganization", "name": "Pemerintah Provinsi Jawa Barat"}


def test_a_hostile_title_cannot_leave_the_script_element():
    title = 'Kelas "Cek Fakta" </script><script>alert(1)</script> & <!-- Hoaks'
    text = dump_json_ld(event_json_ld(make_event(title=title), PUBLISHER))
    for unsafe in ("<", ">", "&"):
        assert unsafe not in text
    assert json.loads(text)["name"] == title
    page = lxml.html.fromstring(f'<html><head><script type="application/ld+json">{text}</script></head></html>')
    [script] = page.xpath("//script")
    assert json.loads(script.text)["name"] == title
