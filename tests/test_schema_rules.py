"""One case per field rule, on items written as editors write them and parsed by the real schema (no build)."""

import datetime as dt

import pytest

from hub_model.problems import format_problem
from hub_model.scaffold import render
from hub_model.schema import KINDS, kind_of
from tests.factories import parse_fields, parse_text


def problems(kind="brief", **changes):
    return parse_fields(kind, **changes).problems


def only(kind="brief", **changes):
    found = problems(kind, **changes)
    assert len(found) == 1, found
    return found[0]


def test_valid_items_have_no_problems():
    assert problems("brief") == []
    assert problems("event") == []
    assert problems("page") == []
    assert problems("brief", image="images/pasar.jpg", image_alt="Foto", hashtags="#Jabar, #Sehat") == []


@pytest.mark.parametrize(
    ("kind", "changes", "field", "says"),
    [
        ("brief", {"title": None}, "Title", "wajib diisi"),
        ("brief", {"title": "  "}, "Title", "kosong"),
        ("brief", {"title": "J" * 151}, "Title", "terlalu panjang"),
        ("brief", {"uid": None}, "Uid", "wajib diisi"),
        ("brief", {"uid": "abc"}, "Uid", "bukan pengenal"),
        ("brief", {"uid": "00000000-0000-0000-0000-000000000000"}, "Uid", "nol"),
        ("brief", {"date": "20/11/2026"}, "Date", "tidak bisa dibaca"),
        ("brief", {"date": "2026-02-30 09:00"}, "Date", "tidak bisa dibaca"),
        ("brief", {"program": "kesehatn"}, "Program", "maksud Anda 'kesehatan'"),
        ("brief", {"program": "kesehatan, literasi-digital"}, "Program", "tepat satu"),
        ("brief", {"regions": "bogor"}, "Regions", "maksud Anda 'kota-bogor'"),
        ("brief", {"regions": ""}, "Regions", "kosong"),
        ("brief", {"summary": "x" * 301}, "Summary", "terlalu panjang"),
        ("brief", {"share_text": "x" * 281}, "Share_Text", "terlalu panjang"),
        ("brief", {"slug": "Judul Besar"}, "Slug", "slug tidak valid"),
        ("brief", {"status": "terbit"}, "Status", "tidak dikenal"),
        ("brief", {"status": "draf"}, "Status", "maksud Anda draft?"),
        ("brief", {"image": "images/tidak-ada.jpg", "image_alt": "Foto"}, "Image", "tidak ada"),
        ("brief", {"image": "images/pasar.jpg"}, "Image_Alt", "wajib diisi bila Image diisi"),
        ("brief", {"hashtags": "Jabar Juara"}, "Hashtags", "tidak valid"),
        ("brief", {"progam": "kesehatan"}, "Progam", "maksud Anda Program?"),
        ("brief", {"template": "x"}, "Template", "kolom tidak dikenal"),
        ("brief", {"status": "withdrawn"}, "Withdrawn_Reason", "wajib diisi bila Status: withdrawn"),
        ("brief", {"expires": "2026-05-01 09:00"}, "Expires", "sebelum terbit"),
        ("brief", {"redirect_from": "/"}, "Redirect_From", "tidak valid"),
        ("brief", {"redirect_from": "/berita/lama"}, "Redirect_From", "tidak valid"),
        ("brief", {"redirect_from": "/berita/a;b/"}, "Redirect_From", "tidak valid"),
        ("brief", {"redirect_from": "/berita/../x/"}, "Redirect_From", "tidak valid"),
        ("brief", {"redirect_from": "https://lama.example/x/"}, "Redirect_From", "tidak valid"),
        ("event", {"end": "2026-06-01 08:00"}, "End", "selesai sebelum mulai"),
        ("event", {"end": "2026-06-02"}, "End", "berbeda jenis"),
        ("event", {"start": "besok pagi"}, "Start", "tidak bisa dibaca"),
        ("event", {"timezone": "Asia/Bandung"}, "Timezone", "tidak dikenal"),
        ("event", {"attendance": "online", "venue": None}, "Online_Url", "wajib diisi bila acara daring"),
        ("event", {"venue": None}, "Venue", "wajib diisi bila acara tatap muka"),
        ("event", {"event_status": "batal"}, "Event_Status", "tidak dikenal"),
        ("event", {"registration_deadline": "2026-06-02 09:00"}, "Registration_Deadline", "setelah acara"),
        ("event", {"registration_url": "daftar.example.org"}, "Registration_Url", "tidak valid"),
        ("event", {"geo": "-6.9, 200"}, "Geo", "di luar jangkauan"),
        ("event", {"capacity": "lima puluh"}, "Capacity", "bukan angka"),
        ("event", {"capacity": "５０"}, "Capacity", "bukan angka"),
        ("event", {"speakers": "Dosen tanpa peran"}, "Speakers", "format pembicara"),
    ],
)
def test_each_rule_names_the_field_and_the_fix(kind, changes, field, says):
    problem = only(kind, **changes)
    assert problem.field == field
    assert says in problem.message + " " + problem.fix
    assert problem.fix


def test_all_problems_are_reported_at_once():
    found = problems("brief", title=None, date="kemarin", program="x", regions="y")
    assert {p.field for p in found} == {"Title", "Date", "Program", "Regions"}


def test_modified_before_date_is_only_a_warning():
    problem = only("brief", modified="2026-05-01 09:00")
    assert problem.severity == "warning"


def test_problem_format_points_at_file_line_and_field():
    problem = only("brief", date="20/11/2026")
    assert format_problem(problem).startswith(
        "content/briefs/a.md:3: Date: tanggal '20/11/2026' tidak bisa dibaca — tulis"
    )


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("{11111111-1111-4111-8111-111111111111}", "11111111-1111-4111-8111-111111111111"),
        ("urn:uuid:11111111-1111-4111-8111-111111111111", "11111111-1111-4111-8111-111111111111"),
        ("11111111-1111-4111-8111-11111111111A", "11111111-1111-4111-8111-11111111111a"),
        ("11111111111141118111111111111111", "11111111-1111-4111-8111-111111111111"),
    ],
)
def test_uid_has_one_normal_form_and_the_fix_gives_it(written, canonical):
    problem = only("brief", uid=written)
    assert problem.field == "Uid" and "bentuk baku" in problem.message
    assert f"Uid: {canonical}" in problem.fix


def test_uid_of_a_valid_item_is_its_canonical_form():
    assert parse_fields("brief").values["uid"] == "11111111-1111-4111-8111-111111111111"


def test_regions_are_all_listed_in_the_message():
    problem = only("brief", regions="bandung-raya")
    assert "kota-tasikmalaya" in problem.fix and "jawa-barat" in problem.fix


def test_typed_values_come_out_of_the_schema():
    values = parse_fields(
        "event", speakers=["A | Narasumber", "B | Moderator"], capacity="50", geo="-6.9, 107.6"
    ).values
    assert values["regions"][0].slug == "kota-bandung" and values["program"].name == "Kesehatan"
    assert values["date"] == dt.datetime.fromisoformat("2026-05-10 09:00+07:00")
    assert [s.role for s in values["speakers"]] == ["Narasumber", "Moderator"]
    assert values["capacity"] == 50 and values["geo"] == (-6.9, 107.6)
    assert values["slug"] == "lokakarya"


def test_event_times_are_in_the_event_zone_and_dates_in_the_site_zone():
    values = parse_fields("event", timezone="Asia/Makassar").values
    assert values["start"].utcoffset() == dt.timedelta(hours=8)
    assert values["date"].utcoffset() == dt.timedelta(hours=7)


@pytest.mark.parametrize(
    ("path", "kind"), [("briefs/a.md", "brief"), ("events/2026/x.md", "event"), ("pages/t.md", "page"), ("x.md", None)]
)
def test_kind_of(path, kind):
    assert (kind_of(path).name if kind_of(path) else None) == kind


def test_empty_optional_fields_count_as_absent():
    assert problems("brief", hashtags="  ", image="", tags="") == []
    assert only("brief", title="").field == "Title"


def test_title_that_makes_no_address_needs_a_slug():
    problem = only("brief", title="🎉🎉🎉")
    assert problem.field == "Slug" and "Slug:" in problem.fix
    assert problems("brief", title="🎉🎉🎉", slug="perayaan") == []


def test_scaffolded_drafts_pass_and_scaffold_text_is_refused_once_published():
    for kind in ("brief", "event"):
        text = render(
            kind, "Judul Baru: Uji & Coba", dt.datetime(2026, 11, 26, 9), "12345678-1234-4234-8234-123456789012"
        )
        assert "Status: draft" in text and "Date: 2026-11-26 09:00" in text
        assert parse_text(text, kind).problems == []
        published = parse_text(text.replace("Status: draft", "Status: published"), kind)
        placeholders = {p.field for p in published.problems}
        expected = {"Summary", "Share_Text", "isi"} | ({"Venue", "Speakers"} if kind == "event" else set())
        assert placeholders == expected, published.problems
        assert all("teks contoh" in p.message for p in published.problems)


def test_the_scaffold_writes_every_field_the_schema_scaffolds_in_schema_order():
    text = render("event", "Uji", dt.datetime(2026, 11, 26, 9), "12345678-1234-4234-8234-123456789012")
    labels = [line.split(":", 1)[0] for line in text.split("\n\n", 1)[0].splitlines()]
    assert labels == [f.label for f in KINDS["event"].fields if f.scaffold is not None]
