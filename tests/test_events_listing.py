"""The agenda's programme and region sections, on plain objects."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from events.listing import (
    PROGRAM_KIND,
    REGION_KIND,
    EventSection,
    agenda_terms,
    group_events,
    section_terms,
    timing_note,
)
from hub_model.taxonomy import Taxonomy, Term, make_terms
from tests.factories import details

TAXONOMY = Taxonomy(
    programs=make_terms("program", {"kesehatan": "Kesehatan", "pendidikan": "Pendidikan"}, "program/{slug}/"),
    regions=make_terms("region", {"kota-bandung": "Kota Bandung", "kota-bogor": "Kota Bogor"}, "wilayah/{slug}/"),
)
AGENDA = Term("events", "acara", "Agenda Acara", "acara/")
TERMS = section_terms(TAXONOMY, "acara/program/{slug}/", "acara/wilayah/{slug}/")


def item(name, program, *regions):
    return SimpleNamespace(
        name=name, program=TAXONOMY.programs[program], regions=tuple(TAXONOMY.regions[r] for r in regions)
    )


def names(events) -> list[str]:
    return [event.name for event in events]


def test_section_terms_live_under_the_agenda_in_declared_order():
    assert [(t.kind, t.slug, t.url) for t in TERMS] == [
        (PROGRAM_KIND, "kesehatan", "acara/program/kesehatan/"),
        (PROGRAM_KIND, "pendidikan", "acara/program/pendidikan/"),
        (REGION_KIND, "kota-bandung", "acara/wilayah/kota-bandung/"),
        (REGION_KIND, "kota-bogor", "acara/wilayah/kota-bogor/"),
    ]


def test_group_events_keeps_upcoming_and_past_order_and_skips_empty_terms():
    soon = item("soon", "kesehatan", "kota-bandung")
    later = item("later", "kesehatan", "kota-bandung", "kota-bogor")
    before = item("before", "kesehatan", "kota-bogor")
    sections = group_events([soon, later], [before], AGENDA, TERMS)
    assert [s.term.url for s in sections] == [
        "acara/",
        "acara/program/kesehatan/",
        "acara/wilayah/kota-bandung/",
        "acara/wilayah/kota-bogor/",
    ]
    agenda, health, bandung, bogor = sections
    assert (names(agenda.upcoming), names(agenda.past)) == (["soon", "later"], ["before"])
    assert names(health.events) == ["soon", "later", "before"]
    assert (names(bandung.upcoming), names(bandung.past)) == (["soon", "later"], [])
    assert (names(bogor.upcoming), names(bogor.past)) == (["later"], ["before"])


def test_section_titles():
    health, _, bandung, _ = TERMS
    assert EventSection(AGENDA, (), ()).title == "Agenda Acara"
    assert EventSection(health, (), ()).title == "Agenda Acara Program Kesehatan"
    assert EventSection(bandung, (), ()).title == "Agenda Acara Kota Bandung"


def test_agenda_terms_are_the_existing_sections_of_an_event():
    listed = item("listed", "kesehatan", "kota-bandung")
    sections = group_events([listed], [], AGENDA, TERMS)
    program, regions = agenda_terms(listed, sections)
    assert program.url == "acara/program/kesehatan/"
    assert [r.url for r in regions] == ["acara/wilayah/kota-bandung/"]
    # An unlisted event in a programme and region without listed events links to no agenda page.
    assert agenda_terms(item("withdrawn", "pendidikan", "kota-bogor"), sections) == (None, ())


@pytest.mark.parametrize(
    ("now", "status", "note"),
    [
        ("2026-06-15 08:00", "scheduled", ""),
        ("2026-06-15 10:00", "scheduled", "Acara ini sedang berlangsung."),
        ("2026-06-15 17:00", "scheduled", "Acara ini sudah berlangsung."),
        ("2026-06-15 17:00", "rescheduled", "Acara ini sudah berlangsung."),
        ("2026-06-15 17:00", "cancelled", ""),
        ("2026-06-15 10:00", "cancelled", ""),
    ],
)
def test_timing_note_against_a_pinned_now(now, status, note):
    event = details(start="2026-06-15 09:00", end="2026-06-15 17:00", event_status=status)
    moment = dt.datetime.fromisoformat(now).replace(tzinfo=ZoneInfo("Asia/Jakarta"))
    assert timing_note(event, moment) == note


def test_registration_closes_at_the_deadline_or_the_start():
    import datetime as dt
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from events.listing import registration_open

    jkt = ZoneInfo("Asia/Jakarta")
    start = dt.datetime(2026, 7, 1, 9, tzinfo=jkt)
    deadline = dt.datetime(2026, 6, 25, 23, 59, tzinfo=jkt)

    def details(**changes):
        base = {"registration_url": "https://d.test/", "status": "scheduled", "registration_deadline": deadline}
        return SimpleNamespace(start=start, **{**base, **changes})

    assert registration_open(details(), dt.datetime(2026, 6, 20, tzinfo=jkt))
    assert not registration_open(details(), dt.datetime(2026, 6, 26, tzinfo=jkt))
    assert registration_open(details(registration_deadline=None), dt.datetime(2026, 6, 30, tzinfo=jkt))
    assert not registration_open(details(registration_deadline=None), start)
    assert not registration_open(details(status="cancelled"), dt.datetime(2026, 6, 20, tzinfo=jkt))
    assert not registration_open(details(registration_url=""), dt.datetime(2026, 6, 20, tzinfo=jkt))


@pytest.mark.parametrize(
    ("now", "status", "key", "label", "calendar"),
    [
        ("2026-06-15 08:00", "scheduled", "scheduled", "Terjadwal", True),
        ("2026-06-15 10:00", "scheduled", "scheduled", "Terjadwal", True),  # under way: still upcoming
        ("2026-06-15 17:00", "scheduled", "finished", "Selesai", False),
        ("2026-06-15 17:00", "rescheduled", "finished", "Selesai", False),
        ("2026-06-15 08:00", "rescheduled", "rescheduled", "Dijadwalkan ulang", True),
        ("2026-06-15 08:00", "cancelled", "cancelled", "Dibatalkan", False),
        ("2026-06-15 17:00", "cancelled", "cancelled", "Dibatalkan", False),  # never took place
        ("2026-06-15 17:00", "postponed", "postponed", "Ditunda", True),  # will still happen
    ],
)
def test_event_state_is_decided_in_one_place(now, status, key, label, calendar):
    from events.listing import event_state
    from events.model import STATUS_LABELS

    event = details(start="2026-06-15 09:00", end="2026-06-15 17:00", event_status=status)
    state = event_state(event, dt.datetime.fromisoformat(now).replace(tzinfo=ZoneInfo("Asia/Jakarta")))
    assert (state.key, state.label, state.offers_calendar) == (key, label, calendar)
    assert state.label == STATUS_LABELS.get(key, "Selesai")
    assert state.badge == ("" if key == "scheduled" else label)
    assert state.note == ("" if key in ("scheduled", "finished") else event.status_note)


def test_a_cancelled_event_takes_no_home_page_slot():
    from events.listing import home_events

    def upcoming(name, status):
        return SimpleNamespace(name=name, details=SimpleNamespace(status=status))

    events = [upcoming("batal", "cancelled"), upcoming("a", "scheduled"), upcoming("b", "postponed")]
    events += [upcoming("c", "rescheduled"), upcoming("d", "scheduled")]
    assert names(home_events(events, 3)) == ["a", "b", "c"]
    assert names(home_events(events[:1], 3)) == []
