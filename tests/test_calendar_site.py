"""End-to-end: the calendars, event pages and agenda pages of the built sites, read as users meet them."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import vobject

from tests.site import SITEURL

KLINIK = "77777777-7777-4777-8777-777777777777"  # online, under way at the pinned now
PAMERAN = "88888888-8888-4888-8888-888888888888"  # all-day, three days, upcoming
LOKAKARYA = "66666666-6666-4666-8666-666666666666"  # past, Gedung Sate
BATAL = "99999999-9999-4999-8999-999999999999"  # past, cancelled, hostile title
HOSTILE_TITLE = 'Kelas "Cek Fakta" </script> & Hoaks yang Batal'
PAGES = {
    KLINIK: "acara/klinik-konten-sedang-berlangsung/",
    PAMERAN: "acara/pameran-desa-mendatang/",
    LOKAKARYA: "acara/lokakarya-kreator-yang-sudah-lewat/",
    BATAL: "acara/kelas-cek-fakta-batal/",
}
SECTIONS = {
    "acara/kalender.ics": {KLINIK, PAMERAN, LOKAKARYA, BATAL},
    "acara/program/kesehatan/kalender.ics": {KLINIK},
    "acara/program/desa-membangun/kalender.ics": {PAMERAN},
    "acara/program/literasi-digital/kalender.ics": {LOKAKARYA, BATAL},
    "acara/wilayah/kabupaten-garut/kalender.ics": {KLINIK},
    "acara/wilayah/kabupaten-sumedang/kalender.ics": {PAMERAN},
    "acara/wilayah/kota-bandung/kalender.ics": {LOKAKARYA, BATAL},
    "acara/wilayah/kota-cimahi/kalender.ics": {BATAL},
}


def ics_files(site) -> list[str]:
    return sorted(str(p.relative_to(site.output)) for p in site.output.rglob("*.ics"))


def calendar(site, path: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(site.path(path).read_bytes())


def vevents(site, path: str) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in calendar(site, path).walk("VEVENT")}


def page_ics(site, page: str) -> str:
    """Return the site-relative path of the .ics an event page advertises (every listed event has one)."""
    [href] = site.html(f"{page}index.html").xpath("//head/link[@rel='alternate'][@type='text/calendar']/@href")
    return href.removeprefix(SITEURL + "/")


def json_ld(site, page: str) -> dict:
    scripts = site.html(page).xpath("//script[@type='application/ld+json']")
    assert len(scripts) == 1, page
    return json.loads(scripts[0].text)


# --- the files ---


def test_one_subscription_per_agenda_section_and_one_download_per_event(fixture_site):
    singles = {f"{page}{page.split('/')[1]}.ics" for page in PAGES.values()}
    assert set(ics_files(fixture_site)) == set(SECTIONS) | singles


def test_every_calendar_parses_with_icalendar_and_vobject(any_site):
    files = ics_files(any_site)
    assert len(files) >= 8
    for name in files:
        text = any_site.text(name)
        cal = icalendar.Calendar.from_ical(text)
        vcal = vobject.readOne(text)
        assert (cal["VERSION"], cal["METHOD"], vcal.method.value) == ("2.0", "PUBLISH", "PUBLISH"), name
        assert cal["PRODID"] == vcal.prodid.value == "-//Diskominfo Jawa Barat//Silih Tulungan Hub//ID"
        events = cal.walk("VEVENT")
        uids = [str(e["UID"]) for e in events]
        assert events and len(uids) == len(set(uids)), name
        assert sorted(v.uid.value for v in vcal.vevent_list) == sorted(uids), name
        assert not cal.get_missing_tzids(), name
        for event, vevent in zip(events, vcal.vevent_list, strict=True):
            assert vevent.dtstart.value == event.start, name  # the same instant, or the same date
            assert {"DTSTAMP", "SUMMARY", "DESCRIPTION", "URL", "STATUS", "SEQUENCE"} <= set(event), name


def test_subscriptions_carry_name_refresh_timezone_and_source(any_site):
    for name in (f for f in ics_files(any_site) if f.endswith("/kalender.ics")):
        cal = calendar(any_site, name)
        assert cal["X-WR-CALNAME"] == cal["NAME"] and cal["NAME"].startswith("Silih Tulungan Jabar — Agenda Acara")
        assert cal["X-WR-TIMEZONE"] == "Asia/Jakarta"
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H" in any_site.path(name).read_bytes()
        assert cal["SOURCE"] == f"{SITEURL}/{name}"
        assert "Asia/Jakarta" in [tz["TZID"] for tz in cal.walk("VTIMEZONE")]


def test_each_calendar_holds_exactly_its_listed_events(fixture_site):
    for name, uids in SECTIONS.items():
        assert set(vevents(fixture_site, name)) == uids, name


def test_event_pages_offer_their_own_calendar_file(fixture_site):
    for uid, page in PAGES.items():
        assert set(vevents(fixture_site, page_ics(fixture_site, page))) == {uid}


def test_event_fields_in_the_calendar(fixture_site):
    event = vevents(fixture_site, "acara/kalender.ics")[LOKAKARYA]
    assert event["SUMMARY"] == "Lokakarya Kreator yang Sudah Lewat"
    assert event["URL"] == f"{SITEURL}/{PAGES[LOKAKARYA]}"
    assert event["LOCATION"] == "Gedung Sate, Jalan Diponegoro No. 22, Bandung"
    assert (event["GEO"].latitude, event["GEO"].longitude) == (-6.9025, 107.6188)
    assert event["STATUS"] == "CONFIRMED"
    assert "Waktu: Senin, 1 Juni 2026, 09.00–12.00 WIB" in event["DESCRIPTION"]
    assert vevents(fixture_site, "acara/kalender.ics")[KLINIK]["LOCATION"] == "https://siaran.example.org/klinik"


def test_jakarta_times_land_on_the_right_utc_instant(fixture_site):
    text = fixture_site.text("acara/kalender.ics")
    assert "DTSTART;TZID=Asia/Jakarta:20260601T090000" in text
    vevent = next(v for v in vobject.readOne(text).vevent_list if v.uid.value == LOKAKARYA)
    assert vevent.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 6, 1, 2, tzinfo=dt.UTC)
    assert vevent.dtend.value.astimezone(dt.UTC) == dt.datetime(2026, 6, 1, 5, tzinfo=dt.UTC)


def test_all_day_multi_day_event_ends_the_day_after_its_last_day(fixture_site):
    event = vevents(fixture_site, "acara/kalender.ics")[PAMERAN]
    assert event.get("DTSTART").params["VALUE"] == "DATE"
    assert (event.start, event.end) == (dt.date(2026, 7, 1), dt.date(2026, 7, 4))


def test_cancelled_event_stays_published_with_its_status(fixture_site):
    for name in ("acara/kalender.ics", page_ics(fixture_site, PAGES[BATAL])):
        event = vevents(fixture_site, name)[BATAL]
        assert event["STATUS"] == "CANCELLED"
        assert event["SUMMARY"] == f"Dibatalkan: {HOSTILE_TITLE}"
    doc = fixture_site.html(f"{PAGES[BATAL]}index.html")
    assert doc.xpath("normalize-space(//div[contains(@class, 'status-banner--cancelled')])").startswith(
        "Status acara: Dibatalkan"
    )
    assert doc.xpath("//h1/text()") == [HOSTILE_TITLE]
    agenda = fixture_site.html("acara/index.html")
    assert agenda.xpath("//article[contains(@class, 'event-card--cancelled')]//h3/a/text()") == [HOSTILE_TITLE]


def test_uids_survive_a_title_edit_and_the_download_follows_the_new_url(fixture_site, edited_site):
    before, after = vevents(fixture_site, "acara/kalender.ics"), vevents(edited_site, "acara/kalender.ics")
    assert before.keys() == after.keys()
    assert (before[PAMERAN]["SUMMARY"], after[PAMERAN]["SUMMARY"]) == (
        "Pameran Desa Mendatang",
        "Pameran Produk Desa Mendatang",
    )
    assert after[PAMERAN]["URL"] == f"{SITEURL}/acara/pameran-produk-desa-mendatang/"
    moved = page_ics(edited_site, "acara/pameran-produk-desa-mendatang/")
    assert moved == "acara/pameran-produk-desa-mendatang/pameran-produk-desa-mendatang.ics"
    assert set(vevents(edited_site, moved)) == {PAMERAN}


def test_builds_are_reproducible(fixture_site, edited_site):
    # Two builds at different moments: untouched events give byte-identical files (no build clock).
    for name in (page_ics(fixture_site, PAGES[LOKAKARYA]), "acara/program/kesehatan/kalender.ics"):
        assert fixture_site.path(name).read_bytes() == edited_site.path(name).read_bytes(), name


# --- pages ---


def test_event_pages_carry_schema_org_event_json_ld(fixture_site):
    for uid, page in PAGES.items():
        doc = fixture_site.html(f"{page}index.html")
        data = json_ld(fixture_site, f"{page}index.html")
        assert data["@type"] == "Event" and data["@id"] == f"urn:uuid:{uid}"
        assert data["name"] == doc.xpath("string(//h1)")
        assert data["url"] == doc.xpath("//link[@rel='canonical']/@href")[0]
        assert data["organizer"]["@type"] == "GovernmentOrganization"
        assert data["eventStatus"].startswith("https://schema.org/Event")
        assert data["eventAttendanceMode"].startswith("https://schema.org/")
        assert data["location"] and data["startDate"] and data["endDate"]
    batal = json_ld(fixture_site, f"{PAGES[BATAL]}index.html")
    assert batal["name"] == HOSTILE_TITLE
    assert batal["eventStatus"] == "https://schema.org/EventCancelled"
    assert batal["startDate"] == "2026-06-05T13:00:00+07:00"
    assert batal["location"]["address"]["@type"] == "PostalAddress"
    klinik = json_ld(fixture_site, f"{PAGES[KLINIK]}index.html")
    assert klinik["location"] == {"@type": "VirtualLocation", "url": "https://siaran.example.org/klinik"}
    pameran = json_ld(fixture_site, f"{PAGES[PAMERAN]}index.html")
    assert (pameran["startDate"], pameran["endDate"]) == ("2026-07-01", "2026-07-03")
    assert pameran["offers"]["url"] == "https://daftar.example.org/pameran"
    lokakarya = json_ld(fixture_site, f"{PAGES[LOKAKARYA]}index.html")
    assert [p["name"] for p in lokakarya["performer"]] == ["Dosen Ilmu Komunikasi", "Kreator video"]


def test_add_to_calendar_block(fixture_site):
    doc = fixture_site.html(f"{PAGES[PAMERAN]}index.html")
    assert doc.xpath("string(//section[@class='add-to-calendar']/h2)") == "Tambahkan ke kalender"
    [download] = doc.xpath("//section[@class='add-to-calendar']//a[@download]/@href")
    assert download.removeprefix(SITEURL + "/") == page_ics(fixture_site, PAGES[PAMERAN])
    assert fixture_site.path(page_ics(fixture_site, PAGES[PAMERAN])).is_file()
    [google] = doc.xpath("//section[@class='add-to-calendar']//a[contains(@href, 'calendar.google.com')]/@href")
    params = {k: v[0] for k, v in parse_qs(urlsplit(google).query).items()}
    assert params["action"] == "TEMPLATE"
    assert params["dates"] == "20260701/20260704"
    assert params["text"] == "Pameran Desa Mendatang"
    # Under way: still worth adding.
    assert fixture_site.html(f"{PAGES[KLINIK]}index.html").xpath("//section[@class='add-to-calendar']")


@pytest.mark.parametrize("uid", [LOKAKARYA, BATAL])
def test_a_past_or_cancelled_event_offers_no_add_to_calendar(fixture_site, uid):
    doc = fixture_site.html(f"{PAGES[uid]}index.html")
    assert not doc.xpath("//section[@class='add-to-calendar']")
    assert "Tambahkan ke kalender" not in doc.text_content()


@pytest.mark.parametrize(("uid", "status"), [(LOKAKARYA, "Selesai"), (BATAL, "Dibatalkan"), (KLINIK, "Terjadwal")])
def test_the_event_page_shows_where_the_event_stands(fixture_site, uid, status):
    doc = fixture_site.html(f"{PAGES[uid]}index.html")
    assert doc.xpath("//dl[@class='facts']/dt[text()='Status']/following-sibling::dd[1]/text()") == [status]
    assert "Terjadwal" not in doc.text_content() or status == "Terjadwal"


def test_past_events_read_selesai_on_the_agenda(fixture_site):
    agenda = fixture_site.html("acara/index.html")
    [lokakarya] = agenda.xpath(f"//article[.//a/@href='{SITEURL}/{PAGES[LOKAKARYA]}']")
    assert "event-card--finished" in lokakarya.get("class")
    assert lokakarya.xpath(".//p[contains(@class, 'status')]/text()") == ["Selesai"]
    [klinik] = agenda.xpath(f"//article[.//a/@href='{SITEURL}/{PAGES[KLINIK]}']")
    assert not klinik.xpath(".//p[contains(@class, 'status')]")  # scheduled and under way: no badge


@pytest.mark.parametrize(
    ("uid", "note"),
    [
        (LOKAKARYA, "Acara ini sudah berlangsung."),
        (KLINIK, "Acara ini sedang berlangsung."),
        (PAMERAN, None),
        (BATAL, None),  # cancelled: the banner says so, it never "took place"
    ],
)
def test_event_pages_say_whether_the_event_is_under_way_or_over(fixture_site, uid, note):
    notes = fixture_site.html(f"{PAGES[uid]}index.html").xpath("//div[contains(@class, 'notice')]/p/text()")
    assert notes == ([note] if note else [])


def test_event_pages_link_to_the_agenda_of_their_programme_and_regions(fixture_site):
    doc = fixture_site.html(f"{PAGES[BATAL]}index.html")
    hrefs = doc.xpath("//article//a/@href")
    for page in ("acara/program/literasi-digital/", "acara/wilayah/kota-bandung/", "acara/wilayah/kota-cimahi/"):
        assert f"{SITEURL}/{page}" in hrefs
        assert fixture_site.path(f"{page}index.html").is_file()


def test_agenda_pages_advertise_a_calendar_that_exists(any_site):
    pages = [n for n in any_site.html_files if n.startswith("acara/")]
    assert len(pages) >= 8
    for name in pages:
        hrefs = any_site.html(name).xpath("//link[@rel='alternate'][@type='text/calendar']/@href")
        assert len(hrefs) == 1, name
        assert any_site.path(hrefs[0].removeprefix(SITEURL + "/")).is_file(), name


def test_agenda_subscription_block(fixture_site):
    doc = fixture_site.html("acara/index.html")
    links = doc.xpath("//section[@class='calendar-subscribe']//a/@href")
    assert f"{SITEURL}/acara/kalender.ics" in links
    assert "webcal://hub.example.test/acara/kalender.ics" in links
    assert any(link.startswith("https://calendar.google.com/calendar/render?cid=webcal") for link in links)


@pytest.mark.parametrize(
    ("page", "title", "upcoming", "past"),
    [
        ("acara/program/literasi-digital/", "Agenda Acara Program Literasi Digital", [], [BATAL, LOKAKARYA]),
        ("acara/wilayah/kabupaten-garut/", "Agenda Acara Kabupaten Garut", [KLINIK], []),
        ("acara/wilayah/kota-bandung/", "Agenda Acara Kota Bandung", [], [BATAL, LOKAKARYA]),
        ("acara/program/desa-membangun/", "Agenda Acara Program Desa Membangun", [PAMERAN], []),
    ],
)
def test_programme_and_region_agenda_pages(fixture_site, page, title, upcoming, past):
    doc = fixture_site.html(f"{page}index.html")
    assert doc.xpath("//h1/text()") == [title]
    hrefs = {side: doc.xpath(f"//section[h2[@id='{side}']]//h3/a/@href") for side in ("mendatang", "lalu")}
    assert hrefs["mendatang"] == [f"{SITEURL}/{PAGES[uid]}" for uid in upcoming]
    assert hrefs["lalu"] == [f"{SITEURL}/{PAGES[uid]}" for uid in past]
    agenda = fixture_site.html("acara/index.html")
    assert f"{SITEURL}/{page}" in agenda.xpath("//nav[@class='event-filters']//a/@href")


# --- the bundled content ---


def test_bundled_calendar_covers_every_kind_of_event(bundled_site):
    events = list(vevents(bundled_site, "acara/kalender.ics").values())
    days = [(e.end - e.start).days for e in events if not isinstance(e.start, dt.datetime)]
    assert 1 in days, "a one-day, all-day event"
    assert any(d > 1 for d in days), "a multi-day event"
    assert "CANCELLED" in [e["STATUS"] for e in events]
    assert any(str(e["LOCATION"]).startswith("https://") for e in events), "an online event"
    modes, statuses = set(), set()
    for name in (n for n in bundled_site.html_files if n.startswith("acara/") and n.count("/") == 2):
        if "/program/" not in name and "/wilayah/" not in name and name != "acara/index.html":
            data = json_ld(bundled_site, name)
            modes.add(data["eventAttendanceMode"].rsplit("/", 1)[1])
            statuses.add(data["eventStatus"].rsplit("/", 1)[1])
    assert modes == {"OfflineEventAttendanceMode", "OnlineEventAttendanceMode", "MixedEventAttendanceMode"}
    assert {"EventScheduled", "EventCancelled", "EventRescheduled"} <= statuses


def test_machine_readable_times_on_pages(fixture_site):
    pameran = fixture_site.html(f"{PAGES[PAMERAN]}index.html")
    assert pameran.xpath("//dl[@class='facts']//time/@datetime") == ["2026-07-01"]
    agenda = fixture_site.html("acara/index.html")
    assert agenda.xpath(f"//article[.//a/@href='{SITEURL}/{PAGES[LOKAKARYA]}']//time/@datetime") == [
        "2026-06-01T09:00:00+07:00"
    ]


def test_a_cancelled_event_takes_none_of_the_home_pages_slots(bundled_site):
    # As of the bundled "now", the soonest upcoming event (the Cirebon meet-up) is cancelled.
    agenda = bundled_site.html("acara/index.html")
    upcoming = agenda.xpath("//section[h2[@id='mendatang']]//article")
    assert "event-card--cancelled" in upcoming[0].get("class")
    home = bundled_site.html("index.html")
    cards = home.xpath("//section[h2[@id='acara-mendatang']]//article")
    expected = [a.xpath("string(.//h3/a/@href)") for a in upcoming if "event-card--cancelled" not in a.get("class")]
    assert [card.xpath("string(.//h3/a/@href)") for card in cards] == expected[:3]
    assert not home.xpath("//section[h2[@id='acara-mendatang']]//*[contains(@class, 'cancelled')]")
    assert "Dibatalkan" not in home.xpath("string(//section[h2[@id='acara-mendatang']])")
    # Its own page stays, says so, and offers nothing to add to a calendar.
    cancelled = bundled_site.html(upcoming[0].xpath("string(.//h3/a/@href)").removeprefix(SITEURL + "/") + "index.html")
    assert cancelled.xpath("//dl[@class='facts']/dt[text()='Status']/following-sibling::dd[1]/text()") == ["Dibatalkan"]
    assert not cancelled.xpath("//section[@class='add-to-calendar']")
