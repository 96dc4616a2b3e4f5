"""Site search: Pagefind indexes exactly the listed briefs and events, and the search page finds them."""

from __future__ import annotations

import json

import lxml.html
import pytest

from tests.browser import StaticSite, open_session
from tests.site import SITEURL


def listed_items(site) -> list[str]:
    """The pages of listed briefs and events: those the all-briefs feed and the agenda hold."""
    urls = [e.link for e in site.feed("berita/atom.xml").entries] + [
        e.link for e in site.feed("acara/atom.xml").entries
    ]
    return sorted(url.removeprefix(SITEURL) for url in urls)


def test_records_are_made_for_listed_items_only():
    from types import SimpleNamespace

    from search.index import record_page
    from search.records import records_of

    term = SimpleNamespace(name="Kesehatan")
    listed = SimpleNamespace(
        listed=True,
        url="berita/a/",
        title="Judul",
        program=term,
        regions=(SimpleNamespace(name="Kota Bandung"),),
        tags=(),
        image=None,
        content="<p>Isi <b>tebal</b>.</p>",
        metadata={"summary": "Ringkasan."},
    )
    withdrawn = SimpleNamespace(**{**vars(listed), "listed": False, "url": "berita/b/"})
    [record] = records_of([withdrawn, listed], "https://hub.example.test/jabar")
    assert record.url == "/jabar/berita/a/"
    # The text first (excerpts are cut from it), never led by the breadcrumb: programme, regions, topics after.
    assert record.content == "Ringkasan.\nIsi tebal."
    assert record.terms == ("Kesehatan", "Kota Bandung")
    assert record.meta == {"title": "Judul"}
    page = lxml.html.fromstring(record_page(record))
    assert page.xpath("//h1[@data-pagefind-ignore][@data-pagefind-meta='title']/text()") == ["Judul"]
    assert page.xpath("//main/p/text()") == ["Ringkasan.", "Isi tebal.", "Kesehatan. Kota Bandung."]
    assert page.xpath("//main/p[last()]/@data-pagefind-weight") == ["0.5"]


def test_the_index_holds_one_page_per_listed_item_across_its_shards(any_site):
    found = sorted(any_site.output.glob("pagefind/*/pagefind-entry.json"))
    entries = [json.loads(p.read_text(encoding="utf-8")) for p in found]
    assert all(list(entry["languages"]) == ["id"] for entry in entries)
    assert sum(entry["languages"]["id"]["page_count"] for entry in entries) == len(listed_items(any_site))
    bundles = json.loads(any_site.html("cari/index.html").xpath("//*[@data-module='search']/@data-bundles")[0])
    assert bundles == [f"{SITEURL}/pagefind/{p.parent.name}/" for p in found]
    assert len(bundles) > 1 or "bundled" in str(any_site.output)  # the fixture's index is in shards


def test_the_fixture_index_is_split_in_shards_and_each_item_stays_in_its_shard():
    from search.index import shard_count, shard_of

    assert shard_count(0, 1500) == 1 and shard_count(1500, 1500) == 1 and shard_count(1501, 1500) == 2
    uid = "11111111-1111-4111-8111-111111111111"
    assert shard_of(uid, 3) == shard_of(uid, 3) and {shard_of(f"{n:032x}", 3) for n in range(30)} == {0, 1, 2}


@pytest.mark.browser
def test_the_search_page_finds_public_items_and_nothing_else(browser, fixture_site):
    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        page.goto(f"{SITEURL}/cari/")

        def search(term: str) -> list[str]:
            return page.evaluate(
                """async (term) => {
                    const bundles = JSON.parse(document.querySelector('[data-module="search"]').dataset.bundles);
                    const pagefind = await import(bundles[0] + 'pagefind.js');
                    if (!window.merged) {  // merge the other shards once, as search.js does
                        window.merged = true;
                        for (const path of bundles.slice(1)) {
                            await pagefind.mergeIndex(path);
                        }
                    }
                    const found = await pagefind.search(term);
                    const data = await Promise.all(found.results.map((r) => r.data()));
                    return data.map((d) => d.url.replace(location.origin, ""));
                }""",
                term,
            )

        assert sorted(search("puskesmas keliling")) == [
            "/berita/puskesmas-keliling-garut/",
            "/cek-fakta/tautan-pendaftaran-puskesmas-keliling-berbayar/",  # a clarification, found by its claim
        ]
        assert search("antrean") == ["/cek-fakta/tautan-pendaftaran-puskesmas-keliling-berbayar/"]
        assert search("rahasia klarifikasi") == []  # a draft clarification
        assert search("vaksinasi") == []  # withdrawn
        assert search("rahasia draf") == []  # draft
        assert search("embargo") == []  # embargoed
        box = page.locator(".pagefind-ui__search-input")
        box.fill("pasar tani")
        page.locator(".pagefind-ui__result-link").first.wait_for()
        assert page.locator(".pagefind-ui__result-link").first.inner_text() == "Pasar Tani Daring Ramai Pembeli"
    finally:
        page.context.close()
    assert session.errors == [] and session.dialogs == [] and session.foreign == []


def test_the_search_page_works_as_links_without_javascript(fixture_site):
    doc = fixture_site.html("cari/index.html")
    assert doc.xpath("//h1/text()") == ["Cari berita dan acara"]
    assert f"{SITEURL}/arsip/" in doc.xpath("//*[@data-module='search']//a/@href")


def test_without_an_index_the_search_page_asks_for_no_search_files(edited_site):
    # The edited fixture is built with search off: the page must not point at bundles that do not exist.
    assert not (edited_site.output / "pagefind").exists()
    doc = edited_site.html("cari/index.html")
    assert not [url for url in doc.xpath("//link/@href | //script/@src") if "pagefind" in url or "search" in url]
    fallback = doc.xpath("string(//*[@data-module='search']//p)")
    assert fallback.startswith("Pencarian belum tersedia.")
    assert f"{SITEURL}/arsip/" in doc.xpath("//*[@data-module='search']//a/@href")


def contrast(foreground: str, background: str, opacity: float = 1.0) -> float:
    """Return the WCAG contrast ratio of a CSS rgb()/rgba() colour (times ``opacity``) over an opaque one."""

    def channels(css: str) -> list[float]:
        return [float(part) for part in css[css.index("(") + 1 : -1].replace("/", ",").split(",")]

    *fg, alpha = [*channels(foreground), 1.0][:4]
    bg = channels(background)[:3]
    alpha *= opacity
    mixed = [f * alpha + b * (1 - alpha) for f, b in zip(fg, bg, strict=True)]

    def luminance(rgb) -> float:
        lin = [(c / 255 / 12.92) if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(mixed), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_does():
    assert round(contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 1) == 21.0
    assert round(contrast("rgb(57, 57, 57)", "rgb(255, 255, 255)", 0.2), 2) < 1.6  # Pagefind's own placeholder


@pytest.mark.browser
def test_the_search_box_has_a_real_label_and_a_readable_placeholder(browser, fixture_site):
    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        page.goto(f"{SITEURL}/cari/")
        box = page.get_by_label("Kata kunci")  # a <label for>, not only a title (axe: label-title-only)
        box.wait_for()
        assert box.evaluate("input => [input.labels.length, input.labels[0].tagName, input.labels[0].textContent]") == [
            1,
            "LABEL",
            "Kata kunci",
        ]
        assert box.get_attribute("class").startswith("pagefind-ui__search-input")
        assert box.get_attribute("placeholder") == "Cari"
        colour, opacity, background = box.evaluate(
            """input => {
                const placeholder = getComputedStyle(input, "::placeholder");
                return [placeholder.color, Number(placeholder.opacity), getComputedStyle(input).backgroundColor];
            }"""
        )
        assert contrast(colour, background, opacity) >= 4.5, (colour, opacity, background)
    finally:
        page.context.close()
    assert session.errors == [] and session.foreign == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("term", "title", "starts"),
    [
        ("puskesmas keliling", "Puskesmas Keliling Hadir di Garut", "Mobil puskesmas keliling melayani"),
        ("pasar", "Pasar Tani Daring Ramai Pembeli", "Petani menjual hasil panen"),
        ("klinik", "Klinik Konten Sedang Berlangsung", "Klinik konten kesehatan hari ini"),
    ],
)
def test_result_excerpts_start_with_what_the_item_says_not_its_breadcrumb(browser, fixture_site, term, title, starts):
    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        page.goto(f"{SITEURL}/cari/")
        page.get_by_label("Kata kunci").fill(term)
        result = page.locator(".pagefind-ui__result").filter(has_text=title).first
        result.wait_for()
        excerpt = result.locator(".pagefind-ui__result-excerpt").inner_text()
        assert excerpt.startswith(starts), excerpt
        for crumb in ("Kesehatan", "Pemulihan Ekonomi", "Literasi Digital", title):
            assert not excerpt.startswith(crumb), excerpt
    finally:
        page.context.close()
