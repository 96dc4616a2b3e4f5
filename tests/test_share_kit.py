"""The share kit: "Bagikan" and "Terbitkan ulang" on every listed brief, as readers meet them."""

from __future__ import annotations

import re
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from share_kit.kit import build_kit, image_label
from share_kit.republish import Licence, Source, republish_html
from tests.site import SITEURL

LICENCE = Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
BRIEF = "berita/puskesmas-keliling-garut/index.html"
BRIEF_URL = f"{SITEURL}/berita/puskesmas-keliling-garut/"
QUOTED = "berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html"


def brief(**overrides):
    fields = {
        "url": "berita/kabar/",
        "title": 'Guru "Bandung" & <Cimahi>',
        "metadata": {"summary": "Ringkasan & isi."},
        "share_text": "",
        "hashtags": ("#JabarJuara",),
        "content": '<p>Isi <a href="/arsip/">arsip</a>.</p><p><img src="/images/a.jpg" alt="A"></p>',
        "image": SimpleNamespace(
            url=f"{SITEURL}/images/a.jpg", alt="Foto & keterangan", mime="image/jpeg", length=22260, credit=""
        ),
    }
    return SimpleNamespace(**{**fields, **overrides})


def parse(html: str):
    return lxml.html.fragment_fromstring(html)


# --- pure ---


def test_caption_uses_the_summary_when_there_is_no_share_text():
    kit = build_kit(brief(), SITEURL, "Silih Tulungan Jabar", LICENCE)
    assert kit.caption == f"Ringkasan & isi.\n\n#JabarJuara\n\n{SITEURL}/berita/kabar/"
    assert kit.url == f"{SITEURL}/berita/kabar/"
    kit = build_kit(brief(share_text="Yuk bagikan!"), SITEURL, "Silih Tulungan Jabar", LICENCE)
    assert kit.caption.startswith("Yuk bagikan!\n\n#JabarJuara")
    assert parse_qs(urlsplit(kit.links["X"]).query)["text"] == ["Yuk bagikan!\n\n#JabarJuara"]


def test_image_download_is_labelled_with_format_and_size():
    assert image_label("image/jpeg", 22260) == "JPEG, 22 KB"
    assert image_label("image/png", 3 * 1024 * 1024) == "PNG, 3.0 MB"
    assert build_kit(brief(image=None), SITEURL, "S", LICENCE).image_url == ""


def test_the_download_says_whose_picture_it_is():
    assert build_kit(brief(), SITEURL, "S", LICENCE).image_download == "Unduh gambar berita"
    event = brief(metadata={"summary": "Acara.", "hub_kind": "event"})
    assert build_kit(event, SITEURL, "S", LICENCE).image_download == "Unduh gambar acara"


def test_event_share_kit_offers_the_event_picture(bundled_site):
    page = "acara/expo-desa-membangun-2027/index.html"
    [link] = share_section(bundled_site.html(page)).xpath(".//a[@download][not(ancestor::ul)]")
    assert link.text == "Unduh gambar acara"
    assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/expo-desa-\d+\.jpg", link.get("href"))
    assert "Unduh gambar berita" not in bundled_site.text(page)


def test_republish_html_carries_title_picture_attribution_and_licence():
    source = Source("Judul <b>", f"{SITEURL}/berita/kabar/", "Ringkasan & isi.", "<p>Isi.</p>", "Situs", "i.jpg", "Alt")
    article = parse(republish_html(source, LICENCE))
    assert article.tag == "article"
    assert article.xpath("h2/a/text()") == ["Judul <b>"] and not article.xpath("//b")
    assert article.xpath("h2/a/@href") == [f"{SITEURL}/berita/kabar/"]
    assert article.xpath("figure/img/@src") == ["i.jpg"] and article.xpath("figure/img/@alt") == ["Alt"]
    assert article.xpath("p[1]/text()") == ["Ringkasan & isi."]
    attribution = article.xpath("p[last()]")[0]
    assert attribution.text_content() == "Sumber: Judul <b> — Situs. Lisensi: CC BY 4.0."
    assert attribution.xpath("a/@href") == [f"{SITEURL}/berita/kabar/", LICENCE.url]
    assert attribution.xpath("a[@rel='license']/text()") == ["CC BY 4.0"]


def test_full_republish_html_has_the_body_with_absolute_links():
    kit = build_kit(brief(), SITEURL, "Situs", LICENCE)
    article = parse(kit.republish_full)
    assert article.xpath("p/a[text()='arsip']/@href") == [f"{SITEURL}/arsip/"]
    assert f"{SITEURL}/images/a.jpg" in article.xpath("p/img/@src")
    assert "Ringkasan" not in article.text_content()
    assert "Ringkasan & isi." in parse(kit.republish_summary).text_content()


# --- built site ---


def share_section(doc):
    [section] = doc.xpath("//section[@data-module='share'][h2[@id='bagikan']]")
    return section


def test_every_listed_brief_has_the_share_kit(any_site):
    briefs = [n for n in any_site.html_files if n.startswith("berita/") and n.count("/") == 2]
    listed = [n for n in briefs if not any_site.html(n).xpath("//meta[@name='robots']")]
    assert listed
    for name in listed:
        doc = any_site.html(name)
        section = share_section(doc)
        assert section.xpath("h2/text()") == ["Bagikan"]
        assert [a.text for a in section.xpath(".//ul[@class='share-links']//a")] == [
            "WhatsApp",
            "Telegram",
            "X",
            "Facebook",
            "LinkedIn",
        ]
        assert doc.xpath("//section[h2[@id='terbitkan-ulang']]"), name


def test_caption_is_selectable_text_with_hashtags_and_url(fixture_site):
    section = share_section(fixture_site.html(BRIEF))
    [caption] = section.xpath(".//textarea[@id='teks-bagikan']")
    assert caption.text == (
        "Puskesmas keliling kini hadir di Garut. Bagikan ke warga yang membutuhkan!\n\n"
        f"#JabarSehat #SilihTulungan\n\n{BRIEF_URL}"
    )
    assert caption.get("readonly") is not None
    assert section.xpath(".//label[@for='teks-bagikan']")
    # Progressive enhancement: the copy button is hidden until share.js (same host, deferred) shows it.
    [button] = section.xpath(".//button[@data-copy='teks-bagikan']")
    assert button.get("hidden") is not None and button.get("type") == "button"
    doc = fixture_site.html(BRIEF)
    [src] = doc.xpath("//script/@src")
    # The fingerprinted copy of share.js (its name changes with its bytes: cached for a year).
    assert re.fullmatch(rf"{re.escape(SITEURL)}/theme/hashed/js/share\.[0-9a-f]{{10}}\.js", src)
    assert doc.xpath("//script[@defer]")
    assert (
        fixture_site.path(src.removeprefix(SITEURL + "/")).read_bytes()
        == fixture_site.path("theme/js/share.js").read_bytes()
    )


def test_share_links_are_plain_links_with_the_encoded_title(fixture_site):
    doc = fixture_site.html(QUOTED)
    links = {a.text: a.get("href") for a in share_section(doc).xpath(".//ul[@class='share-links']//a")}
    url = f"{SITEURL}/berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/"
    summary = "Guru belajar memeriksa kabar bohong sebelum membagikannya."
    assert parse_qs(urlsplit(links["X"]).query) == {"text": [summary], "url": [url]}
    assert parse_qs(urlsplit(links["Facebook"]).query) == {"u": [url]}
    assert all(a.get("rel") == "noopener noreferrer" for a in share_section(doc).xpath(".//a[@target]"))


def test_image_download_link_points_to_the_picture(fixture_site):
    section = share_section(fixture_site.html(BRIEF))
    [link] = section.xpath(".//a[@download][not(ancestor::ul)]")
    assert link.text == "Unduh gambar berita"
    assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/pasar-960\.jpg", link.get("href"))  # a rendition
    size = fixture_site.path(link.get("href").removeprefix(SITEURL + "/")).stat().st_size
    assert f"JPEG, {round(size / 1024)} KB" in link.getparent().text_content()


def test_republish_block_offers_ready_html_with_attribution_and_licence(fixture_site):
    doc = fixture_site.html(BRIEF)
    [block] = doc.xpath("//section[h2[@id='terbitkan-ulang']]")
    assert block.xpath(".//a[@rel='license']/@href") == ["https://creativecommons.org/licenses/by/4.0/"]
    for area in ("html-ringkas", "html-lengkap"):
        [textarea] = block.xpath(f".//textarea[@id='{area}']")
        article = parse(textarea.text)  # shown as text on the page, HTML once pasted
        assert article.xpath("h2/a/@href") == [BRIEF_URL]
        assert article.xpath("h2/a/text()") == ["Puskesmas Keliling Hadir di Garut"]
        [src] = article.xpath("figure/img/@src")
        assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/pasar-960\.jpg", src)
        assert article.xpath("figure/figcaption/text()") == ["Foto: Silih Tulungan Jabar"]  # no Image_Credit
        assert (
            article.xpath("p[last()]")[0]
            .text_content()
            .startswith("Sumber: Puskesmas Keliling Hadir di Garut — Silih Tulungan Jabar.")
        )
        assert article.xpath("p[last()]/a[@rel='license']/text()") == ["CC BY 4.0"]
        assert block.xpath(f".//button[@data-copy='{area}'][@hidden]")
    full = parse(block.xpath(".//textarea[@id='html-lengkap']")[0].text)
    assert full.xpath("//strong/text()") == ["puskesmas keliling"]
    links = full.xpath("//a[not(@rel='license')]/@href | //img/@src")
    assert len(links) >= 5 and all(href.startswith(SITEURL + "/") for href in links)
    # The page's markup holds no second article: the snippet is text until a blogger pastes it.
    assert len(doc.xpath("//article")) == 1


@pytest.mark.parametrize(
    "page",
    [
        "berita/jadwal-vaksinasi-lama-yang-ditarik/index.html",
        "berita/pendaftaran-pelatihan-yang-sudah-ditutup/index.html",
    ],
)
def test_withdrawn_and_expired_briefs_offer_no_share_kit(fixture_site, page):
    doc = fixture_site.html(page)
    assert not doc.xpath("//section[@data-module='share']") and not doc.xpath("//script")
    assert not doc.xpath("//link[@type='application/json+oembed']")
