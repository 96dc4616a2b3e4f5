"""The embeddable widget, its iframe lists, the blogger page and the CORS rules for static hosts."""

from __future__ import annotations

import gzip
import json
import re
from types import SimpleNamespace

import lxml.html
import pytest
from pelican.settings import read_settings

from hub_model.taxonomy import Term
from tests.browser import header_rules, headers_for
from tests.site import ROOT, SITEURL
from widget.config import load_settings
from widget.embeds import embed_lists, feed_choices, iframe_height, iframe_snippet, script_snippet

WIDGET_JS = ROOT / "theme" / "static" / "js" / "widget.js"
BUDGET = 6 * 1024  # bytes, gzipped
PAGE = "untuk-blogger/index.html"
FEED_FILES = ("rss.xml", "atom.xml", "feed.json")
PAIR_FOLDER = re.compile(r"^program/([a-z0-9-]+)/wilayah/([a-z0-9-]+)/$")
FOLDER = re.compile(r"^(?:program/([a-z0-9-]+)/|wilayah/([a-z0-9-]+)/|berita/)$")
KESEHATAN = Term("program", "kesehatan", "Kesehatan", "program/kesehatan/")
BANDUNG = Term("region", "kota-bandung", "Kota Bandung", "wilayah/kota-bandung/")
PAIR = Term(
    "program_region", "kesehatan--kota-bandung", "Kesehatan · Kota Bandung", "program/kesehatan/wilayah/kota-bandung/"
)


def section(term, items=(), parents=()):
    return SimpleNamespace(term=term, title=term.name, items=list(items), parents=parents)


def feed_folders(site) -> list[str]:
    """Every brief feed folder the site publishes (events have no widget)."""
    folders = [str(p.parent.relative_to(site.output)) + "/" for p in site.output.rglob("feed.json")]
    return sorted(f for f in folders if not f.startswith("acara/"))


# --- the script itself ---


def code_of(source: str) -> str:
    """Return the script without its comments (which may mention what the code never does)."""
    return re.sub(r"/\*.*?\*/|(^|\s)//[^\n]*", "", source, flags=re.S)


def test_widget_script_fits_the_budget():
    assert len(gzip.compress(WIDGET_JS.read_bytes(), 9)) <= BUDGET


@pytest.mark.parametrize(
    "forbidden",
    ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(", "cookie", "Storage"],
)
def test_widget_script_never_parses_html_nor_stores_anything(forbidden):
    assert forbidden not in code_of(WIDGET_JS.read_text(encoding="utf-8"))


def test_widget_script_is_standalone():
    code = code_of(WIDGET_JS.read_text(encoding="utf-8"))
    assert "attachShadow" in code and "textContent" in code and "fetch(" in code
    # No other module, and no address of any host: the site is found from the script's own URL.
    assert not re.search(r"\b(import|require)\b", code) and "://" not in code


def test_widget_script_routes_match_the_feed_folder_settings():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    assert settings["BRIEFS_INDEX_URL"] == "berita/"
    assert settings["PROGRAM_URL"] == "program/{slug}/"
    assert settings["REGION_URL"] == "wilayah/{slug}/"
    assert settings["SECTIONS_PROGRAM_REGION_URL"] == "program/{program}/wilayah/{region}/"
    assert settings["CEKFAKTA_INDEX_URL"] == "cek-fakta/"
    code = code_of(WIDGET_JS.read_text(encoding="utf-8"))
    for route in (
        '"berita/"',
        '"cek-fakta/"',
        '"program/" + program + "/wilayah/" + region + "/"',
        '"wilayah/" + region + "/"',
    ):
        assert route in code


# --- pure ---


def test_embed_lists_cover_feed_sections_only():
    tag = Term("tag", "umkm", "UMKM", "topik/umkm/")
    everything = Term("all", "berita", "Semua Berita", "berita/")
    sections = [
        section(everything, range(12)),
        section(KESEHATAN, [1]),
        section(BANDUNG, [1, 2]),
        section(PAIR, [1], (KESEHATAN, BANDUNG)),
        section(tag, [1]),
    ]
    embeds = embed_lists(sections, 10)
    assert [(e.url, e.program, e.region, len(e.items)) for e in embeds] == [
        ("embed/berita/latest.html", "", "", 10),
        ("embed/program/kesehatan/latest.html", "kesehatan", "", 1),
        ("embed/wilayah/kota-bandung/latest.html", "", "kota-bandung", 2),
        ("embed/program/kesehatan/wilayah/kota-bandung/latest.html", "kesehatan", "kota-bandung", 1),
    ]


def test_feed_choices_are_the_feeds_that_have_briefs():
    everything = Term("all", "berita", "Semua Berita", "berita/")
    clarifications = Term("clarifications", "cek-fakta", "Cek Fakta", "cek-fakta/")
    embeds = embed_lists(
        [
            section(everything, [1, 2]),
            section(KESEHATAN, []),  # no briefs: never offered
            section(PAIR, [1], (KESEHATAN, BANDUNG)),
            section(clarifications, [1]),  # by name (data-feed), not by programme × region
        ],
        10,
    )

    def links_of(terms):
        return [
            {"label": "RSS", "href": f"{SITEURL}/{t.url}rss.xml", "type": "application/rss+xml", "title": "x"}
            for t in terms
        ]

    choices = feed_choices(embeds, SITEURL, links_of)
    assert choices == [
        {
            "feed": "",
            "program": "",
            "region": "",
            "title": "Semua Berita",
            "page": f"{SITEURL}/berita/",
            "feeds": [{"label": "RSS", "href": f"{SITEURL}/berita/rss.xml", "type": "application/rss+xml"}],
            "iframe": f"{SITEURL}/embed/berita/latest.html",
        },
        {
            "feed": "",
            "program": "kesehatan",
            "region": "kota-bandung",
            "title": "Kesehatan · Kota Bandung",
            "page": f"{SITEURL}/program/kesehatan/wilayah/kota-bandung/",
            "feeds": [
                {
                    "label": "RSS",
                    "href": f"{SITEURL}/program/kesehatan/wilayah/kota-bandung/rss.xml",
                    "type": "application/rss+xml",
                }
            ],
            "iframe": f"{SITEURL}/embed/program/kesehatan/wilayah/kota-bandung/latest.html",
        },
        {
            "feed": "cek-fakta",
            "program": "",
            "region": "",
            "title": "Cek Fakta",
            "page": f"{SITEURL}/cek-fakta/",
            "feeds": [{"label": "RSS", "href": f"{SITEURL}/cek-fakta/rss.xml", "type": "application/rss+xml"}],
            "iframe": f"{SITEURL}/embed/cek-fakta/latest.html",
        },
    ]
    assert feed_choices(embed_lists([section(everything, [])], 10), SITEURL, links_of) == []
    assert feed_choices(embed_lists([section(clarifications, [])], 10), SITEURL, links_of) == []


def test_named_feed_snippets_take_no_programme_or_region():
    script = lxml.html.fragment_fromstring(script_snippet(SITEURL, feed="cek-fakta", count=3))
    assert script.get("data-feed") == "cek-fakta" and script.get("data-program") is None
    for wrong in ({"feed": "hoaks"}, {"feed": "cek-fakta", "program": "kesehatan"}):
        with pytest.raises(ValueError, match="widget feed"):
            script_snippet(SITEURL, **wrong)
    embed = embed_lists([section(Term("clarifications", "cek-fakta", "Cek Fakta", "cek-fakta/"), [1])], 10)[0]
    frame = lxml.html.fragment_fromstring(iframe_snippet(SITEURL, embed))
    assert frame.get("title") == "Cek fakta terbaru: Cek Fakta"


def test_snippets_name_only_the_chosen_options():
    script = lxml.html.fragment_fromstring(script_snippet(SITEURL, region="kota-bandung", count=3))
    assert dict(script.attrib) == {
        "src": f"{SITEURL}/embed/widget.js",
        "data-region": "kota-bandung",
        "data-count": "3",
        "data-style": "cards",
        "async": "",
    }
    assert script_snippet(SITEURL).endswith('data-count="5" data-style="cards" async></script>')
    assert 'data-theme="dark"' in script_snippet(SITEURL, theme="dark")
    for bad in ({"style": "big"}, {"theme": "blue"}, {"count": 11}):
        with pytest.raises(ValueError, match="widget options"):
            script_snippet(SITEURL, **bad)
    [embed] = embed_lists([section(PAIR, [], (KESEHATAN, BANDUNG))], 10)
    frame = lxml.html.fragment_fromstring(iframe_snippet(SITEURL, embed, 4))
    assert frame.get("src") == f"{SITEURL}/embed/program/kesehatan/wilayah/kota-bandung/latest.html"
    assert frame.get("title") == "Berita terbaru: Kesehatan · Kota Bandung"
    assert frame.get("height") == str(iframe_height(4)) == "352"


def test_settings_are_checked():
    base = {"SITEURL": SITEURL, "SITENAME": "S"}
    assert load_settings(base).page_save_as == "untuk-blogger/index.html"
    for bad in ({"WIDGET_ITEM_COUNT": 0}, {"WIDGET_IFRAME_ITEMS": 11}, {"WIDGET_PAGE_URL": "/blogger"}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            load_settings({**base, **bad})


# --- built site ---


def test_widget_script_is_published_where_snippets_point(any_site):
    assert any_site.path("embed/widget.js").read_bytes() == WIDGET_JS.read_bytes()


def test_every_brief_feed_has_an_iframe_list_of_its_items(any_site):
    folders = feed_folders(any_site)
    assert "berita/" in folders and any("/wilayah/" in f and f.startswith("program/") for f in folders)
    for folder in folders:
        items = json.loads(any_site.text(f"{folder}feed.json"))["items"]
        doc = any_site.html(f"embed/{folder}latest.html")
        links = [(a.text, a.get("href")) for a in doc.xpath("//ul[@class='list']//a[@class='title']")]
        assert links == [(item["title"], item["url"]) for item in items[:10]], folder
        assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
        assert doc.xpath("//link[@rel='canonical']/@href") == [f"{SITEURL}/{folder}"]
        assert not doc.xpath("//script")


def test_iframe_list_escapes_quotes_and_ampersands(fixture_site):
    raw = fixture_site.text("embed/wilayah/kota-bandung/latest.html")
    assert "Kelas Cek Fakta untuk Guru &#34;Bandung&#34; &amp; Cimahi</a>" in raw


def test_header_links_every_page_to_the_blogger_page(any_site):
    for name in any_site.html_files:
        if name.startswith("embed/"):
            continue
        doc = any_site.html(name)
        assert doc.xpath("//header//nav//a[text()='Untuk Blogger & Kreator']/@href") == [f"{SITEURL}/untuk-blogger/"], (
            name
        )


def picker_choices(doc) -> list[dict]:
    [data] = doc.xpath("//*[@data-module='feed-picker']/@data-feeds")
    return json.loads(data)


def test_blogger_page_offers_every_brief_feed_in_its_picker_and_only_those(any_site):
    doc = any_site.html(PAGE)
    assert doc.xpath("//h1/text()") == ["Untuk Blogger & Kreator"]
    choices = picker_choices(doc)
    folders = [choice["page"].removeprefix(f"{SITEURL}/") for choice in choices]
    # Every programme/region feed, once; no empty or missing one; the clarifications' feed by name only
    # (the generator's "Isi" choice; the picker has a row of its own for it).
    assert sorted(folders) == [f for f in feed_folders(any_site) if not f.startswith("cek-fakta/penilaian/")]
    assert folders[0] == "berita/" and (choices[0]["program"], choices[0]["region"]) == ("", "")
    [named] = [choice for choice in choices if choice["feed"]]
    assert (named["feed"], named["page"], named["program"], named["region"]) == (
        "cek-fakta",
        f"{SITEURL}/cek-fakta/",
        "",
        "",
    )
    for choice, folder in zip(choices, folders, strict=True):
        if choice["feed"]:
            continue
        assert [feed["href"] for feed in choice["feeds"]] == [f"{SITEURL}/{folder}{n}" for n in FEED_FILES], folder
        assert [feed["label"] for feed in choice["feeds"]] == ["RSS", "Atom", "JSON Feed"]
        assert choice["iframe"] == f"{SITEURL}/embed/{folder}latest.html"
        assert json.loads(any_site.text(f"{folder}feed.json"))["items"], folder  # it has briefs
        program, region = (PAIR_FOLDER.match(folder) or FOLDER.match(folder)).groups()
        assert (choice["program"], choice["region"]) == (program or "", region or ""), folder
    # The page no longer lists every programme × region feed: only the chosen one (the whole site's, by default).
    assert doc.xpath("//div[@id='fp-result']//a/@href") == [
        *(f"{SITEURL}/berita/{n}" for n in FEED_FILES),
        f"{SITEURL}/embed/berita/latest.html",
        f"{SITEURL}/berita/",
    ]
    assert not [href for href in doc.xpath("//section[@id='feed']//a/@href") if "/wilayah/" in href and "rss" in href]
    # The agenda's feeds and every calendar are still listed, each copyable with one button (share.js).
    hrefs = set(doc.xpath("//section[@id='feed']//a/@href"))
    assert {f"{SITEURL}/acara/{n}" for n in FEED_FILES} <= hrefs
    assert {f"{SITEURL}/cek-fakta/{n}" for n in FEED_FILES} | {f"{SITEURL}/embed/cek-fakta/latest.html"} <= hrefs
    for path in any_site.output.rglob("kalender.ics"):
        assert f"{SITEURL}/{path.relative_to(any_site.output)}" in hrefs
    for row in doc.xpath("//li[@data-feed]"):
        [button] = row.xpath("./div/button[@data-copy-text]")
        assert button.get("data-copy-text") == row.xpath("./div/code/text()")[0]


def test_blogger_page_explains_subscribing_licence_and_embedding(fixture_site):
    doc = fixture_site.html(PAGE)
    headings = doc.xpath("//main//h2/text() | //main//h3/text()")
    for needed in ("WordPress", "Blogger (Blogspot)", "Feedly dan aplikasi pembaca feed lain", "Pilihan kode widget"):
        assert needed in headings
    assert any("Podcast" in h for h in headings) and any("Lisensi" in h for h in headings)
    assert doc.xpath("//section[@id='lisensi']//a[@rel='license']/@href") == [
        "https://creativecommons.org/licenses/by/4.0/"
    ]
    for attribute in ("data-program", "data-region", "data-count", "data-style", "data-theme"):
        assert doc.xpath(f"//table[@class='options']//code[text()='{attribute}']"), attribute
    for section_id in ("widget", "iframe", "oembed", "bagikan-berita"):
        assert doc.xpath(f"//section[@id='{section_id}']"), section_id


def test_embed_generator_works_without_javascript(fixture_site):
    doc = fixture_site.html(PAGE)
    [script] = doc.xpath("//textarea[@id='eg-script']/text()")
    assert script == script_snippet(SITEURL, count=5)
    frame = lxml.html.fragment_fromstring(doc.xpath("//textarea[@id='eg-iframe']/text()")[0])
    assert frame.get("src") == f"{SITEURL}/embed/berita/latest.html"
    assert fixture_site.path("embed/berita/latest.html").is_file()
    assert [re.sub(r"hashed/(.*)\.[0-9a-f]{10}\.js$", r"\1.js", src) for src in doc.xpath("//script/@src")] == [
        f"{SITEURL}/theme/js/share.js",
        f"{SITEURL}/theme/js/embed-generator.js",
    ]
    programs = doc.xpath("//select[@id='eg-program']/option/@value")
    assert programs[0] == "" and "kesehatan" in programs
    assert not doc.xpath("//form")


# --- CORS rules for static hosts ---


def json_paths(site) -> list[str]:
    """Every JSON file other sites fetch: feeds and oEmbed responses (the search index is same-site only)."""
    files = [p for p in site.output.rglob("*.json") if p.name in ("feed.json", "oembed.json")]
    return ["/" + str(p.relative_to(site.output)) for p in files]


def test_headers_file_lets_any_origin_read_feeds_oembed_and_the_widget(fixture_site):
    # The build's own _headers (hub_build.headers), which static hosts read; nginx: tests/test_nginx_site.py.
    rules = header_rules(fixture_site.text("_headers"))
    paths = json_paths(fixture_site) + ["/embed/widget.js"]
    assert any(p.endswith("/feed.json") for p in paths) and any(p.endswith("/oembed.json") for p in paths)
    for path in paths:
        assert headers_for(path, rules).get("Access-Control-Allow-Origin") == "*", path
