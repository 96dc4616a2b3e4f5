"""Real browser: the widget, the iframe list, the copy buttons and the embed generator in Chromium.

One Chromium for the module; each test opens its own context. The site is served on one
127.0.0.1 port and the blogger's "host" pages on another, so the widget's fetch is cross-origin
exactly as on a real blog.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import lxml.html
import pytest

from hub_model.taxonomy import Term
from tests.browser import HostServer, StaticSite, open_session, site_server
from tests.conftest import FIXTURE_NOW
from tests.site import ROOT, SITEURL, build_site
from widget.embeds import embed_lists, iframe_snippet, script_snippet

pytestmark = pytest.mark.browser

HOSTILE = ROOT / "tests" / "fixtures" / "widget" / "content"
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
# Host CSS that would wreck the widget if it leaked in: hide list items, shout in red.
PROGRAM = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
REGION = Term("region", "kota-bandung", "Kota Bandung", "wilayah/kota-bandung/")
PAIR = Term(
    "program_region", "kesehatan--kota-bandung", "Kesehatan · Kota Bandung", "program/kesehatan/wilayah/kota-bandung/"
)
HOSTILE_HOST_CSS = "<style>li { display: none !important; } * { color: red !important; font-size: 40px; }</style>"


@pytest.fixture(scope="module")
def site(fixture_site):
    server = site_server(fixture_site.output)
    yield server
    server.close()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A mini site whose newest brief is titled ``<img src=x onerror=alert(1)>``, built once."""
    built = build_site(HOSTILE, tmp_path_factory.mktemp("hostile-out"), FIXTURE_NOW)
    server = site_server(built.output)
    yield built, server
    server.close()


@pytest.fixture(scope="module")
def host():
    server = HostServer()
    yield server
    server.close()


@pytest.fixture
def session(browser, fixture_site):
    opened = open_session(browser, StaticSite(fixture_site.output))
    yield opened
    opened.page.context.close()


def section_embed(term: Term, parents: tuple = ()):
    """Describe a feed section's iframe list as the widget plugin does."""
    [embed] = embed_lists([SimpleNamespace(term=term, title=term.name, items=[], parents=parents)], 10)
    return embed


def widget_script(site_url: str, **data: str) -> str:
    attributes = "".join(f' data-{name}="{value}"' for name, value in data.items())
    return f'<script src="{site_url}/embed/widget.js"{attributes} async></script>'


def feed_items(built, folder: str) -> list[dict]:
    return json.loads(built.path(f"{folder}feed.json").read_text(encoding="utf-8"))["items"]


def widget_links(page, index: int) -> list[tuple[str, str]]:
    links = page.locator("silih-tulungan-berita").nth(index).locator("ul > li a")
    return [(link.inner_text(), link.get_attribute("href")) for link in links.all()]


def test_widget_on_another_origin_renders_the_right_items(session, site, host, fixture_site):
    url = host.page(
        "/blog.html",
        widget_script(site.url, region="kota-bandung")
        + widget_script(site.url, program="kesehatan", region="kota-bandung")
        + widget_script(site.url, count="2", style="compact", theme="dark")
        + widget_script(site.url, feed="cek-fakta"),
        head=HOSTILE_HOST_CSS,
    )
    page = session.page
    page.goto(url)
    page.locator("silih-tulungan-berita").nth(3).locator("ul > li").first.wait_for()
    page.locator("silih-tulungan-berita").nth(2).locator("ul > li").first.wait_for()
    page.locator("silih-tulungan-berita").nth(0).locator("ul > li").first.wait_for()
    page.locator("silih-tulungan-berita").nth(1).locator("ul > li").first.wait_for()

    for index, (folder, count) in enumerate(
        [("wilayah/kota-bandung/", 5), ("program/kesehatan/wilayah/kota-bandung/", 5), ("berita/", 2)]
    ):
        expected = [(item["title"], item["url"]) for item in feed_items(fixture_site, folder)][:count]
        assert widget_links(page, index) == expected, folder
    assert [title for title, _ in widget_links(page, 0)] == [
        'Kelas Cek Fakta untuk Guru "Bandung" & Cimahi',
        "Puskesmas Keliling Hadir di Garut",
    ]
    assert [title for title, _ in widget_links(page, 1)] == ["Puskesmas Keliling Hadir di Garut"]
    # data-feed="cek-fakta": the clarifications, verdict first, and a footer link to all of them.
    clarifications = [(item["title"], item["url"]) for item in feed_items(fixture_site, "cek-fakta/")][:5]
    assert widget_links(page, 3) == clarifications
    assert {title.split("]")[0] + "]" for title, _ in clarifications} == {"[HOAKS]", "[BENAR]"}
    footer = page.locator("silih-tulungan-berita").nth(3).locator("p.f a")
    assert footer.inner_text() == "Lihat semua cek fakta"
    home = json.loads(fixture_site.path("cek-fakta/feed.json").read_text(encoding="utf-8"))["home_page_url"]
    assert home.endswith("/cek-fakta/") and footer.get_attribute("href") == home

    first = page.locator("silih-tulungan-berita").first
    # Host CSS cannot reach inside: items stay visible, text keeps the widget's colour.
    assert first.locator("ul > li").first.is_visible()
    assert first.locator("ul > li a").first.evaluate("a => getComputedStyle(a).color") != "rgb(255, 0, 0)"
    # Accessible: a named region holding a list of named links.
    assert first.get_by_role("list").count() == 1
    assert first.get_by_role("link", name="Puskesmas Keliling Hadir di Garut").is_visible()
    assert first.locator("section").get_attribute("aria-label") == "Silih Tulungan Jabar — Wilayah Kota Bandung"
    # Cards carry pictures; the compact style does not.
    pictures = [item["image"] for item in feed_items(fixture_site, "wilayah/kota-bandung/") if item.get("image")]
    assert pictures and first.locator("img").evaluate_all("images => images.map(i => i.src)") == pictures
    assert page.locator("silih-tulungan-berita").nth(2).locator("img").count() == 0

    # Colour scheme: data-theme="dark" forces it; "auto" follows the reader's device.
    background = "el => getComputedStyle(el).backgroundColor"
    dark = "rgb(22, 32, 28)"
    assert page.locator("silih-tulungan-berita").nth(2).locator("section").evaluate(background) == dark
    assert first.locator("section").evaluate(background) == "rgb(255, 255, 255)"
    page.emulate_media(color_scheme="dark")
    assert first.locator("section").evaluate(background) == dark
    # Reduced motion: no transitions.
    transition = "a => getComputedStyle(a).transitionDuration"
    page.emulate_media(reduced_motion="no-preference")
    assert first.locator("ul > li a").first.evaluate(transition) == "0.15s"
    page.emulate_media(reduced_motion="reduce")
    assert first.locator("ul > li a").first.evaluate(transition) == "0s"

    # No cookies, no storage, no globals, nothing from any other host, nothing logged.
    state = page.evaluate("[document.cookie, localStorage.length, sessionStorage.length]")
    assert state == ["", 0, 0]
    assert page.context.cookies() == []
    assert session.errors == [] and session.dialogs == [] and session.foreign == []


def test_widget_shows_a_link_when_the_feed_cannot_be_loaded(session, site, host):
    page = session.page
    page.goto(host.page("/mati.html", widget_script(site.url, program="tidak-ada")))
    fallback = page.locator("silih-tulungan-berita").get_by_role("link")
    fallback.wait_for()
    assert fallback.inner_text() == "Baca berita terbaru di situs Silih Tulungan Jabar"
    assert fallback.get_attribute("href") == f"{site.url}/berita/"
    assert "Daftar berita tidak dapat dimuat" in page.locator("silih-tulungan-berita p").inner_text()
    assert session.dialogs == [] and session.foreign == []


def test_hostile_title_is_shown_as_text_and_runs_nothing(session, hostile_site, host):
    built, server = hostile_site
    page = session.page
    page.goto(host.page("/bahaya.html", widget_script(server.url, program="kesehatan")))
    widget = page.locator("silih-tulungan-berita")
    widget.locator("ul > li").first.wait_for()
    assert widget.locator("ul > li a").first.inner_text() == HOSTILE_TITLE
    summary = feed_items(built, "program/kesehatan/")[0]["summary"]
    assert "<script>" in summary  # the feed carries it as data; the widget must show it as text
    assert widget.locator("ul > li").first.inner_text().count(summary) == 1
    assert widget.locator("img, script, b").count() == 0
    page.wait_for_timeout(300)  # an injected <img src=x> would have failed and fired by now
    assert session.dialogs == []
    assert session.errors == []
    # The iframe list of the same feed escapes it too.
    page.goto(
        host.page("/bahaya-iframe.html", f'<iframe src="{server.url}/embed/program/kesehatan/latest.html"></iframe>')
    )
    frame = page.frame_locator("iframe")
    assert frame.locator(".list a.title").first.inner_text() == HOSTILE_TITLE
    assert frame.locator(".list img").count() == 0
    page.wait_for_timeout(300)
    assert session.dialogs == [] and session.errors == []


def test_iframe_list_renders_on_a_host_page(session, site, host, fixture_site):
    embed = section_embed(REGION)
    snippet = iframe_snippet(site.url, embed, 3)  # the very snippet the blogger page offers
    page = session.page
    page.goto(host.page("/iframe.html", snippet, head=HOSTILE_HOST_CSS))
    frame = page.frame_locator("iframe")
    titles = frame.locator(".list a.title").all_inner_texts()
    assert titles == [item["title"] for item in feed_items(fixture_site, "wilayah/kota-bandung/")]
    assert frame.locator("h1").inner_text() == "Berita terbaru: Kota Bandung"
    assert frame.locator(".list li").first.is_visible()
    assert page.locator("iframe").evaluate("f => f.getBoundingClientRect().height") == 96 + 64 * 3
    assert session.errors == [] and session.foreign == []


def clipboard_text(page, host) -> str:
    """Read the clipboard from a host page: the site's Permissions-Policy denies clipboard-read (it never reads)."""
    reader = page.context.new_page()
    try:
        reader.goto(host.page("/papan-klip", ""))
        return reader.evaluate("navigator.clipboard.readText()")
    finally:
        reader.close()


def test_copy_button_copies_the_caption(browser, site, host, fixture_site):
    session = open_session(browser, StaticSite(fixture_site.output), permissions=["clipboard-read", "clipboard-write"])
    page = session.page
    try:
        page.goto(f"{site.url}/berita/puskesmas-keliling-garut/")
        button = page.get_by_role("button", name="Salin teks")
        button.click()
        page.get_by_role("status").filter(has_text="Tersalin").wait_for()
        caption = page.locator("#teks-bagikan").input_value()
        assert clipboard_text(page, host) == caption
        assert caption.endswith(
            "#JabarSehat #SilihTulungan\n\nhttps://hub.example.test/berita/puskesmas-keliling-garut/"
        )
        page.get_by_role("button", name="Salin HTML ringkas").click()
        copied = clipboard_text(page, host)
        assert copied == page.locator("#html-ringkas").input_value()
        assert lxml.html.fragment_fromstring(copied).tag == "article"
        assert session.errors == [] and session.foreign == []
    finally:
        page.context.close()


def test_embed_generator_writes_snippets_and_previews_the_widget(session, site, fixture_site):
    page = session.page
    page.goto(f"{site.url}/untuk-blogger/")
    page.locator("#eg-program").select_option("kesehatan")
    page.locator("#eg-region").select_option("kota-bandung")
    page.locator("#eg-count").fill("3")
    page.locator("#eg-style").select_option("compact")
    page.locator("#eg-theme").select_option("dark")

    def attributes(html: str) -> dict:
        return dict(lxml.html.fragment_fromstring(html).attrib)

    script = page.locator("#eg-script").input_value()
    assert attributes(script) == attributes(
        script_snippet(SITEURL, program="kesehatan", region="kota-bandung", count=3, style="compact", theme="dark")
    )
    assert script.endswith(" async></script>")
    pair = section_embed(PAIR, parents=(PROGRAM, REGION))
    assert attributes(page.locator("#eg-iframe").input_value()) == attributes(iframe_snippet(SITEURL, pair, 3))
    assert fixture_site.path(pair.url).is_file()
    preview = page.locator("#eg-preview silih-tulungan-berita")
    preview.locator("ul > li").first.wait_for()
    assert preview.locator("ul > li a").all_inner_texts() == ["Puskesmas Keliling Hadir di Garut"]
    assert page.locator("#eg-note").inner_text() == ""
    assert page.get_by_role("button", name="Salin kode widget").is_visible()

    # "Isi: Cek Fakta": the clarifications feed by name; programme and region do not apply.
    page.locator("#eg-feed").select_option("cek-fakta")
    assert page.locator("#eg-program").is_disabled() and page.locator("#eg-region").is_disabled()
    assert attributes(page.locator("#eg-script").input_value()) == attributes(
        script_snippet(SITEURL, feed="cek-fakta", count=3, style="compact", theme="dark")
    )
    frame = attributes(page.locator("#eg-iframe").input_value())
    assert frame["src"] == f"{SITEURL}/embed/cek-fakta/latest.html" and frame["title"].startswith("Cek fakta terbaru")
    assert fixture_site.path("embed/cek-fakta/latest.html").is_file()
    preview.locator("ul > li").first.wait_for()
    expected = [item["title"] for item in feed_items(fixture_site, "cek-fakta/")][:3]
    assert page.locator("#eg-preview silih-tulungan-berita ul > li a").all_inner_texts() == expected
    page.locator("#eg-feed").select_option("")
    assert not page.locator("#eg-program").is_disabled()
    assert "data-feed" not in page.locator("#eg-script").input_value()


def test_embed_generator_hands_out_no_code_for_a_missing_section(session, site, fixture_site):
    page = session.page
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site.url}/untuk-blogger/")
    # No health news in Kota Cimahi: no code to copy (its iframe list and feed would be a 404), and why.
    page.locator("#eg-program").select_option("kesehatan")
    page.locator("#eg-region").select_option("kota-cimahi")
    assert not fixture_site.path("program/kesehatan/wilayah/kota-cimahi/feed.json").exists()
    assert page.locator("#eg-note").inner_text() == (
        "Belum ada berita Kesehatan di Kota Cimahi. Pilih program atau wilayah lain."
    )
    assert page.locator("#eg-script").input_value() == "" and page.locator("#eg-iframe").input_value() == ""
    assert not page.get_by_role("button", name="Salin kode widget").is_visible()
    assert not page.get_by_role("button", name="Salin kode iframe").is_visible()
    assert page.locator("#eg-preview").inner_html() == ""
    # A section that exists gives code back, whose iframe list is there.
    page.locator("#eg-region").select_option("kota-bandung")
    frame = lxml.html.fragment_fromstring(page.locator("#eg-iframe").input_value())
    assert frame.get("src") == f"{SITEURL}/embed/program/kesehatan/wilayah/kota-bandung/latest.html"
    assert page.get_by_role("button", name="Salin kode iframe").is_visible()
    page.locator("#eg-preview silih-tulungan-berita ul > li").first.wait_for()
    assert not [url for url in requests if "kota-cimahi" in url and "kesehatan" in url]
    assert session.errors == [] and session.foreign == []


def test_feed_picker_shows_the_chosen_feed_and_its_preview(session, site, fixture_site):
    page = session.page
    page.goto(f"{site.url}/untuk-blogger/")
    picker = page.get_by_role("group", name="Pilih feed")
    assert picker.is_visible()
    result = page.locator("#fp-result")
    assert result.get_by_role("heading").inner_text() == "Semua Berita"
    page.locator("#fp-program").select_option("kesehatan")
    page.locator("#fp-region").select_option("kota-bandung")
    folder = f"{SITEURL}/program/kesehatan/wilayah/kota-bandung/"
    assert result.get_by_role("heading").inner_text() == "Kesehatan · Kota Bandung"
    assert result.locator("#fp-links a").evaluate_all("links => links.map(a => [a.textContent, a.href])") == [
        ["RSS", f"{folder}rss.xml"],
        ["Atom", f"{folder}atom.xml"],
        ["JSON Feed", f"{folder}feed.json"],
        ["Iframe", f"{SITEURL}/embed/program/kesehatan/wilayah/kota-bandung/latest.html"],
        ["Halaman web", folder],
    ]
    assert page.locator("#fp-address").inner_text() == f"{folder}rss.xml"
    preview = page.locator("#fp-preview silih-tulungan-berita")
    preview.locator("ul > li").first.wait_for()
    titles = [item["title"] for item in feed_items(fixture_site, "program/kesehatan/wilayah/kota-bandung/")]
    assert preview.locator("ul > li a").all_inner_texts() == titles[:3]
    # A pair without briefs: no addresses, a plain reason.
    page.locator("#fp-region").select_option("kota-cimahi")
    assert not result.is_visible()
    assert (
        page.locator("#fp-missing").inner_text()
        == "Belum ada berita Kesehatan di Kota Cimahi. Pilih program atau wilayah lain."
    )
    page.locator("#fp-program").select_option("")
    assert result.get_by_role("heading").inner_text() == "Kota Cimahi"
    assert session.errors == [] and session.foreign == []


@pytest.mark.parametrize("width", [390, 1280])
def test_no_option_label_is_cut_off(browser, bundled_site, width):
    session = open_session(browser, StaticSite(bundled_site.output), viewport={"width": width, "height": 900})
    page = session.page
    try:
        page.goto(f"{SITEURL}/untuk-blogger/")
        clipped = page.evaluate(
            """() => {
                const canvas = document.createElement("canvas").getContext("2d");
                const out = [];
                for (const select of document.querySelectorAll("select")) {
                    const style = getComputedStyle(select);
                    canvas.font = style.font;
                    // The text box: the control minus its padding and the drop-down arrow (about 1.5em).
                    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                        - 1.5 * parseFloat(style.fontSize);
                    for (const option of select.options) {
                        const needed = canvas.measureText(option.text).width;
                        if (needed > room) out.push([select.id, option.text, Math.round(needed), Math.round(room)]);
                    }
                }
                return out;
            }"""
        )
        assert page.locator("select").count() == 7
        assert clipped == []
    finally:
        page.context.close()


def test_the_blogger_page_is_short_on_a_phone(browser, bundled_site):
    # It listed every programme × region feed: about 20,000 px on a phone. The picker shows one.
    session = open_session(browser, StaticSite(bundled_site.output), viewport={"width": 390, "height": 844})
    page = session.page
    try:
        page.goto(f"{SITEURL}/untuk-blogger/")
        page.locator("#eg-preview silih-tulungan-berita ul > li").first.wait_for()
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height < 12_000, height
        assert page.locator("li[data-feed]:visible").count() == 2  # cek fakta and the agenda; calendars fold away
    finally:
        page.context.close()
    assert session.errors == [] and session.foreign == []


def test_the_oembed_card_shows_title_summary_and_source_at_its_advertised_size(browser, fixture_site):
    uid = "11111111-1111-4111-8111-111111111111"
    data = json.loads(fixture_site.path(f"embed/kartu/{uid}/oembed.json").read_text(encoding="utf-8"))
    width, height = data["width"], data["height"]  # 480 × 438
    session = open_session(browser, StaticSite(fixture_site.output), viewport={"width": width, "height": height})
    page = session.page
    try:
        page.goto(f"{SITEURL}/embed/kartu/{uid}/")
        image = page.locator("img.card-image").bounding_box()
        assert image and abs(image["height"] - width * 9 / 16) < 2  # the picture keeps its 16:9 box
        for selector in ("h1 a", ".summary", ".card-body > .meta >> nth=-1"):
            box = page.locator(selector).bounding_box()
            assert box and box["height"] > 0 and box["y"] + box["height"] <= height, (selector, box)
        assert "Sumber" in page.locator(".card-body > .meta >> nth=-1").inner_text()
    finally:
        page.context.close()
    assert session.errors == [] and session.foreign == []


@pytest.mark.parametrize(
    "page_path", ["", "berita/puskesmas-keliling-garut/", "berita/pasar-tani-daring-ramai-pembeli/"]
)
def test_a_phone_downloads_no_picture_more_than_twice_as_wide_as_shown(browser, fixture_site, page_path):
    session = open_session(
        browser, StaticSite(fixture_site.output), viewport={"width": 390, "height": 844}, device_scale_factor=2
    )
    page = session.page
    try:
        page.goto(f"{SITEURL}/{page_path}")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_function("[...document.images].every((img) => !img.currentSrc || img.complete)")
        shown = page.evaluate(
            """() => [...document.images].filter((img) => img.currentSrc && img.clientWidth)
                .map((img) => [img.currentSrc, img.naturalWidth, img.clientWidth])"""
        )
        assert shown
        for url, natural, displayed in shown:
            assert natural <= 2 * 2 * displayed, (url, natural, displayed)  # DPR 2: at most twice the pixels it needs
            assert "/images/" not in url  # never a source file
    finally:
        page.context.close()
    assert session.errors == [] and session.foreign == []
