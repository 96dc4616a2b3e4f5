"""Editorial safety end to end: nothing leaks, nothing breaks, nothing is lost, nothing injects."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

import icalendar
import lxml.html
import pytest

from hub_model.problems import format_problem
from tests.conftest import FIXTURE, FIXTURE_NOW
from tests.nginx import running_nginx
from tests.site import SITEURL, BuildFailed, build_site

NEVER = [
    "Rahasia Draf",
    "44444444-4444-4444-8444-444444444444",
    "Embargo Pengumuman",
    "55555555-5555-4555-8555-555555555555",
    "Rahasia Klarifikasi Draf",
    "c6c6c6c6-c6c6-4c6c-8c6c-c6c6c6c6c6c6",
    "Embargo Klarifikasi",
    "c7c7c7c7-c7c7-4c7c-8c7c-c7c7c7c7c7c7",
]
UNLISTED = {
    "Jadwal Vaksinasi Lama yang Ditarik": "berita/jadwal-vaksinasi-lama-yang-ditarik/index.html",
    "d1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1": None,
    "Pendaftaran Pelatihan yang Sudah Ditutup": "berita/pendaftaran-pelatihan-yang-sudah-ditutup/index.html",
    "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa": None,
    "Klarifikasi Lama yang Ditarik": "cek-fakta/klarifikasi-lama-yang-ditarik/index.html",
    "c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3": None,
}


def every_file(site) -> list[Path]:
    return [p for p in site.output.rglob("*") if p.is_file()]


def readable(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


# --- drafts, embargo, expiry, withdrawal ---


@pytest.mark.parametrize("secret", NEVER)
def test_drafts_and_embargoed_items_are_in_no_output_file(fixture_site, secret):
    assert [str(p) for p in every_file(fixture_site) if secret in readable(p)] == []
    assert not (fixture_site.output / "drafts").exists()


def test_pictures_used_only_by_unpublished_items_are_not_copied(fixture_site):
    names = [p.name for p in every_file(fixture_site)]
    assert not [n for n in names if n.startswith("embargo-saja")]  # Image: of an embargoed brief: no rendition
    assert not [n for n in names if n.startswith("draf-saja")]  # {static} link in a draft's body
    assert "pasar-960.jpg" in names
    assert "kelas-960.jpg" in names  # {static} link in a public brief's body
    assert not fixture_site.path("images").exists()  # sources are never copied, only their renditions


def test_unpublished_and_unlisted_items_get_no_share_cards(fixture_site):
    cards = {p.parent.name for p in fixture_site.output.glob("kartu/*/*.jpg")}
    assert cards and not cards & set(NEVER) and not cards & set(UNLISTED)  # folders are named by Uid
    withdrawn = fixture_site.html("berita/jadwal-vaksinasi-lama-yang-ditarik/index.html")
    assert not withdrawn.xpath("//picture | //img[contains(@src, '/gambar/')]")
    assert "/kartu/" not in fixture_site.text("berita/jadwal-vaksinasi-lama-yang-ditarik/index.html")


@pytest.mark.parametrize(("secret", "own_page"), UNLISTED.items())
def test_withdrawn_and_expired_items_only_keep_their_own_page(fixture_site, secret, own_page):
    holders = sorted(str(p.relative_to(fixture_site.output)) for p in every_file(fixture_site) if secret in readable(p))
    assert holders == ([own_page] if own_page else [])


def test_withdrawn_page_says_why_and_is_not_indexed(fixture_site):
    doc = fixture_site.html("berita/jadwal-vaksinasi-lama-yang-ditarik/index.html")
    notice = doc.xpath("//*[contains(@class, 'notice')]")[0].text_content()
    assert "telah ditarik" in notice and "Jadwal diganti" in notice
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]


def test_expired_page_says_so(fixture_site):
    doc = fixture_site.html("berita/pendaftaran-pelatihan-yang-sudah-ditutup/index.html")
    assert "sudah tidak berlaku" in doc.xpath("//*[contains(@class, 'notice')]")[0].text_content()


def test_preview_build_shows_drafts_with_banner_and_noindex(tmp_path_factory):
    site = build_site(FIXTURE, tmp_path_factory.mktemp("preview"), FIXTURE_NOW, HUB_PREVIEW=True)
    doc = site.html("berita/rahasia-draf-jangan-terbit/index.html")
    assert "PRATINJAU" in doc.text_content() and "DRAF" in doc.text_content()
    assert "noindex" in " ".join(doc.xpath("//meta[@name='robots']/@content"))
    assert site.path("berita/embargo-pengumuman-masa-depan/index.html").is_file()
    assert all("noindex" in site.text(name) for name in site.html_files)


# --- identity and the published ledger ---


@pytest.fixture(scope="module")
def ledger_run(tmp_path_factory):
    """Publish the fixture (writing the ledger), then return a helper that rebuilds after edits."""
    content = tmp_path_factory.mktemp("ledger") / "content"
    shutil.copytree(FIXTURE, content)
    first = build_site(content, tmp_path_factory.mktemp("published"), FIXTURE_NOW, LEDGER_UPDATE=True)

    def rebuild(edit):
        edit(content)
        return build_site(content, tmp_path_factory.mktemp("rebuilt"), FIXTURE_NOW)

    return content, first, rebuild


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_ledger_records_every_published_url(ledger_run):
    content, _, _ = ledger_run
    ledger = json.loads((content / "ledger.json").read_text(encoding="utf-8"))
    urls = {url for item in ledger["items"].values() for url in item["urls"]}
    assert "berita/puskesmas-keliling-garut/" in urls and "tentang/" in urls
    assert "berita/jadwal-vaksinasi-lama-yang-ditarik/" in urls  # withdrawn pages stay served
    assert not any("rahasia" in url or "embargo" in url for url in urls)


def test_identity_survives_rename_reslug_and_needs_redirects(ledger_run, tmp_path):
    content, first, rebuild = ledger_run
    alpha = content / "briefs" / "alpha.md"

    def reslug(folder):
        replace_in(alpha, "Slug: puskesmas-keliling-garut", "Slug: puskesmas-keliling-hadir-garut")
        replace_in(alpha, "Title: Puskesmas Keliling Hadir di Garut", "Title: Puskesmas Keliling Hadir untuk Garut")
        alpha.rename(folder / "briefs" / "alpha-baru.md")

    with pytest.raises(BuildFailed) as stopped:
        rebuild(reslug)
    [problem] = stopped.value.problems
    assert (problem.path, problem.line, problem.field) == ("content/briefs/alpha-baru.md", 5, "Redirect_From")
    assert problem.message == "alamat /berita/puskesmas-keliling-garut/ pernah terbit dan akan hilang"
    assert "Redirect_From: /berita/puskesmas-keliling-garut/" in problem.fix

    renamed = content / "briefs" / "alpha-baru.md"
    site = rebuild(
        lambda folder: replace_in(
            renamed, "Status: published", "Status: published\nRedirect_From: /berita/puskesmas-keliling-garut/"
        )
    )
    old = site.html("berita/puskesmas-keliling-garut/index.html")
    new_url = f"{SITEURL}/berita/puskesmas-keliling-hadir-garut/"
    assert old.xpath("//link[@rel='canonical']/@href") == [new_url]
    assert old.xpath("//meta[@http-equiv='refresh']/@content") == [f"0; url={new_url}"]
    assert "/berita/puskesmas-keliling-garut/ /berita/puskesmas-keliling-hadir-garut/ 301" in site.text("_redirects")
    assert 'location = "/berita/puskesmas-keliling-garut/"' in site.text("nginx-redirects.conf")
    before = [e.id for e in first.feed("berita/atom.xml").entries]
    after = [e.id for e in site.feed("berita/atom.xml").entries]
    assert before == after
    # The rules file the build wrote, loaded by a real nginx: the old address answers 301 to the new one.
    with running_nginx(site.output, tmp_path) as nginx:
        status, headers, _ = nginx.get("/berita/puskesmas-keliling-garut/")
        assert status == 301 and headers["Location"].endswith("/berita/puskesmas-keliling-hadir-garut/")
        assert nginx.get("/berita/puskesmas-keliling-hadir-garut/")[0] == 200


def test_a_deleted_published_file_stops_the_build(ledger_run):
    content, _, rebuild = ledger_run
    with pytest.raises(BuildFailed) as stopped:
        rebuild(lambda folder: (folder / "briefs" / "beta.md").rename(folder / "beta.md.bak"))
    (content / "beta.md.bak").rename(content / "briefs" / "beta.md")
    [lost] = [p for p in stopped.value.problems if p.path == "content/briefs/beta.md"]
    assert (
        lost.field == "Redirect_From"
        and "alamat /berita/pasar-tani-daring-ramai-pembeli/ pernah terbit" in lost.message
    )


def test_event_sequence_grows_when_its_details_change(ledger_run):
    content, first, rebuild = ledger_run
    uid = "66666666-6666-4666-8666-666666666666"
    site = rebuild(
        lambda folder: replace_in(folder / "events" / "lalu.md", "End: 2026-06-01 12:00", "End: 2026-06-01 13:00")
    )

    def sequences(built):
        found = set()
        for path in built.output.rglob("*.ics"):
            for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                if uid in str(event["UID"]):
                    found.add(int(event.get("SEQUENCE", 0)))
        return found

    assert sequences(first) == {0}
    assert sequences(site) == {1}


# --- hostile input ---


def test_hostile_markup_in_bodies_is_removed_with_a_warning(xss_site):
    warnings = [format_problem(p) for p in xss_site.problems if not p.is_error]
    assert "peringatan: content/briefs/serangan.md: isi: tag <script> dihapus demi keamanan — hapus" in "\n".join(
        warnings
    )
    assert any("atribut onclick" in w for w in warnings)
    printed = [r.getMessage() for r in xss_site.logs if r.levelno == logging.WARNING]
    assert sorted(printed) == sorted(warnings)  # printed once each, through the one channel


def test_no_hostile_script_handler_or_url_survives_in_any_page(xss_site):
    for name in xss_site.html_files:
        doc = lxml.html.fromstring(xss_site.path(name).read_bytes())
        for script in doc.iter("script"):
            src = script.get("src")
            if src:
                assert src.startswith(SITEURL + "/"), (name, src)
            else:
                assert script.get("type") == "application/ld+json", name
                json.loads(script.text)  # stays valid JSON, cannot break out
        for element in doc.iter():
            for attribute, value in element.attrib.items():
                assert not attribute.lower().startswith("on"), (name, attribute)
                assert not value.strip().lower().startswith(("javascript:", "data:")), (name, attribute, value)


def test_hostile_elements_are_gone_from_content_bodies(xss_site):
    pages = [n for n in xss_site.html_files if n.startswith(("berita/judul", "acara/acara"))]
    assert len(pages) == 2, xss_site.html_files
    for name in pages:
        for body in xss_site.html(name).xpath("//*[contains(@class, 'prose')]"):
            assert not body.xpath(".//iframe | .//svg | .//form | .//script | .//style"), name


def test_hostile_titles_show_as_text(xss_site):
    [page] = [n for n in xss_site.html_files if n.startswith("berita/judul")]
    doc = xss_site.html(page)
    assert doc.xpath("//h1/text()")[0].startswith('Judul </script><script>alert("judul")</script> "><img')
    assert "{{ 7*7 }}" in doc.xpath("//h1/text()")[0]  # not evaluated as a template


def test_hostile_metadata_in_feeds_is_escaped_text(xss_site):
    for name in xss_site.feed_files:
        parsed = xss_site.feed(name)
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
    raw = xss_site.text("berita/rss.xml")
    assert "<script>" not in raw.replace("&lt;script&gt;", "")
    entry = xss_site.feed("berita/atom.xml").entries[0]
    assert 'alert("isi")' not in entry.content[0].value
    assert "onclick" not in entry.content[0].value and "javascript:" not in entry.content[0].value


def test_hostile_metadata_in_json_and_calendars_stays_data(xss_site):
    for path in xss_site.output.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in xss_site.output.rglob("*.ics"):
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for event in calendar.walk("VEVENT"):
            assert "\n" not in str(event["SUMMARY"])


def test_template_syntax_in_content_is_not_evaluated(xss_site):
    assert not any(re.search(r"Judul[^<]*\b49\b", xss_site.text(n)) for n in xss_site.html_files)
