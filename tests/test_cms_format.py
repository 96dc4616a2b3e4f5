"""Our Decap CMS format (theme/static/js/cms/format.js), run in Chromium over every bundled item file.

Read by the CMS and written back, each file is either unchanged or in the canonical form (the
schema's field order, continuation lines indented by two spaces, lists on one line): a form the
reader parses to the same values and body, that passes unchanged through the format again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cms.config import CmsOptions, cms_config

from hub_model.parse import parse_item
from hub_model.schema import KIND_BY_FOLDER, KINDS
from tests.factories import FIXTURE, SETTINGS, SLUGIFY, context
from tests.site import ROOT

pytestmark = pytest.mark.browser

FORMAT_JS = ROOT / "theme" / "static" / "js" / "cms" / "format.js"
CONTENT = ROOT / "content"
FILES = sorted(
    path for root in (CONTENT, FIXTURE) for kind in KINDS.values() for path in (root / kind.folder).glob("*.md")
)
CONFIG = cms_config(KINDS, SETTINGS["HUB_PROGRAMS"], SETTINGS["HUB_REGIONS"], CmsOptions())
FIELDS = {c["name"]: [f for f in c["fields"] if f["name"] != "body"] for c in CONFIG["collections"]}


@pytest.fixture(scope="module")
def page(browser):
    context_ = browser.new_context()
    opened = context_.new_page()
    opened.set_content("<!doctype html><title>format</title>")
    opened.add_script_tag(content=FORMAT_JS.read_text(encoding="utf-8"))
    yield opened
    context_.close()


def round_trip(page, kind: str, text: str) -> tuple[dict, str]:
    """Return what the CMS reads from a file, and what it writes back."""
    return page.evaluate(
        "([fields, text]) => { const data = HubFormat.fromFile(fields, text);"
        " return [data, HubFormat.toFile(fields, data)]; }",
        [FIELDS[kind], text],
    )


def parsed(path: Path, text: str, root: Path):
    kind = KIND_BY_FOLDER[path.parent.name]
    relative = path.relative_to(root).as_posix()
    return parse_item(f"content/{relative}", relative, text.encode("utf-8"), kind, context(root), slugify=SLUGIFY)


def test_there_are_files_of_every_kind():
    assert {path.parent.name for path in FILES} == {kind.folder for kind in KINDS.values()}


@pytest.mark.parametrize(
    "path", FILES, ids=lambda path: f"{path.parent.parent.parent.name}/{path.parent.name}/{path.name}"
)
def test_every_file_survives_the_cms(page, path):
    root = CONTENT if path.is_relative_to(CONTENT) else FIXTURE
    kind = KIND_BY_FOLDER[path.parent.name].name
    original = path.read_text(encoding="utf-8")
    data, written = round_trip(page, kind, original)
    if written != original:
        # The canonical form: a fixed point of the format, read by the reader exactly as the original.
        assert round_trip(page, kind, written)[1] == written
        before, after = parsed(path, original, root), parsed(path, written, root)
        assert after.ok, after.problems
        assert (after.values, after.body) == (before.values, before.body)
    assert parsed(path, written, root).ok
    assert data["body"] == original.split("\n\n", 1)[1]


def test_bundled_briefs_and_pages_are_already_canonical(page):
    for path in FILES:
        if path.is_relative_to(CONTENT) and path.parent.name in ("briefs", "pages"):
            kind = KIND_BY_FOLDER[path.parent.name].name
            original = path.read_text(encoding="utf-8")
            assert round_trip(page, kind, original)[1] == original, path.name


def test_values_are_what_the_form_widgets_hold(page):
    event = (CONTENT / "events" / "bincang-kreator-umkm-bogor.md").read_text(encoding="utf-8")
    data, _ = round_trip(page, "event", event)
    assert data["Regions"] == ["kota-bogor", "kabupaten-bogor"]
    assert data["Tags"] == ["UMKM", "kreator konten", "kuliner"]
    assert data["Speakers"][0] == {"name": "Pelaku UMKM kuliner Bogor", "role": "Narasumber"}
    assert data["Capacity"] == "80"
    clarification = (CONTENT / "cek-fakta" / "hoaks-tautan-pendaftaran-bansos.md").read_text(encoding="utf-8")
    data, _ = round_trip(page, "clarification", clarification)
    assert data["Claim_Links"] == ["https://bantuan-tunai-jabar.example/daftar", "https://bit.example/bansos-jabar"]
    assert data["Evidence"][1] == {
        "title": "Portal resmi Pemerintah Provinsi Jawa Barat",
        "url": "https://jabarprov.go.id/",
    }


def test_written_values_follow_the_reader_format(page):
    fields = FIELDS["event"]
    data = {
        "Title": "Lokakarya",
        "Summary": "Baris satu\n\nbaris dua",
        "Speakers": [{"name": "Dosen | tamu", "role": "Narasumber"}, {"name": "Jurnalis", "role": "Moderator"}],
        "Regions": ["kota-bandung", "kabupaten-garut"],
        "Venue": "Gedung\nSate",
        "Tags": [],
        "body": "Isi",
    }
    written = page.evaluate("([fields, data]) => HubFormat.toFile(fields, data)", [fields, data])
    assert written == (
        "Title: Lokakarya\n"
        "Regions: kota-bandung, kabupaten-garut\n"
        "Tags:\n"
        "Summary: Baris satu\n"
        "  baris dua\n"
        "Venue: Gedung Sate\n"
        "Speakers: Dosen | tamu | Narasumber\n"
        "  Jurnalis | Moderator\n"
        "\n"
        "Isi\n"
    )


def test_conditional_requirements(page):
    fields = FIELDS["event"]
    problems = page.evaluate(
        "([fields, data]) => HubFormat.conditionalProblems(fields, (name) => data[name])",
        [fields, json.loads('{"Attendance": "online"}')],
    )
    assert problems == ["Tautan daring: wajib diisi bila acara daring (online/mixed)"]
    problems = page.evaluate("(fields) => HubFormat.conditionalProblems(fields, () => undefined)", fields)
    assert problems == ["Tempat: wajib diisi bila acara tatap muka (offline/mixed)"]
