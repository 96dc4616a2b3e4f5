"""Site search: Pagefind indexes exactly the listed briefs and events, and the search page finds them."""

from __future__ import annotations

import json

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
    assert record.content == "Kesehatan\nRingkasan.\nIsi tebal.\nKota Bandung"
    assert record.meta == {"title": "Judul"}


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
