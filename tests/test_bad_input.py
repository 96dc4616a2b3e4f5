"""An editor's mistake stops the real build (the CLI), names file, field and fix, and writes nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import make_content
from tests.site import ROOT

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
GOOD_EVENT = """Title: Lokakarya
Uid: 22222222-2222-4222-8222-222222222222
Date: 2026-05-10 09:00
Program: kesehatan
Regions: kota-bandung
Summary: Ringkasan singkat.
Start: 2026-06-01 09:00
End: 2026-06-01 12:00
Venue: Gedung Sate

Agenda.
"""


def run_build(tmp_path, files):
    content = make_content(tmp_path, files)
    output = tmp_path / "output"
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", "pelicanconf.py"]
        + ["--log-handler", "plain", "-e", 'HUB_NOW="2026-06-15 12:00"'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result, output


def test_good_content_builds(tmp_path):
    result, output = run_build(tmp_path, {"briefs/a.md": GOOD_BRIEF, "events/e.md": GOOD_EVENT})
    assert result.returncode == 0, result.stderr
    assert (output / "berita" / "kabar-baik" / "index.html").is_file()


@pytest.mark.parametrize(
    ("name", "find", "replace", "expected"),
    [
        ("briefs/a.md", "Title: Kabar Baik\n", "", "content/briefs/a.md:1: Title: wajib diisi"),
        ("briefs/a.md", "2026-05-10 09:00", "10 Mei 2026", "content/briefs/a.md:3: Date: tanggal '10 Mei 2026' tidak"),
        (
            "briefs/a.md",
            "Program: kesehatan",
            "Program: sehat",
            "content/briefs/a.md:4: Program: program tidak dikenal",
        ),
        ("briefs/a.md", "Regions: kota-bandung", "Regions: bandung", "content/briefs/a.md:5: Regions: wilayah tidak"),
        ("briefs/a.md", "images/pasar.jpg", "images/hilang.jpg", "content/briefs/a.md:7: Image: berkas gambar"),
        ("events/e.md", "End: 2026-06-01 12:00", "End: 2026-05-31 12:00", "content/events/e.md:8: End: acara selesai"),
    ],
)
def test_mistakes_stop_the_build_with_a_clear_message(tmp_path, name, find, replace, expected):
    files = {"briefs/a.md": GOOD_BRIEF, "events/e.md": GOOD_EVENT}
    assert find in files[name]
    files[name] = files[name].replace(find, replace)
    result, output = run_build(tmp_path, files)
    assert result.returncode != 0
    messages = result.stdout + result.stderr
    assert expected in messages
    assert " — " in messages.split(expected, 1)[1].splitlines()[0]  # the fix follows the problem
    assert "Build dihentikan" in messages
    assert "Traceback" not in messages  # editors see the problems, not Python internals
    assert not (output / "index.html").exists()


def test_two_items_with_the_same_uid_stop_the_build(tmp_path):
    twin = GOOD_BRIEF.replace("Title: Kabar Baik", "Title: Kabar Lain")
    result, _ = run_build(tmp_path, {"briefs/a.md": GOOD_BRIEF, "briefs/b.md": twin})
    assert result.returncode != 0
    assert "Uid: sama dengan" in result.stdout + result.stderr


def test_two_items_with_the_same_address_stop_the_build(tmp_path):
    twin = GOOD_BRIEF.replace("11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333")
    result, output = run_build(tmp_path, {"briefs/a.md": GOOD_BRIEF, "briefs/b.md": twin})
    assert result.returncode != 0
    assert "Slug: sama dengan" in result.stdout + result.stderr
    assert not (output / "index.html").exists()
