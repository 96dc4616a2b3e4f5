"""The corpus of editors' mistakes (tests/bad_inputs/): each stops `make check` with file, line, field and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURE
from validation.__main__ import main

CORPUS = Path(__file__).parent / "bad_inputs"
FOLDERS = {"brief": "briefs", "event": "events", "page": "pages"}
EXPECTED = {
    "brief-no-title": (1, "Title", "wajib diisi"),
    "brief-empty-title": (1, "Title", "kosong"),
    "brief-no-uid": (1, "Uid", "wajib diisi"),
    "brief-bad-uid": (2, "Uid", "bukan pengenal yang valid"),
    "brief-no-date": (1, "Date", "wajib diisi"),
    "brief-bad-date-words": (3, "Date", "tanggal '10 Mei 2026' tidak bisa dibaca"),
    "brief-bad-date-month": (3, "Date", "tidak bisa dibaca"),
    "brief-bad-date-slashes": (3, "Date", "tidak bisa dibaca"),
    "brief-no-program": (1, "Program", "wajib diisi"),
    "brief-unknown-program": (4, "Program", "'kesehatn' → 'kesehatan'"),
    "brief-two-programs": (4, "Program", "harus tepat satu program"),
    "brief-no-regions": (1, "Regions", "wajib diisi"),
    "brief-unknown-region": (5, "Regions", "wilayah tidak dikenal: 'bandung-raya'"),
    "brief-no-summary": (1, "Summary", "wajib diisi"),
    "brief-long-summary": (6, "Summary", "terlalu panjang"),
    "brief-long-share-text": (7, "Share_Text", "terlalu panjang"),
    "brief-missing-image": (7, "Image", "berkas gambar 'images/tidak-ada.jpg' tidak ada"),
    "brief-image-no-alt": (7, "Image_Alt", "gambar tanpa teks alternatif"),
    "brief-bad-hashtag": (7, "Hashtags", "tagar tidak valid"),
    "brief-misspelt-field": (7, "Progam", "maksud Anda Program?"),
    "brief-unknown-field": (7, "Penulis", "kolom tidak dikenal"),
    "brief-bad-slug": (7, "Slug", "slug tidak valid"),
    "brief-bad-status": (7, "Status", "nilai 'terbit' tidak dikenal"),
    "brief-withdrawn-no-reason": (7, "Withdrawn_Reason", "alasan penarikan kosong"),
    "brief-expires-before-date": (7, "Expires", "kedaluwarsa sebelum terbit"),
    "brief-bad-redirect": (7, "Redirect_From", "alamat tidak valid"),
    "event-no-start": (1, "Start", "wajib diisi"),
    "event-end-before-start": (8, "End", "acara selesai sebelum mulai"),
    "event-bad-timezone": (10, "Timezone", "zona waktu 'Asia/Bandung' tidak dikenal"),
    "event-online-no-link": (9, "Online_Url", "acara daring tanpa tautan"),
    "event-offline-no-venue": (1, "Venue", "acara tatap muka tanpa tempat"),
    "event-unknown-status": (10, "Event_Status", "nilai 'batal' tidak dikenal"),
    "event-deadline-after-start": (10, "Registration_Deadline", "batas daftar setelah acara mulai"),
    "event-bad-registration-url": (10, "Registration_Url", "tidak valid"),
    "event-bad-geo": (10, "Geo", "koordinat di luar jangkauan"),
    "event-bad-capacity": (10, "Capacity", "'lima puluh' bukan angka"),
    "event-bad-speakers": (10, "Speakers", "format pembicara salah"),
    "event-mixed-date-kinds": (8, "End", "Start dan End berbeda jenis"),
    "page-no-title": (1, "Title", "wajib diisi"),
    "page-unknown-field": (3, "Program", "kolom tidak dikenal"),
}


def test_corpus_and_expectations_match():
    assert sorted(p.stem for p in CORPUS.glob("*.md")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_is_reported_with_file_line_field_and_fix(tmp_path, capsys, name):
    folder = FOLDERS[name.split("-", 1)[0]]
    content = tmp_path / "content"
    (content / folder).mkdir(parents=True)
    shutil.copy(CORPUS / f"{name}.md", content / folder / f"{name}.md")
    shutil.copytree(FIXTURE / "images", content / "images")
    status = main(["--path", str(content)])
    out = capsys.readouterr().out
    line, field, says = EXPECTED[name]
    prefix = f"content/{folder}/{name}.md:{line}: {field}: "
    matching = [row for row in out.splitlines() if row.startswith(prefix)]
    assert status == 1, out
    assert matching, out
    assert says in matching[0]
    problem, fix = matching[0].removeprefix(prefix).split(" — ", 1)
    assert problem and fix
    assert "1 kesalahan" in out or "2 kesalahan" in out  # nothing else piles up from one mistake


def test_valid_fixture_content_passes(capsys):
    assert main(["--path", str(FIXTURE)]) == 0
    assert "0 kesalahan" in capsys.readouterr().out
