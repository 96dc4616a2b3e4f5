"""One case per rule, on raw metadata as an editor writes it; invalid content lives here, not in the fixture."""

from zoneinfo import ZoneInfo

import pytest

from validation.rules import CheckContext, Problem, Published, check_metadata, check_site, field_lines, format_problem
from validation.schema import kind_of

CTX = CheckContext(
    programs={"kesehatan": "Kesehatan", "literasi-digital": "Literasi Digital", "pemulihan-ekonomi": "Ekonomi"},
    regions={"kota-bandung": "Kota Bandung", "kota-bogor": "Kota Bogor", "jawa-barat": "Seluruh Jawa Barat"},
    timezone=ZoneInfo("Asia/Jakarta"),
    file_exists=lambda path: path == "images/ada.jpg",
)

BRIEF = {
    "title": ["Judul"],
    "uid": ["11111111-1111-4111-8111-111111111111"],
    "date": ["2026-11-20 09:00"],
    "program": ["kesehatan"],
    "regions": ["kota-bandung, jawa-barat"],
    "summary": ["Ringkasan."],
}
EVENT = {**BRIEF, "start": ["2026-12-01 09:00"], "end": ["2026-12-01 12:00"], "venue": ["Gedung Sate"]}


def problems(kind, **changes):
    meta = {**(BRIEF if kind == "brief" else EVENT), **changes}
    meta = {key: value for key, value in meta.items() if value is not None}
    lines = {key: number for number, key in enumerate(meta, start=1)}
    return check_metadata(kind, "content/x.md", meta, lines, CTX)


def only(kind, **changes) -> Problem:
    found = problems(kind, **changes)
    assert len(found) == 1, found
    return found[0]


def test_valid_items_have_no_problems():
    assert problems("brief") == []
    assert problems("event") == []
    assert problems("brief", image=["images/ada.jpg"], image_alt=["Foto"], hashtags=["#Jabar, #Sehat"]) == []


@pytest.mark.parametrize(
    ("kind", "changes", "field", "says"),
    [
        ("brief", {"title": None}, "Title", "wajib diisi"),
        ("brief", {"title": ["  "]}, "Title", "kosong"),
        ("brief", {"uid": None}, "Uid", "wajib diisi"),
        ("brief", {"uid": ["abc"]}, "Uid", "bukan pengenal"),
        ("brief", {"date": ["20/11/2026"]}, "Date", "tidak bisa dibaca"),
        ("brief", {"date": ["2026-02-30 09:00"]}, "Date", "tidak bisa dibaca"),
        ("brief", {"program": ["kesehatn"]}, "Program", "'kesehatn' → 'kesehatan'"),
        ("brief", {"program": ["kesehatan, literasi-digital"]}, "Program", "tepat satu"),
        ("brief", {"regions": ["bogor"]}, "Regions", "'bogor' → 'kota-bogor'"),
        ("brief", {"regions": [""]}, "Regions", "kosong"),
        ("brief", {"summary": ["x" * 301]}, "Summary", "terlalu panjang"),
        ("brief", {"share_text": ["x" * 281]}, "Share_Text", "terlalu panjang"),
        ("brief", {"slug": ["Judul Besar"]}, "Slug", "slug tidak valid"),
        ("brief", {"status": ["terbit"]}, "Status", "tidak dikenal"),
        ("brief", {"image": ["images/tidak-ada.jpg"], "image_alt": ["Foto"]}, "Image", "tidak ada"),
        ("brief", {"image": ["images/ada.jpg"]}, "Image_Alt", "tanpa teks alternatif"),
        ("brief", {"hashtags": ["Jabar Juara"]}, "Hashtags", "tidak valid"),
        ("brief", {"progam": ["kesehatan"]}, "Progam", "maksud Anda Program?"),
        ("brief", {"status": ["withdrawn"]}, "Withdrawn_Reason", "kosong"),
        ("brief", {"expires": ["2026-11-01 09:00"]}, "Expires", "sebelum terbit"),
        ("event", {"end": ["2026-12-01 08:00"]}, "End", "selesai sebelum mulai"),
        ("event", {"end": ["2026-12-02"]}, "End", "berbeda jenis"),
        ("event", {"start": ["besok pagi"]}, "Start", "tidak bisa dibaca"),
        ("event", {"timezone": ["Asia/Bandung"]}, "Timezone", "tidak dikenal"),
        ("event", {"attendance": ["online"], "venue": None}, "Online_Url", "tanpa tautan"),
        ("event", {"venue": None}, "Venue", "tanpa tempat"),
        ("event", {"event_status": ["batal"]}, "Event_Status", "tidak dikenal"),
        ("event", {"registration_deadline": ["2026-12-02 09:00"]}, "Registration_Deadline", "setelah acara"),
        ("event", {"registration_url": ["daftar.example.org"]}, "Registration_Url", "tidak valid"),
        ("event", {"geo": ["-6.9, 200"]}, "Geo", "di luar jangkauan"),
        ("event", {"capacity": ["lima puluh"]}, "Capacity", "bukan angka"),
        ("event", {"speakers": ["Dosen tanpa peran"]}, "Speakers", "format pembicara"),
    ],
)
def test_each_rule_names_the_field_and_the_fix(kind, changes, field, says):
    problem = only(kind, **changes)
    assert problem.field == field
    assert says in problem.message + " " + problem.fix
    assert problem.fix


def test_all_problems_are_reported_at_once():
    found = problems("brief", title=None, date=["kemarin"], program=["x"], regions=["y"])
    assert {p.field for p in found} == {"Title", "Date", "Program", "Regions"}


def test_modified_before_date_is_only_a_warning():
    problem = only("brief", modified=["2026-11-01 09:00"])
    assert problem.severity == "warning"


def test_problem_format_points_at_file_line_and_field():
    problem = only("brief", date=["20/11/2026"])
    assert format_problem(problem).startswith("content/x.md:3: Date: tanggal '20/11/2026' tidak bisa dibaca — tulis")


def test_missing_uid_fix_offers_a_fresh_identifier():
    assert "Uid" in only("brief", uid=["123"]).fix


def test_field_lines_stop_at_the_body():
    text = "Title: A\nDate: 2026-01-01\n    lanjutan\n\nBody: not metadata\n"
    assert field_lines(text) == {"title": 1, "date": 2}


def test_pages_only_need_a_title():
    assert check_metadata("page", "p.md", {"title": ["Tentang"]}, {}, CTX) == []


def test_site_rules_catch_shared_uids_and_urls():
    found = check_site(
        [
            Published("briefs/a.md", "u-1", "berita/a/"),
            Published("briefs/b.md", "u-1", "berita/b/"),
            Published("briefs/c.md", "u-3", "berita/a/"),
            Published("pages/p.md", None, "p/"),
        ]
    )
    assert [(p.path, p.field) for p in found] == [("briefs/b.md", "Uid"), ("briefs/c.md", "Slug")]


@pytest.mark.parametrize(
    ("path", "kind"), [("briefs/a.md", "brief"), ("events/2026/x.md", "event"), ("pages/t.md", "page"), ("x.md", None)]
)
def test_kind_of(path, kind):
    assert kind_of(path) == kind


def test_empty_optional_fields_count_as_absent():
    assert problems("brief", hashtags=["  "], image=[""], tags=[""]) == []
    assert only("brief", title=[""]).field == "Title"


def test_scaffolded_items_pass_the_checks():
    import datetime as dt

    from hub_model.scaffold import render
    from validation.rules import field_lines as lines_of

    for kind in ("brief", "event"):
        text = render(
            kind, "Judul Baru: Uji & Coba", dt.datetime(2026, 11, 26, 9), "12345678-1234-4234-8234-123456789012"
        )
        header = text.split("\n\n", 1)[0]
        meta: dict[str, list[str]] = {}
        for line in header.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = [value.strip()]
        assert check_metadata(kind, "x.md", meta, lines_of(text), CTX) == []
        assert "Status: draft" in text and "Date: 2026-11-26 09:00" in text
