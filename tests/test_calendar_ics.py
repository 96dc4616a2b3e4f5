"""The iCalendar builder, on plain objects: every file is read back with icalendar and vobject."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from calendar_feed.ics import CalendarMeta, build_calendar
from tests.factories import UID, make_event

JKT = ZoneInfo("Asia/Jakarta")
SITEURL = "https://hub.example.test"
FEED = CalendarMeta(
    prodid="-//Diskominfo Jawa Barat//Silih Tulungan Hub//ID",
    siteurl=SITEURL,
    name="Silih Tulungan Jabar — Agenda Acara",
    description="Jadwal acara.",
    url=f"{SITEURL}/acara/",
    source=f"{SITEURL}/acara/kalender.ics",
    timezone="Asia/Jakarta",
    refresh=dt.timedelta(hours=12),
)
SINGLE = CalendarMeta(prodid=FEED.prodid, siteurl=SITEURL, url=f"{SITEURL}/acara/lokakarya-medsos/")


ZONES: dict = {}  # VTIMEZONEs shared across these tests, as one build shares them across its files


def ics(events, meta=FEED) -> bytes:
    return build_calendar(events, meta, ZONES).to_ical()


def read_both(data: bytes):
    """Parse with icalendar and with vobject; return (icalendar VEVENTs, vobject calendar)."""
    calendar = icalendar.Calendar.from_ical(data)
    return calendar.walk("VEVENT"), vobject.readOne(data.decode("utf-8"))


def only_event(data: bytes):
    [event], vcal = read_both(data)
    return event, vcal.vevent


def test_subscription_header_is_what_calendar_apps_expect():
    data = ics([make_event()])
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//Diskominfo Jawa Barat//Silih Tulungan Hub//ID"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == calendar["NAME"] == "Silih Tulungan Jabar — Agenda Acara"
    assert calendar["X-WR-TIMEZONE"] == "Asia/Jakarta"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in data
    assert b"X-PUBLISHED-TTL:PT12H\r\n" in data
    assert calendar["SOURCE"] == f"{SITEURL}/acara/kalender.ics"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    vcal = vobject.readOne(data.decode("utf-8"))
    assert vcal.method.value == "PUBLISH"
    assert vcal.contents["x-wr-calname"][0].value == "Silih Tulungan Jabar — Agenda Acara"
    assert vcal.vtimezone.tzid.value == "Asia/Jakarta"


def test_single_event_download_has_no_subscription_properties():
    data = ics([make_event()], SINGLE)
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["METHOD"] == "PUBLISH"
    for name in ("X-WR-CALNAME", "NAME", "REFRESH-INTERVAL", "SOURCE"):
        assert name not in calendar
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]


def test_event_properties():
    event, vevent = only_event(ics([make_event(geo="-6.9216, 107.6094")]))
    assert event["UID"] == vevent.uid.value == UID
    assert event["SUMMARY"] == vevent.summary.value == "Lokakarya Medsos"
    assert event["URL"] == f"{SITEURL}/acara/lokakarya-medsos/"
    assert event["LOCATION"] == "Hotel Savoy Homan, Jalan Asia Afrika No. 112, Bandung"
    assert (event["GEO"].latitude, event["GEO"].longitude) == (-6.9216, 107.6094)
    assert event["STATUS"] == "CONFIRMED"
    assert event.get("DTSTART").params["TZID"] == "Asia/Jakarta"
    assert event.categories == ["Literasi Digital", "Kota Bandung"]


def test_description_is_plain_text_with_when_where_and_link():
    event, vevent = only_event(ics([make_event(registration_url="https://daftar.example.org/x")]))
    text = str(event["DESCRIPTION"])
    assert text == vevent.description.value
    assert text.startswith("Lokakarya peluncuran kampanye bersama 50 kreator.\n\n")
    assert "Waktu: Rabu, 11 November 2020, 09.00–12.00 WIB" in text
    assert "Tempat: Hotel Savoy Homan, Jalan Asia Afrika No. 112, Bandung" in text
    assert "Pendaftaran: https://daftar.example.org/x" in text
    assert text.endswith(f"Selengkapnya: {SITEURL}/acara/lokakarya-medsos/")
    assert "<" not in text


def test_jakarta_times_land_on_the_right_utc_instant():
    event, vevent = only_event(ics([make_event()]))
    expected_start = dt.datetime(2020, 11, 11, 2, tzinfo=dt.UTC)
    expected_end = dt.datetime(2020, 11, 11, 5, tzinfo=dt.UTC)
    assert event.start.astimezone(dt.UTC) == expected_start and event.end.astimezone(dt.UTC) == expected_end
    # vobject resolves the TZID through the file's own VTIMEZONE, not through Python's zone database.
    assert vevent.dtstart.value.astimezone(dt.UTC) == expected_start
    assert vevent.dtend.value.astimezone(dt.UTC) == expected_end


def test_other_zones_get_their_own_vtimezone():
    data = ics([make_event(start="2026-12-01 09:00", end="2026-12-01 11:00", timezone="Asia/Makassar")])
    calendar = icalendar.Calendar.from_ical(data)
    # In name order, so the file is the same on every build.
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta", "Asia/Makassar"]
    [event] = calendar.walk("VEVENT")
    assert event.start.astimezone(dt.UTC) == dt.datetime(2026, 12, 1, 1, tzinfo=dt.UTC)
    assert vobject.readOne(data.decode()).vevent.dtstart.value.astimezone(dt.UTC).hour == 1


def test_fixed_offsets_are_written_in_utc():
    event, _ = only_event(ics([make_event(start="2026-12-01T09:00+07:00", end="2026-12-01T10:00+07:00")]))
    assert "TZID" not in event.get("DTSTART").params
    assert event.start == dt.datetime(2026, 12, 1, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("start", "end", "dtend"),
    [
        ("2027-03-04", "2027-03-04", dt.date(2027, 3, 5)),  # one day
        ("2027-03-04", "", dt.date(2027, 3, 5)),  # one day, End left out
        ("2027-03-04", "2027-03-06", dt.date(2027, 3, 7)),  # three days: DTEND is exclusive
    ],
)
def test_all_day_events_use_dates_with_an_exclusive_end(start, end, dtend):
    data = ics([make_event(start=start, end=end)])
    event, vevent = only_event(data)
    assert event.get("DTSTART").params["VALUE"] == "DATE"
    assert event.start == vevent.dtstart.value == dt.date(2027, 3, 4)
    assert event.end == vevent.dtend.value == dtend
    assert b"DTSTART;VALUE=DATE:20270304\r\n" in data


def test_timed_multi_day_event():
    event, vevent = only_event(ics([make_event(start="2026-12-01 19:00", end="2026-12-03 12:00")]))
    assert event.start.date() == dt.date(2026, 12, 1) and event.end.date() == dt.date(2026, 12, 3)
    assert (vevent.dtend.value - vevent.dtstart.value) == dt.timedelta(days=1, hours=17)


def test_an_event_without_end_has_no_dtend():
    event, _ = only_event(ics([make_event(end="")]))
    assert "DTEND" not in event


@pytest.mark.parametrize(
    ("status", "ical", "summary"),
    [
        ("scheduled", "CONFIRMED", "Lokakarya Medsos"),
        ("rescheduled", "CONFIRMED", "Dijadwalkan ulang: Lokakarya Medsos"),
        ("postponed", "TENTATIVE", "Ditunda: Lokakarya Medsos"),
        ("cancelled", "CANCELLED", "Dibatalkan: Lokakarya Medsos"),
    ],
)
def test_status_is_carried_into_the_calendar(status, ical, summary):
    event, vevent = only_event(ics([make_event(event_status=status)]))
    assert event["STATUS"] == vevent.status.value == ical
    assert event["SUMMARY"] == summary
    if status != "scheduled":
        assert "Status: " in event["DESCRIPTION"]


def test_online_event_location_is_its_link():
    event, _ = only_event(
        ics([make_event(attendance="online", venue="", address="", online_url="https://s.example/x")])
    )
    assert event["LOCATION"] == "https://s.example/x"
    assert "Ikuti daring: https://s.example/x" in event["DESCRIPTION"]


def test_uid_survives_a_title_and_slug_edit():
    before, _ = only_event(ics([make_event()]))
    after, _ = only_event(ics([make_event(title="Lokakarya Medsos Jabar", slug="lokakarya-medsos-jabar")]))
    assert before["UID"] == after["UID"] == UID
    assert before["URL"] != after["URL"]


@pytest.mark.parametrize("sequence", [0, 1, 7])
def test_sequence_comes_from_the_item(sequence):
    event, vevent = only_event(ics([make_event(sequence=sequence)]))
    assert event["SEQUENCE"] == int(vevent.sequence.value) == sequence


def test_sequence_increases_when_the_item_says_it_changed():
    first, _ = only_event(ics([make_event(sequence=0)]))
    changed, _ = only_event(ics([make_event(sequence=1, start="2020-11-12 09:00", end="2020-11-12 12:00")]))
    assert changed["SEQUENCE"] > first["SEQUENCE"]
    unset, _ = only_event(ics([make_event()]))  # no ledger: 0
    assert unset["SEQUENCE"] == 0


def test_dtstamp_is_the_last_change_not_the_build_clock():
    event, _ = only_event(ics([make_event()]))
    assert event["DTSTAMP"].dt == dt.datetime(2020, 11, 1, 3, tzinfo=dt.UTC)  # Date, 10:00 WIB
    edited, _ = only_event(ics([make_event(modified="2020-11-12 09:00")]))
    assert edited["DTSTAMP"].dt == edited["LAST-MODIFIED"].dt == dt.datetime(2020, 11, 12, 2, tzinfo=dt.UTC)
    assert edited["CREATED"].dt == dt.datetime(2020, 11, 1, 3, tzinfo=dt.UTC)


def test_the_same_content_gives_the_same_bytes():
    events = [make_event(), make_event(uid="5f700912-e7ff-42e9-8af9-3ebfa4227d6a", start="2027-03-04", end="")]
    assert ics(events) == ics(events)
    assert ics(events, SINGLE) == ics(events, SINGLE)


def test_uids_in_a_calendar_are_unique():
    events = [make_event(), make_event(uid="5f700912-e7ff-42e9-8af9-3ebfa4227d6a", title="Webinar")]
    vevents, vcal = read_both(ics(events))
    uids = [str(e["UID"]) for e in vevents]
    assert len(uids) == len(set(uids)) == 2
    assert sorted(v.uid.value for v in vcal.vevent_list) == sorted(uids)


def test_all_day_only_calendar_still_describes_its_timezone():
    calendar = icalendar.Calendar.from_ical(ics([make_event(start="2027-03-04", end="2027-03-06")]))
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]


def test_timezones_are_built_once_per_build():
    zones = {}
    first = build_calendar([make_event()], FEED, zones)
    second = build_calendar([make_event(uid="5f700912-e7ff-42e9-8af9-3ebfa4227d6a")], SINGLE, zones)
    assert list(zones) == ["Asia/Jakarta"]
    assert first.timezones[0] is second.timezones[0] is zones["Asia/Jakarta"]


def test_spliced_calendars_are_byte_identical_to_icalendars_own_serialisation():
    from calendar_feed.ics import calendar_ical

    events = [
        make_event(),
        make_event(uid="5f700912-e7ff-42e9-8af9-3ebfa4227d6a", start="2027-03-04", end="2027-03-06"),
        make_event(uid="6f700912-e7ff-42e9-8af9-3ebfa4227d6a", timezone="Asia/Makassar", title="x" * 200),
    ]
    built, serialised = {}, {}
    for meta, chosen in ((FEED, events), (SINGLE, events[:1]), (FEED, events[1:])):
        expected = build_calendar(chosen, meta, {}).to_ical()
        assert calendar_ical(chosen, meta, ZONES, built, serialised) == expected
    assert len(serialised) == 3  # each event serialised once
