"""oEmbed: every listed brief is discoverable and answers with a valid static ``rich`` response."""

from __future__ import annotations

import json
import re
import struct
import zlib
from types import SimpleNamespace

import lxml.html
import pytest

from oembed.config import load_settings
from oembed.imagesize import image_size
from oembed.response import Card, Thumbnail, card_height, embeddable, oembed_response
from tests.site import ROOT, SITEURL

BRIEF = "berita/puskesmas-keliling-garut/index.html"
UID = "11111111-1111-4111-8111-111111111111"
# oEmbed 1.0, section 2.3.4: required of every response, and of every "rich" one.
REQUIRED = {"type", "version"}
RICH = {"html", "width", "height"}
OPTIONAL = {
    "title",
    "author_name",
    "author_url",
    "provider_name",
    "provider_url",
    "cache_age",
    "thumbnail_url",
    "thumbnail_width",
    "thumbnail_height",
}
THUMBNAIL = {"thumbnail_url", "thumbnail_width", "thumbnail_height"}


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(header)) + b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + header))


def discovery_links(doc) -> list[str]:
    return doc.xpath("//head/link[@rel='alternate'][@type='application/json+oembed']/@href")


def check_response(data: dict) -> None:
    """Validate a response against the oEmbed 1.0 rules for type "rich"."""
    assert REQUIRED | RICH <= data.keys() <= REQUIRED | RICH | OPTIONAL, data.keys()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert all(isinstance(data[key], int) and data[key] > 0 for key in ("width", "height", "cache_age"))
    assert not (THUMBNAIL & data.keys()) or data.keys() >= THUMBNAIL  # all three, or none
    for key in ("author_url", "provider_url", "thumbnail_url"):
        if key in data:
            assert data[key].startswith(SITEURL + "/"), key
    [frame] = lxml.html.fragments_fromstring(data["html"])  # exactly one element, nothing else
    assert frame.tag == "iframe" and not len(frame)
    assert (frame.get("width"), frame.get("height")) == (str(data["width"]), str(data["height"]))
    assert frame.get("title") == data["title"]


# --- pure ---


def test_image_size_reads_png_gif_jpeg_and_webp_headers(fixture_site):
    assert image_size(png(960, 540)) == (960, 540)
    assert image_size(b"GIF89a" + struct.pack("<HH", 32, 16) + b"\x00" * 8) == (32, 16)
    assert image_size((ROOT / "tests/fixtures/site/content/images/pasar.jpg").read_bytes()) == (960, 540)
    vp8x = b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 8 + (639).to_bytes(3, "little") + (359).to_bytes(3, "little")
    assert image_size(vp8x) == (640, 360)
    assert image_size(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None
    assert image_size(b"\xff\xd8\xff\xe0") is None  # truncated JPEG


def test_response_without_known_picture_size_has_no_thumbnail_fields():
    card = Card("Judul", "u", "c", "a", "au", "p", "pu", Thumbnail("t.svg"))
    data = oembed_response(card, 480, 60)
    assert not THUMBNAIL & data.keys()
    assert data["height"] == card_height(480, True) == 270 + card_height(480, False)


def test_only_listed_briefs_are_embeddable():
    listed = SimpleNamespace(listed=True)
    withdrawn = SimpleNamespace(listed=False)
    page = SimpleNamespace()  # no campaign model at all
    assert embeddable([listed, withdrawn, page]) == [listed]


def test_settings_are_checked():
    base = {"SITEURL": SITEURL, "SITENAME": "S", "ORGANISATION": "O", "ORGANISATION_URL": SITEURL + "/tentang/"}
    assert load_settings(base).response_url("abc") == f"{SITEURL}/embed/kartu/abc/oembed.json"
    with pytest.raises(ValueError, match="OEMBED_CARD_URL"):
        load_settings({**base, "OEMBED_CARD_URL": "embed/{slug}/"})
    with pytest.raises(ValueError, match="OEMBED_WIDTH"):
        load_settings({**base, "OEMBED_WIDTH": 0})


# --- built site ---


def test_every_listed_brief_is_discoverable_and_valid(any_site):
    briefs = [n for n in any_site.html_files if n.startswith("berita/") and n.count("/") == 2]
    listed = [n for n in briefs if not any_site.html(n).xpath("//meta[@name='robots']")]
    assert listed
    for name in listed:
        doc = any_site.html(name)
        [href] = discovery_links(doc)
        assert href.startswith(f"{SITEURL}/embed/kartu/") and href.endswith("/oembed.json"), href
        data = json.loads(any_site.text(href.removeprefix(SITEURL + "/")))
        check_response(data)
        assert data["title"] == doc.xpath("//h1/text()")[0]
        card = lxml.html.fragment_fromstring(data["html"]).get("src")
        card_page = any_site.html(card.removeprefix(SITEURL + "/") + "index.html")
        assert card_page.xpath("//link[@rel='canonical']/@href") == [f"{SITEURL}/{name.removesuffix('index.html')}"]


def test_brief_response_names_provider_author_and_thumbnail(fixture_site):
    [href] = discovery_links(fixture_site.html(BRIEF))
    assert href == f"{SITEURL}/embed/kartu/{UID}/oembed.json"
    data = json.loads(fixture_site.text(f"embed/kartu/{UID}/oembed.json"))
    assert data["provider_name"] == "Silih Tulungan Jabar" and data["provider_url"] == f"{SITEURL}/"
    assert data["author_name"] == "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
    assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/pasar-960\.jpg", data["thumbnail_url"])
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (960, 540)
    assert (data["width"], data["height"]) == (480, 270 + 168)


def test_card_page_is_a_small_framable_page_of_the_brief(fixture_site):
    doc = fixture_site.html(f"embed/kartu/{UID}/index.html")
    assert doc.xpath("//h1/a/text()") == ["Puskesmas Keliling Hadir di Garut"]
    assert doc.xpath("//h1/a/@href") == [f"{SITEURL}/berita/puskesmas-keliling-garut/"]
    [img] = doc.xpath("//picture//img[@class='card-image']")
    assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/pasar-960\.jpg", img.get("src"))
    assert img.get("loading") is None and (img.get("width"), img.get("height")) == ("960", "540")
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert doc.xpath("//base/@target") == ["_blank"]  # links leave the frame
    assert not doc.xpath("//script") and not doc.xpath("//link[@rel='stylesheet']")


def test_quotes_and_ampersands_stay_text_in_the_response(fixture_site):
    [href] = discovery_links(fixture_site.html("berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html"))
    data = json.loads(fixture_site.text(href.removeprefix(SITEURL + "/")))
    check_response(data)
    assert data["title"] == 'Kelas Cek Fakta untuk Guru "Bandung" & Cimahi'


def test_unlisted_briefs_have_no_card(fixture_site):
    cards = {p.parent.name for p in fixture_site.output.glob("embed/kartu/*/oembed.json")}
    assert UID in cards
    assert "d1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1" not in cards  # withdrawn
    assert "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa" not in cards  # expired
