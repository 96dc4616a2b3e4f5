"""Site search: Pagefind indexes exactly the listed briefs and events, and the search page finds them."""

from __future__ import annotations

import json

import pytest

from tests.browser import StaticSite, open_session
from tests.site import SITEURL


def listed_pages(site) -> list[str]:
    return [name for name in site.html_files if "data-pagefind-body" in site.text(name)]


def test_only_listed_briefs_and_events_are_marked_for_the_index(fixture_site):
    marked = listed_pages(fixture_site)
    assert "berita/puskesmas-keliling-garut/index.html" in marked
    assert "acara/lokakarya-kreator-yang-sudah-lewat/index.html" in marked
    assert "berita/jadwal-vaksinasi-lama-yang-ditarik/index.html" not in marked  # withdrawn
    assert "berita/pendaftaran-pelatihan-yang-sudah-ditutup/index.html" not in marked  # expired
    assert all(name.startswith(("berita/", "acara/")) for name in marked)


def test_the_index_holds_one_page_per_marked_page(any_site):
    entry = json.loads(any_site.text("pagefind/pagefind-entry.json"))
    assert list(entry["languages"]) == ["id"]
    assert entry["languages"]["id"]["page_count"] == len(listed_pages(any_site))


@pytest.mark.browser
def test_the_search_page_finds_public_items_and_nothing_else(browser, fixture_site):
    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        page.goto(f"{SITEURL}/cari/")

        def search(term: str) -> list[str]:
            return page.evaluate(
                """async (term) => {
                    const pagefind = await import('/pagefind/pagefind.js');
                    const found = await pagefind.search(term);
                    const data = await Promise.all(found.results.map((r) => r.data()));
                    return data.map((d) => d.url);
                }""",
                term,
            )

        assert search("puskesmas keliling") == ["/berita/puskesmas-keliling-garut/"]
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
