"""The steps after Pelican: inline code for the CSP, precompression, fingerprints, the next embargo line."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
from zoneinfo import ZoneInfo

import brotli
import pytest

from fingerprint import asset_url
from fingerprint.names import fingerprint_table, hashed_path
from hub_build.compress import compress_site, encode
from hub_build.inline import csp_hash, scan_site
from hub_build.publish import release_line, write_host_rules
from hub_model.run import Run
from tests.browser import header_rules
from tests.conftest import FIXTURE, FIXTURE_NOW
from tests.site import ROOT, BuildFailed, build_site

JAKARTA = ZoneInfo("Asia/Jakarta")


# --- inline code ---


def page(folder, name, html):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def test_inline_scripts_and_styles_are_hashed_data_blocks_and_files_are_not(tmp_path):
    page(tmp_path, "a.html", "<style>p{color:red}</style><script>go()</script><script src='/x.js'></script>")
    page(
        tmp_path, "b/index.html", '<script type="application/ld+json">{"a":1}</script><script type=module>m()</script>'
    )
    page(
        tmp_path,
        "c.xsl",
        '<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><html><style>b{}</style></html></xsl:stylesheet>',
    )
    found = scan_site(str(tmp_path))
    assert found.styles == {csp_hash(b"p{color:red}"), csp_hash(b"b{}")}
    assert found.scripts == {csp_hash(b"go()"), csp_hash(b"m()")}
    assert found.blocked == ()
    # The hash CSP compares: base64 of the SHA-256 of the exact text.
    assert csp_hash(b"") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_a_page_linked_unchanged_from_the_last_build_is_not_scanned_again(tmp_path):
    last, new = tmp_path / "last", tmp_path / "new"
    page(last, "same.html", "<script>kept()</script>")
    page(last, "edited.html", "<script>old()</script>")
    memo = {}
    scan_site(str(last), None, memo)
    assert set(memo) == {"same.html", "edited.html"}
    # The next build links the unchanged page from the last one and writes the edited one anew.
    new.mkdir()
    os.link(last / "same.html", new / "same.html")
    page(new, "edited.html", "<script>edited()</script>")
    # What the memo says of a linked page is taken as it is (here: a marker only the memo holds).
    memo["same.html"][1].scripts.add("'from-memo'")
    memo["edited.html"][1].scripts.add("'stale'")
    found = scan_site(str(new), memo, {})
    assert found.scripts == {"'from-memo'", csp_hash(b"kept()"), csp_hash(b"edited()")}
    # A page rewritten in place (another inode, size or time) is read again.
    (new / "same.html").unlink()
    page(new, "same.html", "<script>kept()</script>")
    assert scan_site(str(new), memo, {}).scripts == {csp_hash(b"kept()"), csp_hash(b"edited()")}


def test_inline_attributes_a_csp_would_block_are_found_in_tags_only(tmp_path):
    page(tmp_path, "a.html", '<p style="color:red">x</p><button onclick="go()">y</button>')
    page(
        tmp_path,
        "b.html",
        '<meta content="&lt;img src=x onerror=alert(1)&gt;"><textarea>&lt;p style="x"&gt;</textarea>',
    )
    assert scan_site(str(tmp_path)).blocked == (("a.html", "<p style=…>"), ("a.html", "<button onclick=…>"))


def test_a_theme_with_an_inline_style_attribute_stops_the_build(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("<main ", '<main style="margin:0" ', 1), encoding="utf-8")
    with pytest.raises(BuildFailed) as stopped:
        build_site(FIXTURE, tmp_path / "out", FIXTURE_NOW, THEME=str(theme))
    problems = [p for p in stopped.value.problems if p.path == "index.html"]
    assert [(p.field, p.message) for p in problems] == [
        ("berkas", "<main style=…> di halaman ini akan diblokir Content-Security-Policy")
    ]


def test_the_built_site_s_csp_lists_the_hash_of_each_inline_style(fixture_site):
    csp = next(
        line for line in fixture_site.text("nginx-headers.conf").splitlines() if "Content-Security-Policy" in line
    )
    style = fixture_site.text("embed/berita/latest.html").split("<style>", 1)[1].split("</style>", 1)[0]
    assert csp_hash(style.encode()) in csp
    # Only the CMS's own entry allows inline styles (with no hash beside it, which would switch it off).
    rules = header_rules(fixture_site.text("_headers"))
    inline = [
        pattern.pattern for pattern, headers in rules if "'unsafe-inline'" in headers.get("Content-Security-Policy", "")
    ]
    assert inline == ["^/admin/.*$"]


def test_host_rules_are_written_for_every_build(fixture_site, tmp_path):
    assert fixture_site.path("_headers").is_file() and fixture_site.path("nginx-headers.conf").is_file()
    page(tmp_path, "index.html", "<p>hai</p>")
    assert write_host_rules({"SITEURL": "https://a.test"}, tmp_path) == []
    assert "/*\n  X-Content-Type-Options: nosniff" in (tmp_path / "_headers").read_text(encoding="utf-8")


# --- precompression ---


def test_compression_is_deterministic_and_round_trips():
    data = b"<p>Kabar baik program publik Jawa Barat</p>\n" * 50
    for encoding, decode in ((".br", brotli.decompress), (".gz", gzip.decompress)):
        assert encode(data, encoding) == encode(data, encoding)
        assert decode(encode(data, encoding)) == data
        assert len(encode(data, encoding)) < len(data) / 5


def test_compressed_copies_keep_their_source_s_time_and_are_linked_when_unchanged(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    page(old, "a.html", "<p>a</p>")
    page(old, "b.css", "b{}")
    page(old, "c.jpg", "not text")
    assert compress_site(str(old)) == (2, 0)
    assert not (old / "c.jpg.gz").exists()
    assert (old / "a.html.br").stat().st_mtime_ns == (old / "a.html").stat().st_mtime_ns
    # The next build: a.html unchanged (linked by keep_unchanged), b.css made again.
    new.mkdir()
    os.link(old / "a.html", new / "a.html")
    page(new, "b.css", "b{color:red}")
    assert compress_site(str(new), str(old)) == (1, 1)
    assert os.path.samefile(new / "a.html.br", old / "a.html.br") and os.path.samefile(
        new / "a.html.gz", old / "a.html.gz"
    )
    assert gzip.decompress((new / "b.css.gz").read_bytes()) == b"b{color:red}"


# --- fingerprints ---


def test_fingerprinted_names_change_with_the_bytes():
    assert hashed_path("css/main.css", b"a") == "hashed/css/main.ca978112ca.css"
    assert hashed_path("css/main.css", b"b") != hashed_path("css/main.css", b"a")
    assert fingerprint_table({"js/x.js": b"1"}) == {"js/x.js": hashed_path("js/x.js", b"1")}
    assert asset_url("https://a.test/", "theme", {"js/x.js": "hashed/js/x.1.js"}, "js/x.js") == (
        "https://a.test/theme/hashed/js/x.1.js"
    )
    with pytest.raises(KeyError, match="static/js/y.js"):
        asset_url("https://a.test", "theme", {}, "js/y.js")


def test_every_fingerprinted_copy_is_the_theme_file(fixture_site):
    copies = list(fixture_site.path("theme/hashed").rglob("*.*"))
    assert len(copies) == len([p for p in (ROOT / "theme" / "static").rglob("*") if p.is_file()])
    for copy in copies:
        relative = copy.relative_to(fixture_site.path("theme/hashed"))
        original = ROOT / "theme" / "static" / relative.parent / (relative.name.split(".")[0] + relative.suffix)
        assert copy.read_bytes() == original.read_bytes(), copy
        assert copy.name == os.path.basename(hashed_path(str(relative.parent / original.name), original.read_bytes()))


# --- the next embargo ---


def run_at(now: dt.datetime) -> Run:
    return Run("https://a.test", now, JAKARTA, None, False, "/content")


def test_the_run_keeps_the_soonest_embargo():
    run = run_at(dt.datetime(2026, 6, 1, tzinfo=JAKARTA))
    run.note_embargo(dt.datetime(2026, 6, 20, 8, 0, tzinfo=JAKARTA), "content/briefs/b.md")
    run.note_embargo(dt.datetime(2026, 6, 19, 9, 30, tzinfo=JAKARTA), "content/briefs/a.md")
    run.note_embargo(dt.datetime(2026, 7, 1, tzinfo=JAKARTA), "content/events/c.md")
    assert run.next_release == (dt.datetime(2026, 6, 19, 9, 30, tzinfo=JAKARTA), "content/briefs/a.md")
    assert release_line(run.next_release) == (
        "Berita embargo berikutnya terbit Jumat, 19 Juni 2026, 09.30 WIB (content/briefs/a.md); "
        "build terjadwal berikutnya harus berjalan setelah Jumat, 19 Juni 2026, 09.30 WIB."
    )
    assert release_line(None) == ""


def test_a_build_knows_its_next_embargo(tmp_path):
    from hub_build.build import run_build
    from tests.site import settings_for

    result = run_build(ROOT / "pelicanconf.py", settings_for(FIXTURE, tmp_path, FIXTURE_NOW), configure_logging=False)
    assert result.ok
    assert result.next_release == (dt.datetime(2026, 6, 20, 8, 0, tzinfo=JAKARTA), "content/briefs/embargo.md")
