import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hub_model.dates import format_date, format_datetime, format_month, format_range, zone_label
from tests.factories import parse_fields

JKT = ZoneInfo("Asia/Jakarta")


def at(*parts, tz=JKT):
    return dt.datetime(*parts, tzinfo=tz)


def test_launch_workshop_date_in_indonesian():
    assert format_datetime(at(2020, 11, 11, 9, 0)) == "Rabu, 11 November 2020, 09.00 WIB"


@pytest.mark.parametrize(
    ("day", "name"),
    [(16, "Senin"), (17, "Selasa"), (18, "Rabu"), (19, "Kamis"), (20, "Jumat"), (21, "Sabtu"), (22, "Minggu")],
)
def test_every_weekday_name(day, name):
    assert format_date(dt.date(2026, 11, day)).startswith(f"{name}, {day} November 2026")


def test_same_day_range_shares_the_date():
    assert format_range(at(2020, 11, 11, 9), at(2020, 11, 11, 12)) == "Rabu, 11 November 2020, 09.00–12.00 WIB"


def test_multi_day_range_names_both_ends():
    text = format_range(at(2026, 12, 31, 19), at(2027, 1, 1, 2))
    assert text == "Kamis, 31 Desember 2026, 19.00 WIB – Jumat, 1 Januari 2027, 02.00 WIB"


def test_all_day_ranges():
    assert format_range(at(2027, 3, 4), at(2027, 3, 6), all_day=True) == "Kamis, 4 Maret 2027 – Sabtu, 6 Maret 2027"
    assert format_range(at(2027, 3, 4), at(2027, 3, 4), all_day=True) == "Kamis, 4 Maret 2027"


@pytest.mark.parametrize(
    ("zone", "label"),
    [("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"), ("Europe/Amsterdam", "UTC+1")],
)
def test_zone_labels(zone, label):
    assert zone_label(dt.datetime(2026, 1, 15, 9, tzinfo=ZoneInfo(zone))) == label


def test_parse_naive_dates_in_jakarta_time():
    moment = parse_fields(date="2026-11-20 09:00").values["date"]
    assert moment.utcoffset() == dt.timedelta(hours=7)
    assert moment.astimezone(dt.UTC) == dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)
    assert parse_fields(date="2026-11-20T09:00+08:00").values["date"].utcoffset() == dt.timedelta(hours=8)


@pytest.mark.parametrize("bad", ["20 November 2026", "2026-13-01", "besok"])
def test_parse_rejects_unreadable_dates_in_indonesian(bad):
    [problem] = parse_fields(date=bad).problems
    assert (problem.field, problem.line) == ("Date", 3) and "tidak bisa dibaca" in problem.message


def test_month_heading():
    assert format_month(dt.date(2026, 8, 1)) == "Agustus 2026"
