"""The image pipeline's pure parts: processing, text fitting, cards, markup, the store and the settings."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from images.cards import SIZES, CardText, Fonts, ornament_box, render_card, text_box
from images.config import DEFAULTS, load_settings
from images.fit import ELLIPSIS, fit_text, wrap
from images.job import linked_path
from images.markup import drop_pictures, picture_element, picture_html, rewrite_body
from images.pipeline import check_source, process_image
from images.process import BadImage, Encoded, clean_pixels, render, rendition_widths, upright_size
from images.sharing import card_text, plan_cards
from images.store import Store
from news_article.jsonld import news_article
from PIL import Image, ImageFont

from hub_model.model import Image as ItemImage
from hub_model.model import Rendition
from hub_model.taxonomy import Term
from tests.make_photo import photo_bytes
from tests.schemaorg import problems as schema_problems
from tests.site import ROOT

BOLD = str(ROOT / "theme" / "fonts" / "SourceSans3-Bold.ttf")
REGULAR = str(ROOT / "theme" / "fonts" / "SourceSans3-Regular.ttf")
FONTS = Fonts(BOLD, REGULAR)
LONG_TITLE = (
    "Pemerintah Daerah Provinsi Jawa Barat Menyalurkan Bantuan Permodalan dan Pendampingan Usaha bagi "
    "Ribuan Pelaku Usaha Mikro, Kecil dan Menengah di Kabupaten Tasikmalaya, Garut, Ciamis dan Pangaandaran"
)


def jpeg(width: int, height: int, **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 80)).save(out, "JPEG", **save)
    return out.getvalue()


def config(**overrides):
    return load_settings({"THEME": str(ROOT / "theme"), "SITEURL": "https://s.test", "SITENAME": "Situs", **overrides})


# --- text fitting ---


@pytest.mark.parametrize(
    "text", [LONG_TITLE, "Singkat", "Kata" * 40, LONG_TITLE * 4, "Penyuluhan Kesehatan di Kabupaten Bandung Barat"]
)
@pytest.mark.parametrize(("width", "height"), [(600, 300), (900, 500), (300, 120)])
def test_every_fitted_line_fits_the_box(text, width, height):
    fitted = fit_text(text, BOLD, width, height, largest=96, smallest=24)
    font = ImageFont.truetype(BOLD, fitted.size)
    assert fitted.lines and fitted.height <= height
    for line in fitted.lines:
        assert font.getlength(line) <= width, line
        left, top, right, bottom = font.getbbox(line)
        assert right <= width


def test_long_titles_shrink_and_short_ones_stay_large():
    short = fit_text("Pasar Tani", BOLD, 600, 300, largest=96, smallest=24)
    long = fit_text(LONG_TITLE, BOLD, 600, 300, largest=96, smallest=24)
    assert short.size == 96 and long.size < short.size
    assert " ".join(long.lines) == " ".join(LONG_TITLE.split())  # nothing lost while it fits


def test_text_too_long_even_at_the_smallest_size_ends_with_an_ellipsis():
    fitted = fit_text(LONG_TITLE * 6, BOLD, 600, 200, largest=60, smallest=30)
    assert fitted.size == 30 and fitted.lines[-1].endswith(ELLIPSIS) and fitted.height <= 200


def test_a_word_wider_than_the_box_is_broken():
    font = ImageFont.truetype(BOLD, 40)
    lines = wrap("https://bantuan-jabar-palsu.example/daftar-sekarang-juga", font, 200)
    assert len(lines) > 1 and all(font.getlength(line) <= 200 for line in lines)


# --- processing ---


def test_rendition_widths_never_upscale():
    assert rendition_widths(4032, (480, 960, 1600)) == (480, 960, 1600)
    assert rendition_widths(1500, (480, 960, 1600)) == (480, 960, 1500)
    assert rendition_widths(960, (480, 960, 1600)) == (480, 960)
    assert rendition_widths(300, (480, 960, 1600)) == (300,)


def test_renditions_are_upright_stripped_and_the_same_every_time():
    data = photo_bytes()
    assert upright_size(data) == (1500, 2000)
    first = render(data, (480, 960, 1600), ("webp", "jpeg"))
    assert [(e.width, e.height, e.format) for e in first] == [
        (480, 640, "webp"),
        (480, 640, "jpeg"),
        (960, 1280, "webp"),
        (960, 1280, "jpeg"),
        (1500, 2000, "webp"),
        (1500, 2000, "jpeg"),
    ]
    assert [e.data for e in render(data, (480, 960, 1600), ("webp", "jpeg"))] == [e.data for e in first]
    for encoded in first:
        image = Image.open(io.BytesIO(encoded.data))
        assert not image.getexif() and "exif" not in image.info and b"GPS" not in encoded.data


def test_a_transparent_picture_is_put_on_white():
    out = io.BytesIO()
    Image.new("RGBA", (900, 600), (0, 0, 0, 0)).save(out, "PNG")
    assert clean_pixels(out.getvalue()).getpixel((1, 1)) == (255, 255, 255)


@pytest.mark.parametrize("data", [b"\xff\xd8\xff\xe0 bukan gambar" * 20, b"", b"GIF89a\x00\x00"])
def test_bytes_that_are_no_picture_are_refused(data):
    with pytest.raises(BadImage) as caught:
        upright_size(data)
    assert "bukan gambar" in caught.value.message and caught.value.fix


def test_source_checks_report_narrow_broken_and_heavy_pictures():
    assert check_source(jpeg(1200, 800), config(), lead=True) == []
    [narrow] = check_source(jpeg(640, 480), config(), lead=True)
    assert "640 piksel" in narrow.message and not narrow.warning
    assert check_source(jpeg(640, 480), config(), lead=False) == []  # body pictures may be small
    [heavy] = check_source(jpeg(1200, 800), config(IMAGES_WARN_BYTES=1000), lead=True)
    assert heavy.warning and "MB" in heavy.message
    [broken] = check_source(b"\xff\xd8\xff teks", config(), lead=True)
    assert not broken.warning


def test_process_image_hands_out_the_largest_jpeg_and_names_files_by_content(tmp_path):
    image = ItemImage("images/briefs/Foto Warga.JPG", "", "Warga", 0, "", credit="")
    processed, files = process_image(image, photo_bytes(), config(IMAGES_FORMATS=("webp", "jpeg")), Store(tmp_path))
    assert (processed.width, processed.height, processed.mime) == (1500, 2000, "image/jpeg")
    assert processed.credit == "Situs"  # the site's name when Image_Credit is empty
    assert processed.url.startswith("https://s.test/gambar/") and processed.url.endswith("/foto-warga-1500.jpg")
    assert len(files) == len(processed.renditions) == 6
    assert processed.length == next(r.length for r in processed.renditions if r.url == processed.url)


def test_the_store_holds_only_its_last_entries_in_memory_when_it_has_a_folder(tmp_path):
    store = Store(tmp_path)
    for number in range(100):
        store.put(f"k{number}", [Encoded(1, 1, "jpeg", bytes([number]) * 1000)])
    assert len(store.memory) == Store.RECENT and "k99" in store.memory and "k0" not in store.memory
    assert store.get("k0") == [Encoded(1, 1, "jpeg", bytes([0]) * 1000)]  # read back from the folder
    assert len(store.memory) == Store.RECENT
    # Without a folder (a build without cache) memory is the only place: nothing is dropped.
    alone = Store(None)
    for number in range(100):
        alone.put(f"k{number}", [Encoded(1, 1, "jpeg", b"x")])
    assert len(alone.memory) == 100


def test_the_store_keeps_renditions_between_builds(tmp_path):
    encoded = render(jpeg(900, 600), (480,), ("jpeg",))
    Store(tmp_path).put("abc", encoded)
    assert Store(tmp_path).get("abc") == encoded
    (tmp_path / "images" / "abc" / "index.json").write_text("{kacau")
    assert Store(tmp_path).get("abc") is None  # unreadable: made again
    assert Store(None).made("x", lambda: encoded) == encoded


def test_settings_are_checked_and_avif_is_used_only_where_pillow_writes_it():
    from PIL import features

    assert ("avif" in config().formats) == bool(features.check("avif"))
    assert config().widths == DEFAULTS["IMAGES_WIDTHS"]
    with pytest.raises(ValueError, match="ending with 'jpeg'"):
        config(IMAGES_FORMATS=("webp",))
    with pytest.raises(ValueError, match="IMAGES_WIDTHS"):
        config(IMAGES_WIDTHS=())


# --- markup ---


def processed_image() -> ItemImage:
    renditions = (
        Rendition("https://s.test/g/a-480.webp", 480, 270, 1, "image/webp"),
        Rendition("https://s.test/g/a-480.jpg", 480, 270, 1, "image/jpeg"),
        Rendition("https://s.test/g/a-1600.webp", 1600, 900, 1, "image/webp"),
        Rendition("https://s.test/g/a-1600.jpg", 1600, 900, 1, "image/jpeg"),
    )
    return ItemImage("images/a.jpg", "https://s.test/g/a-1600.jpg", 'A "b"', 1, "image/jpeg", "", 1600, 900, renditions)


def test_picture_markup_is_escaped_lazy_unless_asked_and_has_true_sizes():
    html = str(picture_html(processed_image(), "100vw", lazy=False, classes="x"))
    assert html.startswith('<picture><source type="image/webp" srcset="https://s.test/g/a-480.webp 480w, https')
    assert "</source>" not in html
    assert "alt='A \"b\"'" in html and 'width="1600" height="900"' in html and "loading" not in html
    assert picture_element(processed_image(), "100vw").xpath("//img/@loading") == ["lazy"]


def test_body_pictures_and_links_to_them_use_the_renditions():
    image = processed_image()
    html = '<p><img alt="Pasar" src="{static}/images/a.jpg"> <a href="{static}/images/a.jpg">unduh</a></p>'
    html += '<img src="x.png">'
    found = rewrite_body(
        html, lambda value: image if linked_path(value, "briefs/b.md") == "images/a.jpg" else None, "50vw"
    )
    assert '<picture><source type="image/webp"' in found and 'alt="Pasar"' in found and 'loading="lazy"' in found
    assert 'href="https://s.test/g/a-1600.jpg"' in found and '<img src="x.png">' in found
    dropped = drop_pictures(html, lambda value: linked_path(value, "briefs/b.md"))
    assert "<img" in dropped and "{static}" not in dropped  # only the content picture went


def test_linked_paths_resolve_like_pelican():
    assert linked_path("{static}/images/a.jpg", "briefs/b.md") == "images/a.jpg"
    assert linked_path("{static}../images/a%20b.jpg", "briefs/b.md") == "images/a b.jpg"
    assert linked_path("%7Battach%7D/images/a.jpg", "briefs/b.md") == "images/a.jpg"
    assert linked_path("https://x.test/a.jpg", "briefs/b.md") is None


# --- cards ---


def item(**overrides):
    fields = {
        "title": LONG_TITLE,
        "uid": "11111111-1111-4111-8111-111111111111",
        "url": "berita/a/",
        "date": dt.datetime(2026, 5, 10, 9, tzinfo=ZoneInfo("Asia/Jakarta")),
        "modified": None,
        "program": Term("program", "kesehatan", "Kesehatan", "program/kesehatan/"),
        "metadata": {"summary": "Ringkasan."},
        "image": None,
        "share_cards": (),
    }
    return SimpleNamespace(**{**fields, **overrides})


@pytest.mark.parametrize("name", list(SIZES))
@pytest.mark.parametrize("photo", [None, Image.new("RGB", (1600, 900), (200, 40, 40))])
def test_cards_have_their_size_and_are_the_same_every_time(name, photo):
    text = CardText(LONG_TITLE, "Kesehatan · Minggu, 10 Mei 2026", "Silih Tulungan Jabar")
    data = render_card(text, name, FONTS, photo)
    card = Image.open(io.BytesIO(data))
    assert (card.width, card.height) == SIZES[name][:2] and card.format == "JPEG"
    assert render_card(text, name, FONTS, photo) == data


@pytest.mark.parametrize("name", list(SIZES))
@pytest.mark.parametrize("verdict", ["", "Hoaks"])
def test_no_letter_is_drawn_over_the_ornament(name, verdict):
    width, height, _ = SIZES[name]
    text = CardText(
        LONG_TITLE * 3, "Kesehatan · Minggu, 10 Mei 2026", "Silih Tulungan Jabar " * 4, verdict, "salah", LONG_TITLE * 4
    )
    card = Image.open(io.BytesIO(render_card(text, name, FONTS))).convert("RGB")
    unit = min(width, height) if width > height else width
    box = ornament_box(text_box(width, height, False), unit)
    corner = card.crop((box.x, box.y, box.x + box.w, box.y + box.h))
    whites = [pixel for _, pixel in corner.getcolors(maxcolors=1_000_000) if min(pixel) > 200]
    assert whites == [], name  # white letters (title, claim, the hub's name) stay out of the corner
    assert len(corner.getcolors(maxcolors=1_000_000)) > 3  # the ornament itself is there


def test_a_clarification_card_states_the_verdict_and_the_claim():
    claim = SimpleNamespace(
        claim="Daftar bansos lewat tautan ini", verdict=SimpleNamespace(label="Hoaks", tone="salah")
    )
    text = card_text(item(claim=claim), "Situs")
    assert (text.verdict, text.tone, text.claim) == ("Hoaks", "salah", "Daftar bansos lewat tautan ini")
    card = Image.open(io.BytesIO(render_card(text, "square", FONTS))).convert("RGB")
    assert card.getpixel((3, 3)) == pytest.approx((180, 35, 24), abs=12)  # the verdict's band
    cards, jobs = plan_cards(
        item(claim=claim),
        sitename="S",
        siteurl="https://s.test",
        path_pattern=DEFAULTS["IMAGES_CARD_PATH"],
        font_digest="f",
        photo="",
    )
    assert [c.name for c in cards] == ["og", "square", "vertical"] and len(jobs) == 3
    assert cards[0].alt.startswith("HOAKS: klaim") and cards[0].url.startswith("https://s.test/kartu/11111111-")


def test_a_card_changes_address_when_its_text_does():
    plan = dict(
        sitename="S", siteurl="https://s.test", path_pattern=DEFAULTS["IMAGES_CARD_PATH"], font_digest="f", photo=""
    )
    before, _ = plan_cards(item(), **plan)
    after, _ = plan_cards(item(title="Judul baru"), **plan)
    assert before == plan_cards(item(), **plan)[0]
    assert {c.url for c in before}.isdisjoint(c.url for c in after)


# --- NewsArticle ---


def test_news_article_is_valid_and_names_the_office():
    cards, _ = plan_cards(
        item(),
        sitename="S",
        siteurl="https://s.test",
        path_pattern=DEFAULTS["IMAGES_CARD_PATH"],
        font_digest="f",
        photo="",
    )
    data = news_article(
        item(share_cards=cards, image=processed_image()), "https://s.test", "Diskominfo", "https://s.test/tentang/"
    )
    assert schema_problems(data) == []
    assert len(data["headline"]) <= 110 and data["headline"].endswith("…")
    assert data["image"][0] == "https://s.test/g/a-1600.jpg" and len(data["image"]) == 4
    assert data["publisher"] == {
        "@type": "GovernmentOrganization",
        "name": "Diskominfo",
        "url": "https://s.test/tentang/",
    }
    assert data["dateModified"] == data["datePublished"] == "2026-05-10T09:00:00+07:00"


def test_an_items_pictures_are_checked_always_and_processed_only_when_written(tmp_path):
    from images.pipeline import Source, process_sources

    files = {"images/a.jpg": photo_bytes(), "images/kecil.jpg": jpeg(640, 480), "images/rusak.jpg": b"\xff\xd8\xff x"}
    sources = [
        Source("images/a.jpg", "Image", 7, True),
        Source("images/kecil.jpg", "isi", 12, False),  # small is fine in the body
        Source("images/rusak.jpg", "isi", 14, False),
        Source("images/a.jpg", "isi", 16, False),  # the lead picture again: processed once
    ]
    lead = ItemImage("images/a.jpg", "", "Foto", 0, "", credit="Humas")
    unwritten = process_sources(sources, lead, files.__getitem__, config(), Store(tmp_path), write=False)
    assert [(s.line, f.warning) for s, f in unwritten.findings] == [(14, False)]
    assert not unwritten.processed and not unwritten.files
    assert not list(tmp_path.glob("images/*/index.json"))  # no rendition made (only what checking found)
    written = process_sources(sources, lead, files.__getitem__, config(), Store(tmp_path), write=True)
    assert sorted(written.processed) == ["images/a.jpg", "images/kecil.jpg"]
    assert written.processed["images/a.jpg"].credit == "Humas" and written.processed["images/a.jpg"].alt == "Foto"


def test_a_source_is_decoded_once_ever_and_its_facts_are_kept_by_its_bytes(tmp_path, monkeypatch):
    from images import pipeline
    from images.pipeline import Source, process_sources

    decoded = []
    real = pipeline.source_facts
    monkeypatch.setattr(pipeline, "source_facts", lambda data: decoded.append(len(data)) or real(data))
    files = {"images/a.jpg": photo_bytes(), "images/salinan.jpg": photo_bytes(), "images/rusak.jpg": b"\xff\xd8 x"}
    sources = [Source("images/a.jpg", "Image", 7, True), Source("images/rusak.jpg", "isi", 9, False)]
    sources.append(Source("images/salinan.jpg", "isi", 11, False))  # the same bytes under another name
    first = process_sources(sources, None, files.__getitem__, config(), Store(tmp_path), write=False)
    assert len(decoded) == 2  # one per distinct content, within a build
    # The next build (a new store on the same folder) finds the same problems without decoding anything.
    again = process_sources(sources, None, files.__getitem__, config(), Store(tmp_path), write=True)
    assert len(decoded) == 2
    assert [(s.line, f.message) for s, f in again.findings] == [(s.line, f.message) for s, f in first.findings]
    assert again.findings and again.processed["images/a.jpg"].width > 0
    # Facts that cannot be read back are found again, never trusted.
    for kept in tmp_path.glob("images/*/facts.json"):
        kept.write_text("[rusak")
    process_sources(sources, None, files.__getitem__, config(), Store(tmp_path), write=False)
    assert len(decoded) == 4
    # Changed bytes under the same name are decoded again.
    files["images/a.jpg"] = jpeg(640, 480)
    changed = process_sources(sources[:1], None, files.__getitem__, config(), Store(tmp_path), write=False)
    assert len(decoded) == 5 and "terlalu kecil" in changed.findings[0][1].message


def test_check_source_from_known_facts_says_what_decoding_says():
    from images.pipeline import source_facts

    for data, lead in [(jpeg(640, 480), True), (jpeg(1200, 800), True), (b"\xff\xd8 x", False)]:
        assert check_source(data, config(), lead=lead, facts=source_facts(data)) == check_source(
            data, config(), lead=lead
        )


def test_wrapping_by_summed_word_widths_gives_the_lines_measuring_each_line_gives():
    from images.fit import greedy

    for size in (24, 49, 97):
        font = ImageFont.truetype(BOLD, size)
        for text in (LONG_TITLE, "“Vaksin gratis ditarik, katanya!” — pesan berantai WhatsApp", "Kata" * 40):
            for width in (300, 600, 950):
                assert greedy(text, font, width, summed=True) == greedy(text, font, width, summed=False)


def test_a_font_whose_words_do_not_add_up_is_wrapped_by_measuring_each_line(monkeypatch):
    from images import fit

    font = ImageFont.truetype(BOLD, 40)

    class Wide:
        """A font that kerns across spaces: whole lines come out wider than their summed words."""

        size = font.size

        def getlength(self, text):
            return font.getlength(text) * (1.3 if " " in text.strip() else 1)

    wide = Wide()
    lines = fit.wrap(LONG_TITLE, wide, 600)
    assert all(wide.getlength(line) <= 600 for line in lines)
    assert lines == fit.greedy(LONG_TITLE, wide, 600, summed=False)
