"""Page-weight budgets, in deterministic gzipped sizes, and no request to any other host.

The figures are the ones ``benchmarks/budgets.py`` prints, measured by the same functions: the
built HTML and the files it names, for every page; then Chromium loads the pages readers open
most and every request it makes is checked (host, and the weight of what it fetched).
"""

from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import pytest

from benchmarks.budgets import (
    BRIEF_MAX,
    CSS_MAX,
    HOME_MAX,
    JS_EXEMPT,
    JS_MAX,
    assets,
    brief_pages,
    files_weight,
    gzipped,
    page_weight,
    public_pages,
)
from tests.browser import StaticSite, open_session
from tests.site import SITEURL


def test_sizes_are_deterministic():
    data = b"<!doctype html><p>Halo</p>" * 200
    assert gzipped(data) == gzipped(data) == len(gzip.compress(data, 9, mtime=0))
    assert gzip.compress(data, 9, mtime=0)[4:8] == b"\0\0\0\0"  # no timestamp in the header


def test_assets_are_what_the_browser_fetches_by_itself():
    html = (
        b'<html><head><link rel="stylesheet" href="https://s.test/a.css"><link rel="alternate" href="https://x.test/f">'
        b'<script src="https://s.test/b.js" defer></script><link rel="icon" href="https://s.test/i.svg"></head>'
        b'<body><a href="https://lain.test/">link</a><img src="https://cdn.test/p.jpg"></body></html>'
    )
    assert assets(html, "https://s.test") == (("a.css",), ("b.js",), ("https://cdn.test/p.jpg",))


def test_home_and_brief_pages_fit_their_budgets(any_site):
    home = page_weight(any_site.output, "index.html", SITEURL)
    assert home.total <= HOME_MAX, home
    [style] = home.styles  # the one stylesheet, by its fingerprinted name
    assert style.startswith("theme/hashed/css/main.") and style.endswith(".css")
    briefs = brief_pages(any_site.output)
    assert len(briefs) >= 3
    for page in briefs:
        weight = page_weight(any_site.output, page, SITEURL)
        assert weight.total <= BRIEF_MAX, weight


def test_every_public_page_fits_the_script_and_style_budgets_and_loads_nothing_from_elsewhere(any_site):
    pages = public_pages(any_site.output)
    assert "untuk-blogger/index.html" in pages and "index.html" in pages
    for page in pages:
        styles, scripts, foreign = assets(any_site.path(page).read_bytes(), SITEURL)
        assert foreign == (), page
        for path in (*styles, *scripts):
            assert any_site.path(path).is_file(), (page, path)
        weight = page_weight(any_site.output, page, SITEURL)
        assert weight.css <= CSS_MAX, weight
        if page not in JS_EXEMPT:
            assert weight.js <= JS_MAX, weight


PAGES = [
    "",
    "berita/cek-fakta-hoaks-bansos-tautan/",
    "acara/webinar-kreator-lawan-hoaks/",
    "acara/",
    "program/kesehatan/",
    "untuk-blogger/",
    "cari/",
]


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_in_chromium_pages_fetch_only_from_this_site_and_within_budget(browser, bundled_site, path):
    session = open_session(browser, StaticSite(bundled_site.output), viewport={"width": 390, "height": 844})
    page = session.page
    fetched: dict[str, list[str]] = {}
    page.on("request", lambda request: fetched.setdefault(request.resource_type, []).append(request.url))
    try:
        page.goto(f"{SITEURL}/{path}", wait_until="networkidle")
        if path == "untuk-blogger/":  # both previews run the widget, which fetches its feed
            page.locator("#eg-preview silih-tulungan-berita ul > li").first.wait_for()
            page.wait_for_load_state("networkidle")
    finally:
        page.context.close()
    assert session.foreign == [] and session.errors == []
    every = [url for urls in fetched.values() for url in urls]
    assert all(urlsplit(url).netloc == urlsplit(SITEURL).netloc for url in every), every

    def local(kind: str) -> list[str]:
        return [urlsplit(url).path.lstrip("/") for url in fetched.get(kind, [])]

    js, css = files_weight(bundled_site.output, local("script")), files_weight(bundled_site.output, local("stylesheet"))
    assert css <= CSS_MAX
    if f"{path}index.html" not in JS_EXEMPT:
        assert js <= JS_MAX, local("script")
    html = gzipped(bundled_site.path(f"{path}index.html").read_bytes())
    if path == "":
        assert html + css + js <= HOME_MAX
    if path.startswith("berita/"):
        assert html + css + js <= BRIEF_MAX
    if path == "untuk-blogger/":  # the previews' widget counts, once
        assert "embed/widget.js" in local("script")
        assert js == files_weight(bundled_site.output, ["theme/js/share.js", "theme/js/embed-generator.js"]) + (
            files_weight(bundled_site.output, ["embed/widget.js"])
        )
