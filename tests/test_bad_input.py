"""Mistakes that are not one broken header: files, links, symlinks, the ledger, identities, addresses.

Each case builds for real (``python -m hub_build html``, what ``make html`` runs) over a copy of a
site that was built once before, and asserts the exit status, the ``file:line: field`` of the
message, that no traceback is printed, and that the previous site is exactly as it was. The
containment cases also search every file the build left for bytes from outside ``content/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hub_build.build import run_build
from tests.conftest import FIXTURE
from tests.site import ROOT
from tests.test_make import tree_digest

GOOD_BRIEF = """Title: Kabar Baik
Uid: 11111111-1111-4111-8111-111111111111
Date: 2026-05-10 09:00
Program: kesehatan
Regions: kota-bandung
Summary: Ringkasan singkat.
Image: images/pasar.jpg
Image_Alt: Pasar

Isi.
"""
PASSWD = Path("/etc/passwd").read_bytes()[:40]
MAKEFILE = (ROOT / "Makefile").read_bytes()[:60]


def hub(command: str, content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run a build command as `make` does."""
    return subprocess.run(
        [sys.executable, "-m", "hub_build", command, "--content", str(content), "--output", str(output), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "PYTHONPATH": "plugins", "HUB_NOW": "2026-06-15 12:00"},
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A folder with ``content/`` (the fixture, with its ledger recorded by a publish) and a built ``output``."""
    root = tmp_path_factory.mktemp("published")
    shutil.copytree(FIXTURE, root / "content")
    first = hub("html", root / "content", root / "output")
    assert first.returncode == 0, first.stderr
    return root


@pytest.fixture
def site(published, tmp_path) -> Path:
    """A private copy of the published folder (symlinked output layout kept), to break."""
    copy = tmp_path / "site"
    shutil.copytree(published, copy, symlinks=True)
    return copy


def stops(site: Path, expected: list[str]) -> str:
    """Build ``site``; assert it stops with every expected message start and leaves the site as it was."""
    before = tree_digest(site / "output")
    result = hub("html", site / "content", site / "output")
    messages = result.stdout + result.stderr
    assert result.returncode == 1, messages
    assert "Traceback" not in messages and "Could not process" not in messages, messages
    for start in expected:
        [line] = [line for line in messages.splitlines() if line.startswith(start)]
        assert " — " in line, line  # what is wrong, then how to fix it
    assert tree_digest(site / "output") == before
    assert len(list((site / "output.builds").iterdir())) == 1  # the failed build is gone
    return messages


def no_foreign_bytes(site: Path) -> None:
    """Assert no file the build left holds bytes from outside content/ (the system, the project)."""
    for path in (site / "output.builds").rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            assert PASSWD not in data and MAKEFILE not in data, path


@pytest.mark.parametrize("name", ["catatan.txt", "halaman.html", "teks.rst", "BESAR.MD", "lama.markdown", "doc.docx"])
def test_files_that_would_be_ignored_stop_the_build(site, name):
    (site / "content" / "briefs" / name).write_text(GOOD_BRIEF, encoding="utf-8")
    stops(site, [f"content/briefs/{name}: berkas: berkas "])


def test_a_symlink_to_a_system_file_or_an_outside_folder_stops_the_build(site):
    (site / "content" / "images" / "foto.jpg").symlink_to("/etc/passwd")
    outside = site / "rahasia"
    outside.mkdir()
    (outside / "a.jpg").write_bytes((FIXTURE / "images" / "pasar.jpg").read_bytes())
    (site / "content" / "images" / "folder").symlink_to(outside)
    stops(
        site,
        ["content/images/foto.jpg: berkas: berkas ini tautan simbolik", "content/images/folder: berkas: folder ini"],
    )
    no_foreign_bytes(site)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
        ("halaman.html", b"<script>alert(1)</script>"),
        ("palsu.jpg", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_files_a_browser_would_run_on_our_origin_are_refused(site, name, data):
    (site / "content" / "images" / name).write_bytes(data)
    stops(site, [f"content/images/{name}: berkas: "])


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("[a]({attach}../../../../../../../../etc/passwd)", 12),
        ("[a]({attach}../../Makefile)", 12),
        ("[a]({static}/../pelicanconf.py)", 12),
        ("![a]({static}/images/tautan.jpg)", 12),
    ],
)
def test_links_never_publish_a_file_from_outside_content(site, body, line):
    (site / "content" / "images" / "tautan.jpg").symlink_to("/etc/passwd")
    (site / "content" / "briefs" / "jahat.md").write_text(
        GOOD_BRIEF.replace("1111-4111", "1111-4112").replace("Title: Kabar Baik", "Title: Jahat") + "\n" + body + "\n",
        encoding="utf-8",
    )
    stops(site, [f"content/briefs/jahat.md:{line}: isi: tautan "])
    no_foreign_bytes(site)


def test_nested_output_folder_never_receives_a_file_from_beside_it(tmp_path):
    content = tmp_path / "project" / "content"
    shutil.copytree(FIXTURE, content)
    (content / "briefs" / "jahat.md").write_text(
        GOOD_BRIEF.replace("1111-4111", "1111-4113") + "\n[a]({static}/../pelicanconf.py)\n", encoding="utf-8"
    )
    (tmp_path / "project" / "pelicanconf.py").write_text("RAHASIA = 1\n", encoding="utf-8")
    output = tmp_path / "project" / "build" / "nested" / "site"
    result = hub("html", content, output)
    assert result.returncode == 1
    assert "content/briefs/jahat.md:12: isi: tautan {static}: /../pelicanconf.py menunjuk ke luar" in result.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and b"RAHASIA" in p.read_bytes()]
    assert written == [tmp_path / "project" / "pelicanconf.py"]


def test_make_check_and_make_html_agree_on_a_file_saved_with_a_bom(site):
    (site / "content" / "briefs" / "bom.md").write_bytes(
        b"\xef\xbb\xbf" + GOOD_BRIEF.replace("1111-4111", "1111-4114").replace("Kabar Baik", "Kabar BOM").encode()
    )
    check = hub("check", site / "content", site / "output")
    build = hub("html", site / "content", site / "output")
    assert (check.returncode, build.returncode) == (0, 0), check.stderr + build.stderr
    assert "<h1>Kabar BOM</h1>" in (site / "output" / "berita" / "kabar-bom" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "ledger: berkas kosong"),
        ('{"version": 1, "items": {"uid:1111', "content/ledger.json:1: ledger: bukan JSON yang utuh"),
        ('{"items": []}', "ledger: bentuknya salah"),
        (None, "ledger: berkas tidak ada"),
    ],
)
def test_an_empty_broken_or_missing_ledger_stops_the_build(site, text, says):
    ledger = site / "content" / "ledger.json"
    if text is None:
        ledger.unlink()
    else:
        ledger.write_text(text, encoding="utf-8")
    messages = stops(site, ["content/ledger.json"])
    assert says in messages and "git checkout -- content/ledger.json" in messages


@pytest.fixture
def recorded(site) -> Path:
    """The site after a publish recorded its addresses and identities in the ledger."""
    # Record the ledger as `make publish` would (same driver, LEDGER_UPDATE on, local address).
    assert run_build(
        ROOT / "pelicanconf.py",
        {"PATH": str(site / "content"), "HUB_NOW": "2026-06-15 12:00", "LEDGER_UPDATE": True, "SEARCH_ENABLED": False},
        output=site / "output",
        configure_logging=False,
    ).ok
    assert (
        "uid:11111111-1111-4111-8111-111111111111"
        in json.loads((site / "content" / "ledger.json").read_text())["items"]
    )
    return site


def test_a_copied_file_is_reported_against_the_copy(recorded):
    alpha = (recorded / "content" / "briefs" / "alpha.md").read_text(encoding="utf-8")
    copy = alpha.replace("Slug: puskesmas-keliling-garut", "Slug: salinan-puskesmas")
    (recorded / "content" / "briefs" / "000-salinan.md").write_text(copy, encoding="utf-8")
    messages = stops(recorded, ["content/briefs/000-salinan.md:2: Uid: sama dengan content/briefs/alpha.md"])
    assert "content/briefs/alpha.md:2: Uid" not in messages


def test_a_new_uid_for_a_published_item_stops_the_build(recorded):
    alpha = recorded / "content" / "briefs" / "alpha.md"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace(
            "11111111-1111-4111-8111-111111111111", "abababab-abab-4bab-8bab-abababababab"
        ),
        encoding="utf-8",
    )
    messages = stops(
        recorded, ["content/briefs/alpha.md:2: Uid: alamat /berita/puskesmas-keliling-garut/ pernah terbit"]
    )
    assert "kembalikan Uid: 11111111-1111-4111-8111-111111111111" in messages


def test_a_redirect_from_a_live_address_stops_the_build(recorded):
    beta = recorded / "content" / "briefs" / "beta.md"
    beta.write_text(
        beta.read_text(encoding="utf-8").replace("\n\n", "\nRedirect_From: /berita/puskesmas-keliling-garut/\n\n", 1),
        encoding="utf-8",
    )
    message = "content/briefs/beta.md:11: Redirect_From: alamat /berita/puskesmas-keliling-garut/ masih dipakai"
    stops(recorded, [message])


def test_a_redirect_over_a_listing_page_stops_the_build(site):
    beta = site / "content" / "briefs" / "beta.md"
    beta.write_text(
        beta.read_text(encoding="utf-8").replace("\n\n", "\nRedirect_From: /program/kesehatan/\n\n", 1),
        encoding="utf-8",
    )
    stops(site, ["content/briefs/beta.md:11: Redirect_From: alamat /program/kesehatan/ sudah dipakai situs"])


def test_two_items_at_one_address_stop_the_build(site):
    beta = (site / "content" / "briefs" / "beta.md").read_text(encoding="utf-8")
    twin = beta.replace("22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333")
    (site / "content" / "briefs" / "kembar.md").write_text(twin, encoding="utf-8")
    stops(site, ["content/briefs/kembar.md:1: Slug: alamat /berita/pasar-tani-daring-ramai-pembeli/ sama dengan"])


@pytest.mark.parametrize(
    "mangle",
    [
        lambda text: text.replace("Status: draft", "status: draft"),
        lambda text: text.replace("Status: draft", "STATUS:draft"),
    ],
)
def test_harmless_spellings_of_status_keep_a_draft_a_draft(site, mangle):
    draft = site / "content" / "briefs" / "draft.md"
    draft.write_text(mangle(draft.read_text(encoding="utf-8")), encoding="utf-8")
    result = hub("html", site / "content", site / "output")
    assert result.returncode == 0, result.stderr
    assert not any(b"Rahasia Draf" in p.read_bytes() for p in (site / "output").rglob("*") if p.is_file())


def test_a_speaker_continuation_indented_by_two_spaces_is_read_as_a_speaker(site):
    event = site / "content" / "events" / "nanti.md"
    text = event.read_text(encoding="utf-8")
    assert "Speakers:" not in text
    event.write_text(
        text.replace(
            "Event_Status:", "Speakers: Kepala desa | Narasumber\n  Pemandu wisata | Moderator\nEvent_Status:", 1
        )
        if "Event_Status:" in text
        else text.replace("\n\n", "\nSpeakers: Kepala desa | Narasumber\n  Pemandu wisata | Moderator\n\n", 1),
        encoding="utf-8",
    )
    result = hub("html", site / "content", site / "output")
    assert result.returncode == 0, result.stderr
    pages = [p for p in (site / "output" / "acara").rglob("index.html") if b"Pemandu wisata" in p.read_bytes()]
    assert pages, "the second speaker is a speaker"
    assert not any(b"Speakers:" in p.read_bytes() for p in pages)
