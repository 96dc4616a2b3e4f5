import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from events.listing import upcoming_and_past
from hub_model.fields import Speaker
from tests.factories import details as event

JKT = ZoneInfo("Asia/Jakarta")


def test_launch_workshop():
    details = event(
        end="2020-11-11 12:00",
        venue="Hotel Savoy Homan",
        address="Jalan Asia Afrika No. 112, Bandung",
        speakers=["Dosen Humas Unpad | Narasumber", "Influencer dan model | Narasumber"],
        capacity="50",
    )
    assert details.when == "Rabu, 11 November 2020, 09.00–12.00 WIB"
    assert details.place == "Hotel Savoy Homan, Jalan Asia Afrika No. 112, Bandung"
    assert details.speakers[0] == Speaker("Dosen Humas Unpad", "Narasumber")
    assert details.capacity == 50
    assert details.organiser == "Diskominfo Jabar"
    assert details.status_label == "Terjadwal"
    assert details.map_url.startswith("https://www.openstreetmap.org/search?query=Jalan+Asia+Afrika")


def test_jakarta_times_land_on_the_right_utc_instant():
    details = event(end="2020-11-11 12:00")
    assert details.start.astimezone(dt.UTC) == dt.datetime(2020, 11, 11, 2, tzinfo=dt.UTC)


def test_other_timezones():
    details = event(start="2026-12-01 09:00", end="2026-12-01 11:00", timezone="Asia/Makassar")
    assert details.when == "Selasa, 1 Desember 2026, 09.00–11.00 WITA"


def test_all_day_multi_day_event():
    details = event(start="2027-03-04", end="2027-03-06")
    assert details.all_day
    assert details.when == "Kamis, 4 Maret 2027 – Sabtu, 6 Maret 2027"
    assert details.finishes == dt.datetime(2027, 3, 7, tzinfo=JKT)


def test_missing_end_means_a_point_in_time():
    details = event()
    assert details.end == details.start


def test_online_and_mixed_places():
    assert event(attendance="online", venue=None, online_url="https://s.example/x").place == "Daring (online)"
    assert (
        event(attendance="mixed", venue="Balai Kota", online_url="https://s.example/x").place == "Balai Kota dan daring"
    )


def test_cancelled_status_label():
    assert event(event_status="cancelled").status_label == "Dibatalkan"


@pytest.mark.parametrize(
    ("now", "upcoming", "past"),
    [
        ("2026-06-15 08:00", ["today", "later"], ["before"]),
        ("2026-06-15 12:00", ["today", "later"], ["before"]),  # under way counts as upcoming
        ("2026-06-15 17:00", ["later"], ["today", "before"]),
    ],
)
def test_upcoming_and_past_against_a_pinned_now(now, upcoming, past):
    items = [
        SimpleNamespace(name="later", slug="later", details=event(start="2026-07-01", end="2026-07-03")),
        SimpleNamespace(name="before", slug="before", details=event(start="2026-06-01 09:00", end="2026-06-01 12:00")),
        SimpleNamespace(name="today", slug="today", details=event(start="2026-06-15 09:00", end="2026-06-15 17:00")),
    ]
    moment = dt.datetime.fromisoformat(now).replace(tzinfo=JKT)
    got_upcoming, got_past = upcoming_and_past(items, moment)
    assert [e.name for e in got_upcoming] == upcoming
    assert [e.name for e in got_past] == past


@pytest.mark.parametrize(
    ("status", "note"),
    [
        ("scheduled", ""),
        ("postponed", "Acara ini ditunda. Jadwal baru akan diumumkan di halaman ini."),
        ("rescheduled", "Jadwal acara ini diubah. Waktu di bawah adalah jadwal yang baru."),
        ("cancelled", "Acara ini dibatalkan dan tidak akan digelar."),
    ],
)
def test_status_notes(status, note):
    assert event(event_status=status).status_note == note


@pytest.mark.parametrize(
    ("attendance", "online", "offline"),
    [("offline", False, True), ("online", True, False), ("mixed", True, True)],
)
def test_attendance_modes(attendance, online, offline):
    details = event(attendance=attendance, online_url="https://s.example/x")
    assert (details.is_online, details.is_offline) == (online, offline)


def test_single_all_day_event():
    details = event(start="2027-05-22", end="2027-05-22")
    assert details.all_day
    assert details.when == "Sabtu, 22 Mei 2027"
    assert details.finishes == dt.datetime(2027, 5, 23, tzinfo=JKT)


def test_start_for_machines():
    assert event().start_iso == "2020-11-11T09:00:00+07:00"
    assert event(start="2027-05-22", end="2027-05-22").start_iso == "2027-05-22"
