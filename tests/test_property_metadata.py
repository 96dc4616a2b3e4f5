"""Random metadata never crashes the checks or the model: it is accepted or reported cleanly."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.model import parse_event
from hub_model.model import build_item, item_visibility
from hub_model.taxonomy import load_taxonomy
from validation.rules import CheckContext, check_metadata
from validation.schema import SCHEMAS

PROGRAMS = {"kesehatan": "Kesehatan"}
REGIONS = {"kota-bandung": "Kota Bandung", "jawa-barat": "Seluruh Jawa Barat"}
CTX = CheckContext(PROGRAMS, REGIONS, ZoneInfo("Asia/Jakarta"), file_exists=lambda path: path == "images/a.jpg")
TAXONOMY = load_taxonomy(
    {
        "HUB_PROGRAMS": PROGRAMS,
        "HUB_REGIONS": REGIONS,
        "PROGRAM_URL": "program/{slug}/",
        "REGION_URL": "wilayah/{slug}/",
    }
)
NOW = dt.datetime(2026, 6, 15, 12, tzinfo=ZoneInfo("Asia/Jakarta"))

# Values that look like what editors type, plus arbitrary text.
plausible = st.sampled_from(
    [
        "",
        " ",
        "2026-05-10 09:00",
        "2026-05-10",
        "2026-05-10T09:00+08:00",
        "2026-02-30",
        "kesehatan",
        "kota-bandung, jawa-barat",
        "images/a.jpg",
        "https://example.org/x",
        "-6.9, 107.6",
        "50",
        "Asia/Jakarta",
        "Nama | Peran",
        "online",
        "mixed",
        "cancelled",
        "withdrawn",
        "draft",
        "#Jabar",
        "11111111-1111-4111-8111-111111111111",
        "</script><script>alert(1)</script>",
    ]
)
value = st.lists(st.one_of(plausible, st.text(max_size=40)), min_size=1, max_size=3)
field_names = st.sampled_from(sorted({key for schema in SCHEMAS.values() for key in schema} | {"progam", "x"}))
metadata = st.dictionaries(field_names, value, max_size=14)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(SCHEMAS)), meta=metadata)
def test_checks_never_crash_and_always_explain(kind, meta):
    for problem in check_metadata(kind, "content/x.md", meta, {}, CTX):
        assert problem.field and problem.message and problem.fix
        assert problem.severity in ("error", "warning")


VALID_EVENT = {
    "title": ["Acara"],
    "uid": ["11111111-1111-4111-8111-111111111111"],
    "date": ["2026-05-01 09:00"],
    "summary": ["Ringkasan."],
    "program": ["kesehatan"],
    "regions": ["kota-bandung"],
    "start": ["2026-05-10 09:00"],
    "venue": ["Gedung Sate"],
}


def test_the_base_event_is_valid():
    assert check_metadata("event", "content/x.md", VALID_EVENT, {}, CTX) == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.dictionaries(field_names, value, max_size=4))
def test_accepted_events_build_a_model(changes):
    meta = {**VALID_EVENT, **changes}
    errors = [p for p in check_metadata("event", "content/x.md", meta, {}, CTX) if p.severity == "error"]
    if errors:
        return
    # What Pelican hands the model: one string per field, multi-line fields as lists.
    flat = {key: (lines if key == "speakers" else " ".join(lines).strip()) for key, lines in meta.items()}
    details = parse_event(flat, "Asia/Jakarta", "Diskominfo")
    assert details.end >= details.start
    assert details.when and isinstance(details.place, str)
    visibility = item_visibility(flat, ZoneInfo("Asia/Jakarta"), NOW)
    item = build_item(flat, TAXONOMY, "https://s.test", visibility, lambda path: 10)
    assert item.program.slug == "kesehatan" and item.regions
