"""The image pipeline and share cards in the built fixture site, as readers, feed readers and crawlers meet them."""

from __future__ import annotations

import io
import json
import re

from PIL import Image

from tests.schemaorg import problems as schema_problems
from tests.site import SITEURL

GARUT = "berita/puskesmas-keliling-garut/index.html"  # Image: pasar.jpg (960×540), a {static} picture in its body
PHONE = "berita/pasar-tani-daring-ramai-pembeli/index.html"  # Image: the phone photo (EXIF GPS, orientation 6)
CLARIFICATION = "cek-fakta/tautan-pendaftaran-puskesmas-keliling-berbayar/index.html"
EXIF_GPS = 0x8825


def fetch(site, url: str) -> bytes:
    assert url.startswith(SITEURL + "/"), url
    return site.path(url.removeprefix(SITEURL + "/")).read_bytes()


def opened(site, url: str) -> Image.Image:
    return Image.open(io.BytesIO(fetch(site, url)))


def lead_picture(site, page: str):
    [picture] = site.html(page).xpath("//figure[contains(@class, 'brief__figure')]/picture")
    return picture


def srcset_urls(srcset: str) -> list[tuple[str, int]]:
    return [(url, int(width.removesuffix("w"))) for url, width in (part.split() for part in srcset.split(", "))]


def test_the_phone_photo_is_published_upright_without_its_metadata(fixture_site):
    picture = lead_picture(fixture_site, PHONE)
    [img] = picture.xpath(".//img")
    renditions = srcset_urls(img.get("srcset"))
    for source in picture.xpath(".//source"):
        renditions += srcset_urls(source.get("srcset"))
    # 2000×1500 stored sideways: shown 1500×2000; widths 480, 960 and its own 1500 (never upscaled to 1600).
    assert sorted({width for _, width in renditions}) == [480, 960, 1500]
    assert len(renditions) == 9  # AVIF, WebP and JPEG of each width
    for url, width in renditions:
        image = opened(fixture_site, url)
        assert image.size == (width, round(width * 4 / 3)), url  # upright: portrait
        assert not image.getexif() and EXIF_GPS not in image.getexif(), url
        assert "exif" not in image.info and "xmp" not in image.info and "XML:com.adobe.xmp" not in image.info, url
        assert b"PhoneMaker" not in fetch(fixture_site, url) and b"GPS" not in fetch(fixture_site, url), url
    top_left = opened(fixture_site, renditions[0][0]).convert("RGB").getpixel((5, 5))
    assert top_left != (220, 30, 30)  # the stored top-left corner (red) is now top right: turned upright
    assert (img.get("width"), img.get("height")) == ("1500", "2000")


def test_pictures_have_srcset_sizes_true_sizes_and_a_jpeg_fallback(fixture_site):
    picture = lead_picture(fixture_site, GARUT)
    [img] = picture.xpath(".//img")
    assert [s.get("type") for s in picture.xpath(".//source")] == ["image/avif", "image/webp"]
    assert img.get("sizes") and all(s.get("sizes") == img.get("sizes") for s in picture.xpath(".//source"))
    assert opened(fixture_site, img.get("src")).format == "JPEG"
    assert (img.get("width"), img.get("height")) == ("960", "540")  # never upscaled past the 960 px source
    assert img.get("decoding") == "async" and img.get("loading") is None  # the lead picture is not lazy
    assert img.get("alt") == "Mobil puskesmas keliling di depan balai desa"
    for source in picture.xpath(".//source"):
        for url, width in srcset_urls(source.get("srcset")):
            image = opened(fixture_site, url)
            assert image.width == width and Image.MIME[image.format] == source.get("type")


def test_body_pictures_become_lazy_responsive_pictures(fixture_site):
    doc = fixture_site.html(GARUT)
    [img] = doc.xpath("//div[contains(@class, 'prose')]//picture//img")
    assert img.get("loading") == "lazy" and img.get("decoding") == "async" and img.get("alt") == "Gambar pasar"
    assert img.get("srcset") and img.get("width") == "960"
    assert "{static}" not in fixture_site.text(GARUT) and "/images/" not in fixture_site.text(GARUT)


def test_home_cards_use_small_lazy_renditions(fixture_site):
    for img in fixture_site.html("index.html").xpath("//img[contains(@class, 'card__image')]"):
        assert img.get("loading") == "lazy" and img.get("srcset") and img.get("width") and img.get("height")
        assert "480w" in img.get("srcset")


def test_caption_credits_the_photographer_or_the_site(fixture_site):
    caption = fixture_site.html(PHONE).xpath("//figure[contains(@class, 'brief__figure')]/figcaption/text()")
    assert caption == ["Foto: Humas Pemkab Garut"]
    caption = fixture_site.html(GARUT).xpath("//figure[contains(@class, 'brief__figure')]/figcaption/text()")
    assert caption == ["Foto: Silih Tulungan Jabar"]


def test_republished_copy_credits_the_photographer(fixture_site):
    [textarea] = fixture_site.html(PHONE).xpath("//textarea[@id='html-ringkas']")
    assert "<figcaption>Foto: Humas Pemkab Garut</figcaption>" in textarea.text


def test_feeds_enclose_a_rendition_with_its_true_length_type_and_credit(fixture_site):
    [entry] = [e for e in fixture_site.feed("berita/rss.xml").entries if e.title == "Pasar Tani Daring Ramai Pembeli"]
    [enclosure] = entry.enclosures
    data = fetch(fixture_site, enclosure.href)
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.width <= 1600
    assert (int(enclosure.length), enclosure.type) == (len(data), "image/jpeg")
    assert entry.media_content[0]["url"] == enclosure.href
    assert entry.media_content[0]["width"] == str(image.width)
    assert entry.media_credit[0]["content"] == "Humas Pemkab Garut"
    [item] = [i for i in json.loads(fixture_site.text("berita/feed.json"))["items"] if i.get("image") == enclosure.href]
    assert item["attachments"][0]["size_in_bytes"] == len(data)


def test_open_graph_points_at_the_generated_card(fixture_site):
    for page in (GARUT, PHONE, CLARIFICATION, "berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html"):
        doc = fixture_site.html(page)
        meta = {m.get("property") or m.get("name"): m.get("content") for m in doc.xpath("//meta")}
        card = opened(fixture_site, meta["og:image"])
        assert card.size == (1200, 630) and card.format == "JPEG", page
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
        assert meta["og:image:alt"] and meta["twitter:card"] == "summary_large_image"
        assert not card.getexif()


def test_share_kit_offers_every_card_for_download(fixture_site):
    links = fixture_site.html(PHONE).xpath("//section[@data-module='share']//ul[@class='share__cards']//a[@download]")
    assert [a.text for a in links] == [
        "Unduh kartu 1200×630",
        "Unduh kartu persegi 1080×1080",
        "Unduh kartu vertikal 1080×1920",
    ]
    assert [opened(fixture_site, a.get("href")).size for a in links] == [(1200, 630), (1080, 1080), (1080, 1920)]


def test_a_brief_without_a_picture_gets_a_designed_card_not_a_blank_one(fixture_site):
    page = "berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html"
    [url] = fixture_site.html(page).xpath("//meta[@property='og:image']/@content")
    assert "og-default" not in url
    card = opened(fixture_site, url).convert("RGB")
    colours = card.getcolors(maxcolors=1_000_000)
    assert len(colours) > 50  # text and design, not one flat colour
    # the title's white letters are on it
    assert any(pixel == (255, 255, 255) for _, pixel in colours)


def test_clarification_cards_lead_with_the_verdict_colour_band(fixture_site):
    [url] = fixture_site.html(CLARIFICATION).xpath("//meta[@property='og:image']/@content")
    card = opened(fixture_site, url).convert("RGB")
    band = card.getpixel((5, 5))
    assert band[0] > 150 and band[1] < 80 and band[2] < 80  # the "salah" red of Hoaks
    [alt] = fixture_site.html(CLARIFICATION).xpath("//meta[@property='og:image:alt']/@content")
    assert alt.startswith("HOAKS: klaim")


def test_brief_pages_carry_valid_news_article_data(fixture_site):
    doc = fixture_site.html(PHONE)
    [script] = doc.xpath("//script[@type='application/ld+json']/text()")
    data = json.loads(script)
    assert schema_problems(data) == []
    assert data["@type"] == "NewsArticle" and data["headline"] == "Pasar Tani Daring Ramai Pembeli"
    assert data["datePublished"] == "2026-05-20T08:00:00+07:00" and data["dateModified"] == data["datePublished"]
    assert data["author"]["@type"] == data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["isAccessibleForFree"] is True and data["inLanguage"] == "id"
    sizes = [opened(fixture_site, url).size for url in data["image"]]
    assert sizes == [(1500, 2000), (1200, 630), (1080, 1080), (1080, 1920)]  # the photo's copy, then the cards
    garut = json.loads(fixture_site.html(GARUT).xpath("//script[@type='application/ld+json']/text()")[0])
    assert garut["dateModified"] == "2026-05-12T10:30:00+07:00"


def test_rendition_and_card_addresses_are_named_by_their_content(fixture_site):
    names = [str(p.relative_to(fixture_site.output)) for p in fixture_site.output.rglob("*.jpg")]
    assert names and all(
        re.fullmatch(r"(gambar/[0-9a-f]{16}/[a-z0-9-]+-\d+|kartu/[0-9a-f-]{36}/\w+-[0-9a-f]{12})\.jpg", n)
        for n in names
    )


def test_a_rebuild_takes_renditions_and_cards_from_the_cache(tmp_path, monkeypatch):
    import images.generator
    import images.pipeline

    from tests.conftest import FIXTURE, FIXTURE_NOW
    from tests.site import build_site

    cache = tmp_path / "cache"
    first = build_site(FIXTURE, tmp_path / "first", FIXTURE_NOW, HUB_CACHE_PATH=str(cache))
    assert any((cache / "images").iterdir())

    def refuse(*args, **kwargs):
        raise AssertionError("made again")

    monkeypatch.setattr(images.pipeline, "render", refuse)
    monkeypatch.setattr(images.generator, "render_card", refuse)
    second = build_site(FIXTURE, tmp_path / "second", FIXTURE_NOW, HUB_CACHE_PATH=str(cache))
    made = sorted(
        p.relative_to(first.output) for p in first.output.rglob("*.*") if p.suffix in (".jpg", ".webp", ".avif")
    )
    assert made and all((first.output / p).read_bytes() == (second.output / p).read_bytes() for p in made)


def test_feed_content_opens_with_the_credited_picture(fixture_site):
    [entry] = [e for e in fixture_site.feed("berita/atom.xml").entries if e.title == "Pasar Tani Daring Ramai Pembeli"]
    html = entry.content[0].value
    assert html.startswith("<figure><img ") and "<figcaption>Foto: Humas Pemkab Garut</figcaption></figure>" in html
    assert entry.enclosures[0].href in html
