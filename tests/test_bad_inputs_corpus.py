"""The corpus of editors' mistakes (tests/bad_inputs/): each stops the build with file, line, field and fix.

Each file is checked alone (``make check``'s code path, in this process), so a case never passes
on another file's problem; then one real ``make html`` over the whole corpus proves the build
stops with every message, exit status 1, no traceback, and the previous site untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hub_build.build import run_build
from tests.conftest import FIXTURE
from tests.site import ROOT
from tests.test_make import make, tree_digest

CORPUS = Path(__file__).parent / "bad_inputs"
FOLDERS = {"brief": "briefs", "event": "events", "cekfakta": "cek-fakta", "page": "pages"}
# name -> (line, field, what the problem says)
EXPECTED = {
    "brief-attach-etc-passwd": (9, "isi", "tautan {attach}: ../../../../etc/passwd menunjuk ke luar fol"),
    "brief-attach-makefile": (9, "isi", "tautan {attach}: ../../Makefile menunjuk ke luar folder cont"),
    "brief-bad-date-month": (3, "Date", "tanggal '2026-13-10 09:00' tidak bisa dibaca"),
    "brief-bad-date-slashes": (3, "Date", "tanggal '10/05/2026' tidak bisa dibaca"),
    "brief-bad-date-words": (3, "Date", "tanggal '10 Mei 2026' tidak bisa dibaca"),
    "brief-bad-hashtag": (7, "Hashtags", "tagar tidak valid: Jabar Juara"),
    "brief-bad-redirect": (7, "Redirect_From", "alamat tidak valid: 'https://lain.example/berita/lama/'"),
    "brief-bad-slug": (7, "Slug", "slug tidak valid"),
    "brief-bad-status": (7, "Status", "nilai 'terbit' tidak dikenal"),
    "brief-bad-uid": (2, "Uid", "bukan pengenal yang valid"),
    "brief-body-image-not-decodable": (11, "isi", "isi berkas bukan gambar yang bisa dibaca"),
    "brief-body-image-without-alt": (11, "isi", "gambar tanpa teks alternatif"),
    "brief-bidi-override-title": (1, "Title", "karakter tak terlihat U+202E"),
    "brief-blank-line-before-status": (8, "Status", "tampak seperti kolom kepala, tetapi berada di isi"),
    "brief-control-char-title": (1, "Title", "karakter tak terlihat U+0007 tidak diizinkan"),
    "brief-date-line-in-body": (9, "Date", "tampak seperti kolom kepala, tetapi berada di isi"),
    "brief-duplicate-status": (8, "Status", "kolom ganda: Status sudah ditulis di baris 7"),
    "brief-duplicate-title": (7, "Title", "kolom ganda: Title sudah ditulis di baris 1"),
    "brief-emoji-only-title": (1, "Slug", "judul tidak menghasilkan alamat yang valid"),
    "brief-empty-title": (1, "Title", "kosong"),
    "brief-expires-before-date": (7, "Expires", "kedaluwarsa sebelum terbit"),
    "brief-field-name-with-space": (7, "Share_Text", "bukan `Nama: isi`"),
    "brief-filename-missing": (9, "isi", "tautan {filename}: berkas briefs/tidak-ada.md tidak ada"),
    "brief-front-matter-dashes": (1, "berkas", "kepala berkas tidak memakai garis ---"),
    "brief-image-no-alt": (7, "Image_Alt", "wajib diisi bila Image diisi"),
    "brief-image-not-decodable": (7, "Image", "isi berkas bukan gambar yang bisa dibaca"),
    "brief-image-outside-content": (7, "Image", "images/../../pelicanconf.py menunjuk ke luar folder content"),
    "brief-image-too-narrow": (7, "Image", "gambar terlalu kecil: lebarnya 640 piksel, paling sedikit 800 piksel"),
    "brief-long-share-text": (7, "Share_Text", "terlalu panjang (319 karakter)"),
    "brief-long-summary": (6, "Summary", "terlalu panjang (349 karakter)"),
    "brief-missing-image": (7, "Image", "berkas images/tidak-ada.jpg tidak ada"),
    "brief-misspelt-field": (7, "Progam", "kolom tidak dikenal untuk berita"),
    "brief-no-date": (1, "Date", "wajib diisi tetapi tidak ada"),
    "brief-no-program": (1, "Program", "wajib diisi tetapi tidak ada"),
    "brief-no-regions": (1, "Regions", "wajib diisi tetapi tidak ada"),
    "brief-no-summary": (1, "Summary", "wajib diisi tetapi tidak ada"),
    "brief-no-title": (1, "Title", "wajib diisi tetapi tidak ada"),
    "brief-no-uid": (1, "Uid", "wajib diisi tetapi tidak ada"),
    "brief-noncharacter-summary": (6, "Summary", "karakter tak terlihat U+FFFE tidak diizinkan"),
    "brief-nul-in-body": (9, "isi", "karakter tak terlihat U+0000 tidak diizinkan"),
    "brief-placeholder-body": (9, "isi", "masih berisi teks contoh dari kerangka"),
    "brief-placeholder-summary": (6, "Summary", "masih berisi teks contoh dari kerangka"),
    "brief-redirect-dot-dot": (7, "Redirect_From", "alamat tidak valid: '/berita/../etc/'"),
    "brief-redirect-no-trailing-slash": (7, "Redirect_From", "alamat tidak valid: '/berita/judul-lama'"),
    "brief-redirect-root": (7, "Redirect_From", "alamat tidak valid: '/'"),
    "brief-redirect-semicolon": (7, "Redirect_From", "alamat tidak valid: '/berita/a;return 200 x;/'"),
    "brief-redirect-space-quote": (7, "Redirect_From", "alamat tidak valid: '/berita/judul \"lama\"/'"),
    "brief-share-text-unindented": (8, "berkas", "bukan `Nama: isi`"),
    "brief-slug-pagination": (7, "Slug", "alamat 'halaman' sudah dipakai situs untuk halamannya sendir"),
    "brief-starts-with-blank-line": (1, "berkas", "berkas diawali baris kosong"),
    "brief-static-not-an-allowed-type": (9, "isi", "tautan {static}: jenis berkas .json tidak diizinkan: ledger."),
    "brief-static-outside-content": (9, "isi", "tautan {static}: /../pelicanconf.py menunjuk ke luar folder "),
    "brief-status-deep-in-body": (20, "Status", "tampak seperti kolom kepala, tetapi berada di isi"),
    "brief-status-indented-under-summary": (7, "Status", "baris menjorok ini tampak seperti kolom Status"),
    "brief-status-space-before-colon": (7, "Status", "bukan `Nama: isi`"),
    "brief-tag-link": (9, "isi", "tautan {tag} tidak didukung di situs ini"),
    "brief-template-field": (7, "Template", "kolom tidak dikenal untuk berita"),
    "brief-ten-thousand-char-title": (1, "Title", "terlalu panjang (10199 karakter)"),
    "brief-two-programs": (4, "Program", "harus tepat satu program"),
    "brief-uid-braces": (2, "Uid", "tidak dalam bentuk baku"),
    "brief-uid-no-hyphens": (2, "Uid", "tidak dalam bentuk baku"),
    "brief-uid-upper-case": (2, "Uid", "tidak dalam bentuk baku"),
    "brief-uid-urn": (2, "Uid", "tidak dalam bentuk baku"),
    "brief-unknown-field": (7, "Penulis", "kolom tidak dikenal untuk berita"),
    "brief-unknown-link-kind": (9, "isi", "tautan {lampiran} tidak didukung di situs ini"),
    "brief-unknown-program": (4, "Program", "program tidak dikenal: 'kesehatn' → maksud Anda 'kesehatan'?"),
    "brief-unknown-region": (5, "Regions", "wilayah tidak dikenal: 'bandung-raya'"),
    "brief-withdrawn-no-reason": (7, "Withdrawn_Reason", "wajib diisi bila Status: withdrawn"),
    "cekfakta-claim-link-javascript": (11, "Claim_Links", "alamat web 'javascript:alert(1)' tidak valid"),
    "cekfakta-claim-links-one-line": (11, "Claim_Links", "alamat web 'https://hoaks.example/a, https://hoaks.exa"),
    "cekfakta-evidence-bad-url": (11, "Evidence", "alamat web 'example.org/sumber' tidak valid"),
    "cekfakta-evidence-no-bar": (11, "Evidence", "format sumber salah: 'Sumber resmi https://example.org/sumber'"),
    "cekfakta-evidence-second-line-unindented": (12, "berkas", "bukan `Nama: isi`"),
    "cekfakta-first-seen-after-date": (10, "Claim_First_Seen", "klaim pertama beredar setelah klarifikasinya terbit"),
    "cekfakta-long-claim": (8, "Claim", "terlalu panjang (659 karakter)"),
    "cekfakta-no-claim": (1, "Claim", "wajib diisi tetapi tidak ada"),
    "cekfakta-no-evidence": (1, "Evidence", "wajib diisi tetapi tidak ada"),
    "cekfakta-no-first-seen": (1, "Claim_First_Seen", "wajib diisi tetapi tidak ada"),
    "cekfakta-no-platforms": (9, "Claim_Platforms", "kosong"),
    "cekfakta-no-verdict": (1, "Verdict", "wajib diisi tetapi tidak ada"),
    "cekfakta-placeholder-claim": (8, "Claim", "masih berisi teks contoh dari kerangka"),
    "cekfakta-placeholder-evidence": (11, "Evidence", "masih berisi teks contoh dari kerangka"),
    "cekfakta-related-bad-uid": (12, "Related", "'berita-umkm-garut' bukan pengenal yang valid"),
    "cekfakta-related-self": (12, "Related", "menyebut Uid item ini sendiri"),
    "cekfakta-related-unknown": (12, "Related", "Uid 0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f bukan Uid berita atau acara"),
    "cekfakta-unknown-platform": (9, "Claim_Platforms", "nilai 'line' tidak dikenal"),
    "cekfakta-verdict-typo": (7, "Verdict", "nilai 'hoax' tidak dikenal"),
    "event-bad-capacity": (10, "Capacity", "'lima puluh' bukan angka"),
    "event-bad-geo": (10, "Geo", "koordinat di luar jangkauan"),
    "event-bad-registration-url": (10, "Registration_Url", "alamat web 'daftar.example.org' tidak valid"),
    "event-bad-speakers": (10, "Speakers", "format pembicara salah: 'Dosen komunikasi'"),
    "event-bad-timezone": (10, "Timezone", "zona waktu 'Asia/Bandung' tidak dikenal"),
    "event-deadline-after-start": (10, "Registration_Deadline", "batas daftar setelah acara mulai"),
    "event-end-before-start": (8, "End", "acara selesai sebelum mulai"),
    "event-mixed-date-kinds": (8, "End", "Start dan End berbeda jenis"),
    "event-no-start": (1, "Start", "wajib diisi tetapi tidak ada"),
    "event-offline-no-venue": (1, "Venue", "wajib diisi bila acara tatap muka"),
    "event-online-no-link": (9, "Online_Url", "wajib diisi bila acara daring"),
    "event-placeholder-venue": (9, "Venue", "masih berisi teks contoh dari kerangka"),
    "event-unknown-status": (10, "Event_Status", "nilai 'batal' tidak dikenal"),
    "event-venue-continuation": (10, "Venue", "Venue hanya boleh satu baris"),
    "page-no-title": (1, "Title", "wajib diisi tetapi tidak ada"),
    "page-slug-reserved": (2, "Slug", "alamat 'berita' sudah dipakai situs untuk halamannya sendiri"),
    "page-unknown-field": (3, "Program", "kolom tidak dikenal untuk halaman"),
}


def corpus_content(root: Path, names) -> Path:
    """Write a content folder holding the named corpus files, the fixture's pictures and an empty ledger."""
    content = root / "content"
    for name in names:
        folder = content / FOLDERS[name.split("-", 1)[0]]
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / f"{name}.md", folder / f"{name}.md")
    shutil.copytree(FIXTURE / "images", content / "images")
    shutil.copytree(CORPUS / "images", content / "images" / "rusak")  # pictures only their bytes give away
    shutil.copy(FIXTURE / "ledger.json", content / "ledger.json")
    return content


def test_corpus_and_expectations_match():
    assert sorted(p.stem for p in CORPUS.glob("*.md")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 70


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_alone_is_reported_with_file_line_field_and_fix(tmp_path, name):
    content = corpus_content(tmp_path, [name])
    result = run_build(ROOT / "pelicanconf.py", {"PATH": str(content), "HUB_NOW": "2026-06-15 12:00"}, check_only=True)
    line, field, says = EXPECTED[name]
    path = f"content/{FOLDERS[name.split('-', 1)[0]]}/{name}.md"
    assert not result.ok
    assert [(p.path, p.line, p.field) for p in result.problems] == [(path, line, field)]  # nothing piles up
    [problem] = result.problems
    assert says in problem.message and problem.fix and problem.is_error


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    """A good site built with `make html`, then the whole corpus built over it with `make html`."""
    root = tmp_path_factory.mktemp("corpus")
    good, output = root / "good", root / "output"
    shutil.copytree(FIXTURE, good)
    first = make("html", f"CONTENT={good}", f"OUTPUTDIR={output}")
    assert first.returncode == 0, first.stdout + first.stderr
    before = tree_digest(output)
    bad = make("html", f"CONTENT={corpus_content(root, EXPECTED)}", f"OUTPUTDIR={output}")
    return bad, before, tree_digest(output), output


def test_the_build_stops_with_every_message_and_leaves_the_site_untouched(corpus_build):
    result, before, after, output = corpus_build
    messages = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in messages and "Could not process" not in messages
    assert after == before
    assert [p.name for p in (output.parent / "output.builds").iterdir()] == [output.resolve().name]  # failed one gone
    for name, (line, field, says) in EXPECTED.items():
        prefix = f"content/{FOLDERS[name.split('-', 1)[0]]}/{name}.md:{line}: {field}: "
        [row] = [row for row in messages.splitlines() if row.startswith(prefix)]
        problem, fix = row.removeprefix(prefix).split(" — ", 1)
        assert says in problem and fix
    assert f"Build dihentikan: {len(EXPECTED)} kesalahan, 0 peringatan." in messages  # problems, not files
