"""Feeds as subscribers and browsers meet them: every feed of the fixture and bundled sites, in every format."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import lxml.html
import pytest
from lxml import etree

from tests.browser import StaticSite, open_session
from tests.site import SITEURL
from tests.test_jsonfeed import json_feed_problems

LICENSE = "https://creativecommons.org/licenses/by/4.0/"
SITENAME = "Silih Tulungan Jabar"
HELP_URL = f"{SITEURL}/untuk-blogger/#cara-langganan"
CAMPAIGN = {"campaign": "tag:jabarprov.go.id,2026:silihtulungan/campaign"}
PAIR = re.compile(r"^program/([a-z0-9-]+)/wilayah/([a-z0-9-]+)/$")


def feed_folders(site) -> list[str]:
    """Return every folder holding a feed (``berita/``, ``program/kesehatan/`` …)."""
    names = ("rss.xml", "atom.xml", "feed.json")
    return sorted({str(p.parent.relative_to(site.output)) + "/" for n in names for p in site.output.rglob(n)})


def json_doc(site, relative: str) -> dict:
    return json.loads(site.text(relative))


def ids_by_format(site, folder: str) -> dict[str, list[str]]:
    return {
        "rss": [e.id for e in site.feed(f"{folder}rss.xml").entries],
        "atom": [e.id for e in site.feed(f"{folder}atom.xml").entries],
        "json": [item["id"] for item in json_doc(site, f"{folder}feed.json")["items"]],
    }


# --- every feed, every format ---


def test_every_feed_folder_has_all_three_formats(any_site):
    folders = feed_folders(any_site)
    assert "berita/" in folders and "acara/" in folders
    for folder in folders:
        for name in ("rss.xml", "atom.xml", "feed.json"):
            assert any_site.path(f"{folder}{name}").is_file(), (folder, name)


def test_every_xml_feed_parses_without_errors(any_site):
    for folder in feed_folders(any_site):
        for name in ("rss.xml", "atom.xml"):
            parsed = any_site.feed(f"{folder}{name}")
            assert not parsed.bozo, (folder, name, parsed.get("bozo_exception"))
            assert parsed.version == ("rss20" if name == "rss.xml" else "atom10")


def test_every_json_feed_follows_the_spec(any_site):
    for folder in feed_folders(any_site):
        feed = json_doc(any_site, f"{folder}feed.json")
        assert json_feed_problems(feed) == [], folder
        assert feed["feed_url"] == f"{SITEURL}/{folder}feed.json"
        assert feed["home_page_url"] == f"{SITEURL}/{folder}"
        assert feed["language"] == "id"
        assert feed["items"], folder


def test_ids_are_equal_across_formats(any_site):
    for folder in feed_folders(any_site):
        ids = ids_by_format(any_site, folder)
        assert ids["rss"] == ids["atom"] == ids["json"], folder
        assert all(i.startswith("urn:uuid:") for i in ids["json"])


def test_formats_agree_on_titles_links_and_dates(fixture_site):
    rss = fixture_site.feed("berita/rss.xml").entries
    atom = fixture_site.feed("berita/atom.xml").entries
    items = json_doc(fixture_site, "berita/feed.json")["items"]
    assert [e.title for e in rss] == [e.title for e in atom] == [i["title"] for i in items]
    assert [e.link for e in rss] == [e.link for e in atom] == [i["url"] for i in items]
    assert [e.published_parsed for e in rss] == [e.published_parsed for e in atom]
    first = items[-1]  # the Garut brief: image, modified date
    assert first["date_published"] == "2026-05-10T09:00:00+07:00"
    assert first["date_modified"] == "2026-05-12T10:30:00+07:00"
    assert re.fullmatch(rf"{SITEURL}/gambar/[0-9a-f]{{16}}/pasar-960\.jpg", first["image"])  # a rendition
    assert {"Kesehatan", "Kabupaten Garut", "puskesmas"} <= set(first["tags"])
    assert first["summary"].startswith("Mobil puskesmas keliling")


def test_feeds_are_bounded_newest_first(bundled_site):
    from pelicanconf import FEEDS_MAX_ITEMS

    for folder in feed_folders(bundled_site):
        entries = bundled_site.feed(f"{folder}atom.xml").entries
        assert 0 < len(entries) <= FEEDS_MAX_ITEMS
        dates = [e.published_parsed for e in entries]
        assert dates == sorted(dates, reverse=True), folder


# --- licence and attribution ---


def test_licence_is_stated_in_every_feed(any_site):
    for folder in feed_folders(any_site):
        for name in ("rss.xml", "atom.xml"):
            feed = any_site.feed(f"{folder}{name}").feed
            assert any(link.get("rel") == "license" and link["href"] == LICENSE for link in feed.links), (folder, name)
            assert "CC BY 4.0" in feed.rights and LICENSE in feed.rights
        extension = json_doc(any_site, f"{folder}feed.json")["_silihtulungan"]
        assert extension["license"]["url"] == LICENSE


def test_rss_uses_the_creative_commons_module_and_atom_a_license_link(fixture_site):
    rss = etree.fromstring(fixture_site.path("berita/rss.xml").read_bytes())
    cc = {"cc": "http://backend.userland.com/creativeCommonsRssModule"}
    assert rss.xpath("/rss/channel/cc:license/text()", namespaces=cc) == [LICENSE]
    assert rss.xpath("/rss/channel/copyright/text()")
    atom = etree.fromstring(fixture_site.path("berita/atom.xml").read_bytes())
    a = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.xpath("/a:feed/a:link[@rel='license']/@href", namespaces=a) == [LICENSE]
    assert atom.xpath("/a:feed/a:rights/text()", namespaces=a)


def attribution_of(html: str):
    doc = lxml.html.fragment_fromstring(html, create_parent="div")
    lines = doc.xpath("p[@class='attribution']")
    assert len(lines) == 1, html
    return lines[0]


def test_every_item_ends_with_an_attribution_to_its_canonical_page(any_site):
    for folder in feed_folders(any_site):
        rss = any_site.feed(f"{folder}rss.xml").entries
        atom = any_site.feed(f"{folder}atom.xml").entries
        items = json_doc(any_site, f"{folder}feed.json")["items"]
        for html, title, link in [
            *((e.content[0].value, e.title, e.link) for e in rss),
            *((e.content[0].value, e.title, e.link) for e in atom),
            *((i["content_html"], i["title"], i["url"]) for i in items),
        ]:
            line = attribution_of(html)
            assert line.text_content() == f"Sumber: {title} — {SITENAME}", folder
            assert line.xpath("a/@href") == [link], folder


def test_attribution_escapes_quotes_and_ampersands(fixture_site):
    items = {i["title"]: i for i in json_doc(fixture_site, "berita/feed.json")["items"]}
    html = items['Kelas Cek Fakta untuk Guru "Bandung" & Cimahi']["content_html"]
    assert f'>Kelas Cek Fakta untuk Guru "Bandung" &amp; Cimahi</a> — {SITENAME}</p>' in html


# --- defaults: no campaign tags, no hub ---


def test_links_carry_no_campaign_tags_and_no_hub_by_default(any_site):
    for folder in feed_folders(any_site):
        for name in ("rss.xml", "atom.xml", "feed.json"):
            text = any_site.text(f"{folder}{name}")
            assert "utm_" not in text and 'rel="hub"' not in text and '"hubs"' not in text, (folder, name)


# --- programme × region ---


def expected_pairs(site) -> dict[str, list[str]]:
    """Work out each pair's items from the all-briefs feed's categories (section URLs), newest first."""
    pairs = defaultdict(list)
    for entry in site.feed("berita/rss.xml").entries:
        domains = [tag.scheme.removeprefix(SITEURL + "/") for tag in entry.tags]
        programs = [d for d in domains if d.startswith("program/")]
        regions = [d.removeprefix("wilayah/") for d in domains if d.startswith("wilayah/")]
        for region in regions:
            pairs[f"{programs[0]}wilayah/{region}"].append(entry.id)
    return dict(pairs)


def test_programme_region_feeds_hold_exactly_their_items(any_site):
    assert len(any_site.feed("berita/rss.xml").entries) < 30  # the oracle sees every brief
    expected = expected_pairs(any_site)
    actual = {
        folder: ids_by_format(any_site, folder)["json"] for folder in feed_folders(any_site) if PAIR.match(folder)
    }
    assert actual == expected
    for folder in actual:
        assert any_site.feed(f"{folder}atom.xml").feed.title.startswith(f"{SITENAME} — Program ")


def test_fixture_pairs_by_hand(fixture_site):
    assert [e.title for e in fixture_site.feed("program/kesehatan/wilayah/kabupaten-garut/rss.xml").entries] == [
        "Puskesmas Keliling Hadir di Garut"
    ]
    assert [e.title for e in fixture_site.feed("program/literasi-digital/wilayah/kota-cimahi/atom.xml").entries] == [
        'Kelas Cek Fakta untuk Guru "Bandung" & Cimahi'
    ]
    # Clarifications are listed with the briefs of their programme and regions, their verdict first.
    assert [e.title for e in fixture_site.feed("program/literasi-digital/wilayah/kabupaten-garut/rss.xml").entries] == [
        "[HOAKS] Tautan Pendaftaran Puskesmas Keliling Berbayar"
    ]
    # No page or feed for a pair without briefs.
    assert not fixture_site.path("program/kesehatan/wilayah/kota-cimahi").exists()
    assert not fixture_site.path("program/pendidikan").exists()


def test_pair_page_lists_its_briefs_and_links_its_programme_region_and_feeds(fixture_site):
    doc = fixture_site.html("program/kesehatan/wilayah/kabupaten-garut/index.html")
    assert doc.xpath("//h1/text()") == ["Kesehatan · Kabupaten Garut"]
    assert doc.xpath("//main//article//h2/a/text()") == ["Puskesmas Keliling Hadir di Garut"]
    hrefs = doc.xpath("//main//a/@href")
    assert f"{SITEURL}/program/kesehatan/" in hrefs and f"{SITEURL}/wilayah/kabupaten-garut/" in hrefs
    for name in ("rss.xml", "atom.xml", "feed.json"):
        assert f"{SITEURL}/program/kesehatan/wilayah/kabupaten-garut/{name}" in hrefs
    assert doc.xpath("//link[@rel='canonical']/@href") == [f"{SITEURL}/program/kesehatan/wilayah/kabupaten-garut/"]
    discovered = doc.xpath("//link[@rel='alternate']/@href")
    assert discovered[0] == f"{SITEURL}/program/kesehatan/wilayah/kabupaten-garut/rss.xml"
    assert f"{SITEURL}/program/kesehatan/rss.xml" in discovered


def test_programme_and_region_pages_link_to_their_pairs(fixture_site):
    programme = fixture_site.html("program/literasi-digital/index.html")
    assert programme.xpath("//section[h2[@id='rincian']]//a/text()") == [
        "Kabupaten Garut",
        "Kota Bandung",
        "Kota Cimahi",
    ]
    region = fixture_site.html("wilayah/kota-bandung/index.html")
    assert region.xpath("//section[h2[@id='rincian']]//a/@href") == [
        f"{SITEURL}/program/kesehatan/wilayah/kota-bandung/",
        f"{SITEURL}/program/literasi-digital/wilayah/kota-bandung/",
    ]


# --- autodiscovery ---


def test_pages_advertise_json_feeds_beside_rss_and_atom(any_site):
    for name in any_site.html_files:
        doc = any_site.html(name)
        json_links = doc.xpath("//link[@rel='alternate'][@type='application/feed+json']/@href")
        rss_links = doc.xpath("//link[@rel='alternate'][@type='application/rss+xml']/@href")
        assert [h.removesuffix("feed.json") for h in json_links] == [h.removesuffix("rss.xml") for h in rss_links]
        for href in json_links:
            assert any_site.path(href.removeprefix(SITEURL + "/")).is_file(), (name, href)


# --- events in the campaign namespace ---


def test_event_items_state_start_end_place_and_status_everywhere(fixture_site):
    uid = "urn:uuid:66666666-6666-4666-8666-666666666666"
    expected = {
        "start": "2026-06-01T09:00:00+07:00",
        "end": "2026-06-01T12:00:00+07:00",
        "place": "Gedung Sate, Jalan Diponegoro No. 22, Bandung",
        "status": "scheduled",
    }
    for name in ("acara/rss.xml", "acara/atom.xml"):
        entry = next(e for e in fixture_site.feed(name).entries if e.id == uid)
        assert {key: entry[f"campaign_{key}"] for key in expected} == expected, name
        doc = etree.fromstring(fixture_site.path(name).read_bytes())
        assert doc.xpath("count(//campaign:start)", namespaces=CAMPAIGN) == len(fixture_site.feed(name).entries)
    item = next(i for i in json_doc(fixture_site, "acara/feed.json")["items"] if i["id"] == uid)
    assert item["_silihtulungan"]["event"] == expected
    assert item["summary"].startswith("Senin, 1 Juni 2026, 09.00–12.00 WIB · Gedung Sate")


def test_brief_feeds_have_no_event_elements(fixture_site):
    assert "campaign:" not in fixture_site.text("berita/rss.xml")
    assert all("_silihtulungan" not in i for i in json_doc(fixture_site, "berita/feed.json")["items"])


# --- browsers: no XSLT; a note in the feed, and a real help page from every feed's section page ---


def test_no_feed_needs_xslt_and_each_says_where_to_learn_to_subscribe(any_site):
    for folder in feed_folders(any_site):
        title = json_doc(any_site, f"{folder}feed.json")["title"]
        note = f"Ini feed {title}: alamat untuk aplikasi pembaca feed"
        for name in ("rss.xml", "atom.xml"):
            data = any_site.path(f"{folder}{name}").read_bytes()
            assert b"xml-stylesheet" not in data, (folder, name)
            comment = etree.fromstring(data).getprevious()
            assert isinstance(comment, etree._Comment), (folder, name)
            assert " ".join(comment.text.split()).startswith(note) and comment.text.strip().endswith(HELP_URL)
        assert json_doc(any_site, f"{folder}feed.json")["user_comment"].endswith(HELP_URL)
    assert not list(any_site.output.rglob("*.xsl"))
    # The help page is a real page, with the section the note points to.
    help_page = any_site.html("untuk-blogger/index.html")
    assert help_page.xpath("//section[@id='cara-langganan']//h3/text()")[:2] == ["WordPress", "Blogger (Blogspot)"]


def test_every_page_offering_a_feed_links_to_the_help_page(any_site):
    for folder in feed_folders(any_site):
        page = any_site.html(f"{folder}index.html")
        [block] = page.xpath("//main//p[@class='section-feeds']")
        assert block.xpath(".//a/@href")[:3] == [f"{SITEURL}/{folder}{n}" for n in ("rss.xml", "atom.xml", "feed.json")]
        assert block.xpath(".//a[text()='Cara berlangganan feed']/@href") == [HELP_URL], folder
    footer = any_site.html("index.html").xpath("//footer")[0]
    assert footer.xpath(".//a[text()='Cara berlangganan feed']/@href") == [HELP_URL]


@pytest.mark.browser
@pytest.mark.parametrize("name", ["berita/rss.xml", "program/kesehatan/atom.xml"])
def test_a_feed_opened_in_chromium_is_plain_xml_that_says_where_to_go(browser, fixture_site, name):
    session = open_session(browser, StaticSite(fixture_site.output))
    page = session.page
    try:
        response = page.goto(f"{SITEURL}/{name}")
        assert response.ok and response.headers["content-type"].startswith("application/xml")
        # Chromium shows the bare XML tree (nothing to transform, so no warning about XSLT going away);
        # what it shows first is the note: what the address is for, and the help page.
        text = " ".join(page.locator("body").inner_text().split())
        assert "XSLT" not in text
        note = text[text.index("<!--") : text.index("-->")]
        assert "Ini feed" in note and note.rstrip().endswith(HELP_URL)
        assert text.index("<!--") < text.index("<rss" if name.endswith("rss.xml") else "<feed")
    finally:
        page.context.close()
    # Chromium's own XML viewer styles its tree inline; the site's CSP (no inline style anywhere)
    # blocks that, so the tree shows unstyled. That is the only complaint allowed here.
    viewer = "Applying inline style violates the following Content Security Policy directive"
    assert [e for e in session.errors if not e.startswith(viewer)] == [] and session.foreign == []
