"""Calendar paths, subscription links and "Add to Google Calendar" links, on plain objects."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from calendar_feed.catalog import (
    calendar_files,
    event_calendar_links,
    event_calendar_path,
    load_settings,
    section_calendar_links,
)
from calendar_feed.gcal import google_subscribe_url, google_template_url, webcal_url
from events.listing import EventSection
from hub_model.taxonomy import Term
from tests.factories import make_event
from tests.site import SITEURL

SETTINGS = {
    "SITEURL": SITEURL,
    "SITENAME": "Silih Tulungan Jabar",
    "TIMEZONE": "Asia/Jakarta",
    "CALENDAR_FEED_FILENAME": "kalender.ics",
    "CALENDAR_FEED_PRODID": "-//Diskominfo Jawa Barat//Silih Tulungan Hub//ID",
    "CALENDAR_FEED_REFRESH_HOURS": 12,
}
AGENDA = Term("events", "acara", "Agenda Acara", "acara/")
HEALTH = Term("event-program", "kesehatan", "Kesehatan", "acara/program/kesehatan/")


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def test_google_link_for_a_timed_event_is_in_utc_with_the_event_zone():
    params = query(google_template_url(make_event(), SITEURL))
    assert params["action"] == "TEMPLATE"
    assert params["text"] == "Lokakarya Medsos"
    assert params["dates"] == "20201111T020000Z/20201111T050000Z"
    assert params["ctz"] == "Asia/Jakarta"
    assert params["location"] == "Hotel Savoy Homan, Jalan Asia Afrika No. 112, Bandung"
    assert params["details"].endswith(f"{SITEURL}/acara/lokakarya-medsos/")


def test_google_link_for_an_all_day_event_ends_the_day_after():
    params = query(google_template_url(make_event(start="2027-03-04", end="2027-03-06"), SITEURL))
    assert params["dates"] == "20270304/20270307"


def test_google_link_for_a_cancelled_event_says_so():
    assert query(google_template_url(make_event(event_status="cancelled"), SITEURL))["text"].startswith("Dibatalkan: ")


def test_subscription_links():
    ics = f"{SITEURL}/acara/kalender.ics"
    assert webcal_url(ics) == "webcal://hub.example.test/acara/kalender.ics"
    assert query(google_subscribe_url(ics))["cid"] == "webcal://hub.example.test/acara/kalender.ics"


def test_event_calendar_sits_beside_its_page():
    assert event_calendar_path(make_event()) == "acara/lokakarya-medsos/lokakarya-medsos.ics"
    links = event_calendar_links(make_event(), load_settings(SETTINGS))
    assert links["ics"] == f"{SITEURL}/acara/lokakarya-medsos/lokakarya-medsos.ics"
    assert links["google"].startswith("https://calendar.google.com/calendar/render?action=TEMPLATE&")


def test_section_calendar_links():
    section = EventSection(HEALTH, (make_event(),), ())
    links = section_calendar_links(section, load_settings(SETTINGS))
    assert links["ics"] == f"{SITEURL}/acara/program/kesehatan/kalender.ics"
    assert links["webcal"] == "webcal://hub.example.test/acara/program/kesehatan/kalender.ics"
    assert links["title"] == "Agenda Acara Program Kesehatan"


def test_calendar_files_one_per_section_then_one_per_event():
    first, second = make_event(), make_event(uid="5f700912-e7ff-42e9-8af9-3ebfa4227d6a", slug="webinar")
    sections = [EventSection(AGENDA, (first, second), ()), EventSection(HEALTH, (second,), ())]
    files = calendar_files(sections, [first, second], load_settings(SETTINGS))
    assert [f.path for f in files] == [
        "acara/kalender.ics",
        "acara/program/kesehatan/kalender.ics",
        "acara/lokakarya-medsos/lokakarya-medsos.ics",
        "acara/webinar/webinar.ics",
    ]
    agenda, health, single, _ = files
    assert agenda.meta.name == "Silih Tulungan Jabar — Agenda Acara"
    assert health.meta.name == "Silih Tulungan Jabar — Agenda Acara Program Kesehatan"
    assert health.meta.source == f"{SITEURL}/acara/program/kesehatan/kalender.ics"
    assert health.events == (second,)
    assert single.meta.name == "" and single.meta.refresh is None and single.events == (first,)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("CALENDAR_FEED_FILENAME", "kalender.txt"),
        ("CALENDAR_FEED_FILENAME", "a/b.ics"),
        ("CALENDAR_FEED_REFRESH_HOURS", 0),
    ],
)
def test_bad_settings_are_refused(key, value):
    with pytest.raises(ValueError, match=key):
        load_settings({**SETTINGS, key: value})
