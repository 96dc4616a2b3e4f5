"""End-to-end: the fixture site and the bundled content, built once each, read as users meet them."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import pytest

from tests.site import SITEURL

HOST = urlsplit(SITEURL).netloc
BRIEF = "berita/puskesmas-keliling-garut/index.html"
FEEDS = [
    "berita/rss.xml",
    "berita/atom.xml",
    "program/kesehatan/rss.xml",
    "program/kesehatan/atom.xml",
    "wilayah/kota-bandung/rss.xml",
    "wilayah/kota-bandung/atom.xml",
    "acara/rss.xml",
    "acara/atom.xml",
]


def titles(feed) -> list[str]:
    return [entry.title for entry in feed.entries]


# --- the build itself ---


def test_build_logs_no_errors_or_warnings(any_site):
    problems = [r.getMessage() for r in any_site.logs if r.levelno >= logging.WARNING]
    assert problems == []


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        BRIEF,
        "berita/index.html",
        "acara/index.html",
        "acara/lokakarya-kreator-yang-sudah-lewat/index.html",
        "program/kesehatan/index.html",
        "wilayah/kota-bandung/index.html",
        "topik/puskesmas/index.html",
        "arsip/index.html",
        "tentang/index.html",
        "404.html",
        *FEEDS,
    ],
)
def test_expected_outputs_exist(fixture_site, page):
    assert fixture_site.path(page).is_file()


def test_pelican_defaults_we_replaced_are_not_written(fixture_site):
    for unwanted in ("drafts", "category", "tag", "author", "feeds", "authors.html", "tags.html"):
        assert not fixture_site.path(unwanted).exists(), unwanted


# --- visibility ---


@pytest.mark.parametrize("secret", ["Rahasia Draf", "44444444-4444", "Embargo Pengumuman", "55555555-5555"])
def test_drafts_and_embargoed_items_appear_nowhere(fixture_site, secret):
    leaks = [str(p) for p in fixture_site.all_text_files() if secret in p.read_text(encoding="utf-8")]
    assert leaks == []


# --- feeds ---


@pytest.mark.parametrize("feed", FEEDS)
def test_feeds_parse_without_errors(fixture_site, feed):
    parsed = fixture_site.feed(feed)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries


def test_all_briefs_feed_lists_public_briefs_newest_first(fixture_site):
    for name in ("berita/rss.xml", "berita/atom.xml"):
        assert titles(fixture_site.feed(name)) == [
            'Kelas Cek Fakta untuk Guru "Bandung" & Cimahi',
            "[BENAR] Jadwal Pasar Murah Akhir Pekan Memang Diperpanjang",  # clarifications are news too
            "[HOAKS] Tautan Pendaftaran Puskesmas Keliling Berbayar",
            "Pasar Tani Daring Ramai Pembeli",
            "Puskesmas Keliling Hadir di Garut",
        ]


def test_programme_and_region_feeds_hold_only_their_items(fixture_site):
    assert titles(fixture_site.feed("program/kesehatan/rss.xml")) == ["Puskesmas Keliling Hadir di Garut"]
    assert titles(fixture_site.feed("wilayah/kota-bandung/atom.xml")) == [
        'Kelas Cek Fakta untuk Guru "Bandung" & Cimahi',
        "Puskesmas Keliling Hadir di Garut",
    ]
    assert titles(fixture_site.feed("wilayah/jawa-barat/rss.xml")) == ["Pasar Tani Daring Ramai Pembeli"]


def test_feed_items_carry_identity_links_dates_and_categories(fixture_site):
    for name in ("program/kesehatan/rss.xml", "program/kesehatan/atom.xml"):
        entry = fixture_site.feed(name).entries[0]
        assert entry.id == "urn:uuid:11111111-1111-4111-8111-111111111111"
        assert entry.link == f"{SITEURL}/berita/puskesmas-keliling-garut/"
        assert entry.published_parsed[:5] == (2026, 5, 10, 2, 0)  # 09:00 WIB is 02:00 UTC
        if name.endswith("atom.xml"):  # RSS 2.0 items have no "updated" element
            assert entry.updated_parsed[:5] == (2026, 5, 12, 3, 30)
        terms = {tag.term for tag in entry.tags}
        assert {"kesehatan", "kabupaten-garut", "kota-bandung", "puskesmas"} <= terms or {
            "Kesehatan",
            "Kabupaten Garut",
        } <= terms
        assert entry.author == "Dinas Komunikasi dan Informatika Provinsi Jawa Barat"
        assert entry.summary.startswith("Mobil puskesmas keliling")


def test_rss_guid_is_marked_not_a_permalink(fixture_site):
    assert '<guid isPermaLink="false">urn:uuid:11111111-1111-4111-8111-111111111111</guid>' in fixture_site.text(
        "program/kesehatan/rss.xml"
    )


def test_feed_content_is_full_html_with_absolute_urls(fixture_site):
    for name in ("program/kesehatan/rss.xml", "program/kesehatan/atom.xml"):
        html = fixture_site.feed(name).entries[0].content[0].value
        assert "<strong>puskesmas keliling</strong>" in html
        urls = re.findall(r'(?:href|src)="([^"]+)"', html)
        assert urls, html
        assert all(url.startswith(SITEURL + "/") for url in urls), urls
        assert f'href="{SITEURL}/berita/pasar-tani-daring-ramai-pembeli/"' in html
        assert f'href="{SITEURL}/arsip/"' in html


def test_feed_images_are_enclosed_with_length_and_type(fixture_site):
    [image] = fixture_site.html(BRIEF).xpath("//section[@data-module='share']//a[@download][not(ancestor::ul)]/@href")
    size = fixture_site.path(image.removeprefix(SITEURL + "/")).stat().st_size  # a rendition, not the source
    for name in ("program/kesehatan/rss.xml", "program/kesehatan/atom.xml"):
        entry = fixture_site.feed(name).entries[0]
        [enclosure] = entry.enclosures
        assert (enclosure.href, enclosure.length, enclosure.type) == (image, str(size), "image/jpeg")
        assert entry.media_content[0]["url"] == image
        assert entry.media_thumbnail[0]["url"] == image
    atom = fixture_site.text("program/kesehatan/atom.xml")
    assert f'<link rel="enclosure" href="{image}" type="image/jpeg" length="{size}"/>' in atom


def test_atom_feeds_have_id_updated_and_self_link(fixture_site):
    for name in (f for f in fixture_site.feed_files if f.endswith("atom.xml")):
        feed = fixture_site.feed(name).feed
        assert feed.id == f"{SITEURL}/{name.removesuffix('atom.xml')}"
        assert feed.updated_parsed
        assert {"rel": "self", "href": f"{SITEURL}/{name}", "type": "application/atom+xml"} in feed.links


def test_rss_feeds_have_self_link(fixture_site):
    for name in (f for f in fixture_site.feed_files if f.endswith("rss.xml")):
        feed = fixture_site.feed(name).feed
        assert any(link.get("rel") == "self" and link["href"] == f"{SITEURL}/{name}" for link in feed.links)


def test_events_feed_leads_with_date_and_place(fixture_site):
    entries = {e.title: e for e in fixture_site.feed("acara/rss.xml").entries}
    past = entries["Lokakarya Kreator yang Sudah Lewat"]
    assert past.summary.startswith(
        "Senin, 1 Juni 2026, 09.00–12.00 WIB · Gedung Sate, Jalan Diponegoro No. 22, Bandung"
    )
    assert past.id == "urn:uuid:66666666-6666-4666-8666-666666666666"


def test_feed_ids_survive_a_title_and_slug_edit(fixture_site, edited_site):
    before = {e.id: e for e in fixture_site.feed("berita/atom.xml").entries}
    after = {e.id: e for e in edited_site.feed("berita/atom.xml").entries}
    assert before.keys() == after.keys()
    uid = "urn:uuid:11111111-1111-4111-8111-111111111111"
    assert after[uid].title == "Puskesmas Keliling Kini Menjangkau Garut"
    assert after[uid].link != before[uid].link
    assert [e.id for e in fixture_site.feed("berita/rss.xml").entries] == [
        e.id for e in edited_site.feed("berita/rss.xml").entries
    ]


# --- pages ---


def test_every_page_has_the_landmarks(any_site):
    for name in any_site.html_files:
        doc = any_site.html(name)
        assert doc.get("lang") == "id", name
        assert len(doc.findall(".//h1")) == 1, name
        mains = doc.findall(".//main")
        assert len(mains) == 1, name
        skip = doc.xpath("//a[contains(@class, 'skip-link')]/@href")
        assert skip == [f"#{mains[0].get('id')}"], name


def test_every_page_has_canonical_and_open_graph(any_site):
    for name in any_site.html_files:
        doc = any_site.html(name)
        canonical = doc.xpath("//link[@rel='canonical']/@href")
        assert len(canonical) == 1 and canonical[0].startswith(SITEURL + "/"), name
        for prop in ("og:title", "og:description", "og:image", "og:url"):
            values = doc.xpath(f"//meta[@property='{prop}']/@content")
            assert len(values) == 1 and values[0].strip(), (name, prop)


def test_canonical_urls_point_to_the_page_itself(fixture_site):
    doc = fixture_site.html(BRIEF)
    assert doc.xpath("//link[@rel='canonical']/@href") == [f"{SITEURL}/berita/puskesmas-keliling-garut/"]
    [card] = doc.xpath("//meta[@property='og:image']/@content")
    assert card.startswith(f"{SITEURL}/kartu/11111111-1111-4111-8111-111111111111/og-")


def test_feed_autodiscovery_links_exist_and_fit_the_page(any_site):
    for name in any_site.html_files:
        doc = any_site.html(name)
        hrefs = doc.xpath("//link[@rel='alternate'][@type='application/rss+xml' or @type='application/atom+xml']/@href")
        assert hrefs, name
        for href in hrefs:
            assert href.startswith(SITEURL + "/"), href
            assert any_site.path(href.removeprefix(SITEURL + "/")).is_file(), (name, href)


def test_brief_page_advertises_its_programme_and_region_feeds(fixture_site):
    hrefs = fixture_site.html(BRIEF).xpath("//link[@rel='alternate']/@href")
    for feed in ("berita/rss.xml", "program/kesehatan/atom.xml", "wilayah/kabupaten-garut/rss.xml"):
        assert f"{SITEURL}/{feed}" in hrefs


def test_no_page_loads_anything_from_another_host(any_site):
    for name in any_site.html_files:
        doc = any_site.html(name)
        resources = doc.xpath("//@src | //link[not(@rel='alternate' or @rel='canonical')]/@href")
        resources += doc.xpath("//meta[starts-with(@property, 'og:')]/@content[starts-with(., 'http')]")
        for url in resources:
            host = urlsplit(url).netloc
            assert host in ("", HOST), (name, url)
        assert "@import" not in any_site.text(name)
        # No inline JavaScript: inline <script> elements may only hold JSON-LD data (event pages);
        # scripts with a src are same-host files, checked with the other resources above.
        inline = doc.xpath("//script[not(@src)]")
        assert all(script.get("type") == "application/ld+json" for script in inline), name
    css = any_site.text("theme/css/main.css")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_content_links_to_other_sites_are_only_links(fixture_site):
    # Pages may link out (registration forms), but never load from another host.
    doc = fixture_site.html("acara/pameran-desa-mendatang/index.html")
    assert "https://daftar.example.org/pameran" in doc.xpath("//a/@href")


def test_titles_with_quotes_and_ampersands_are_escaped(fixture_site):
    raw = fixture_site.text("berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html")
    assert "<h1>Kelas Cek Fakta untuk Guru &#34;Bandung&#34; &amp; Cimahi</h1>" in raw
    doc = fixture_site.html("berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html")
    assert doc.xpath("//meta[@property='og:title']/@content") == ['Kelas Cek Fakta untuk Guru "Bandung" & Cimahi']


def test_event_page_shows_indonesian_dates_and_details(fixture_site):
    doc = fixture_site.html("acara/lokakarya-kreator-yang-sudah-lewat/index.html")
    text = doc.text_content()
    assert "Senin, 1 Juni 2026, 09.00–12.00 WIB" in text
    assert "Gedung Sate" in text and "Dosen Ilmu Komunikasi" in text
    assert doc.xpath("//a[text()='Lihat peta']/@href")[0].startswith("https://www.openstreetmap.org/?mlat=-6.9025")
    multi = fixture_site.html("acara/pameran-desa-mendatang/index.html").text_content()
    assert "Rabu, 1 Juli 2026 – Jumat, 3 Juli 2026" in multi


def test_events_page_lists_upcoming_soonest_first_then_past(fixture_site):
    doc = fixture_site.html("acara/index.html")
    upcoming = doc.xpath("//section[h2[@id='mendatang']]//h3/a/text()")
    past = doc.xpath("//section[h2[@id='lalu']]//h3/a/text()")
    assert upcoming == ["Klinik Konten Sedang Berlangsung", "Pameran Desa Mendatang"]
    assert past == ['Kelas "Cek Fakta" </script> & Hoaks yang Batal', "Lokakarya Kreator yang Sudah Lewat"]


def test_home_shows_latest_briefs_upcoming_events_and_programmes(fixture_site):
    doc = fixture_site.html("index.html")
    assert doc.xpath("//section[h2[@id='berita-terbaru']]//h3/a/text()")[0].startswith("Kelas Cek Fakta")
    assert doc.xpath("//section[h2[@id='acara-mendatang']]//h3/a/text()") == [
        "Klinik Konten Sedang Berlangsung",
        "Pameran Desa Mendatang",
    ]
    assert "Kesehatan" in doc.xpath("//section[h2[@id='program']]//a/text()")


def test_section_pages_list_their_briefs(fixture_site):
    doc = fixture_site.html("wilayah/kota-bandung/index.html")
    assert doc.xpath("//h1/text()") == ["Kota Bandung"]
    assert len(doc.xpath("//article[contains(@class, 'card')]")) == 2
    tag = fixture_site.html("topik/puskesmas/index.html")
    assert tag.xpath("//h2/a/text()") == ["Puskesmas Keliling Hadir di Garut"]


def test_archives_group_by_month_in_indonesian(fixture_site):
    headings = fixture_site.html("arsip/index.html").xpath("//main//h2/text()")
    assert headings == ["Juni 2026", "Mei 2026"]


# --- the bundled content ---


def test_bundled_content_meets_the_brief(bundled_site):
    feed = bundled_site.feed("berita/atom.xml")
    assert len(feed.entries) >= 12
    programmes = {p.parent.name for p in bundled_site.output.glob("program/*/index.html")}
    regions = {p.parent.name for p in bundled_site.output.glob("wilayah/*/index.html")}
    assert len(programmes) >= 4 and len(regions) >= 6
    events = bundled_site.feed("acara/atom.xml").entries
    assert len(events) >= 4
    doc = bundled_site.html("acara/index.html")
    assert doc.xpath("//section[h2[@id='mendatang']]//h3") and doc.xpath("//section[h2[@id='lalu']]//h3")
    for page in ("tentang", "bergabung", "kontak"):
        assert bundled_site.path(f"{page}/index.html").is_file()


def test_bundled_launch_workshop_is_published(bundled_site):
    texts = [
        bundled_site.html(name).text_content()
        for name in bundled_site.html_files
        if name.startswith("acara/") and name.count("/") == 2
    ]
    launch = [t for t in texts if "Savoy Homan" in t and "Rabu, 11 November 2020" in t]
    assert launch, "launch workshop page missing"
    assert "Universitas Padjadjaran" in launch[0]


def test_bundled_feeds_all_parse(bundled_site):
    for name in bundled_site.feed_files:
        parsed = bundled_site.feed(name)
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
        for entry in parsed.entries:
            assert entry.link.startswith(SITEURL + "/") and entry.id.startswith("urn:uuid:")


def test_theme_links_are_absolute_and_all_internal_links_lead_to_built_files(any_site):
    broken = []
    for name in any_site.html_files:
        doc = any_site.html(name)
        for href in doc.xpath("//a/@href | //link/@href | //img/@src | //script/@src"):
            url = href
            if href.startswith("/") and not href.startswith("//"):
                # Only an editor's own root-relative link in a content body is allowed; the theme links absolutely.
                assert doc.xpath(f'//*[contains(@class, "prose")]//a[@href="{href}"]'), (name, href)
                url = SITEURL + href
            if not url.startswith(SITEURL + "/"):
                continue
            path = urlsplit(url).path.removeprefix(urlsplit(SITEURL).path + "/")
            target = any_site.path(path + "index.html" if path.endswith("/") or not path else path)
            if not target.is_file():
                broken.append((name, href))
    assert broken == []


def test_listed_events_offer_the_share_kit(fixture_site):
    doc = fixture_site.html("acara/lokakarya-kreator-yang-sudah-lewat/index.html")
    caption = doc.xpath("//textarea[@id='teks-bagikan']/text()")[0]
    assert caption.endswith(f"{SITEURL}/acara/lokakarya-kreator-yang-sudah-lewat/")
    assert any(
        href.startswith("https://wa.me/?text=") for href in doc.xpath("//section[@data-module='share']//a/@href")
    )


def test_registration_link_shows_only_while_registration_is_open(fixture_site, bundled_site):
    open_page = fixture_site.html("acara/pameran-desa-mendatang/index.html")  # deadline 25 June, now 15 June
    assert open_page.xpath("//a[text()='Daftar di sini']/@href") == ["https://daftar.example.org/pameran"]
    past = bundled_site.html("acara/temu-kader-kesehatan-tasikmalaya/index.html")  # 17 Oct 2026, now 26 Nov
    assert past.xpath("//dt[text()='Pendaftaran']")
    assert not past.xpath("//a[text()='Daftar di sini']") and "Pendaftaran sudah ditutup." in past.text_content()


# --- "Berita terkait" ---

RELATED = "//section[@class='related'][h2[@id='berita-terkait']]"


def related_links(site, page: str) -> list[str]:
    return site.html(page).xpath(f"{RELATED}//a/@href")


def test_briefs_point_to_related_listed_news(fixture_site):
    alpha = f"{SITEURL}/berita/puskesmas-keliling-garut/"
    gamma = f"{SITEURL}/berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/"
    hoax = f"{SITEURL}/cek-fakta/tautan-pendaftaran-puskesmas-keliling-berbayar/"
    # The health clarification is this brief's "Cek fakta terkait" already; no other listed health news (the
    # withdrawn, draft and embargoed briefs never count): then Kota Bandung's.
    doc = fixture_site.html(BRIEF)
    assert doc.xpath("//section[@class='related'][h2[@id='cek-fakta-terkait']]//a/@href") == [hoax]
    assert related_links(fixture_site, BRIEF) == [gamma]
    # Same programme first (a clarification is news too, its verdict before its title), then same region.
    gamma_page = "berita/kelas-cek-fakta-untuk-guru-bandung-cimahi/index.html"
    assert related_links(fixture_site, gamma_page) == [hoax, alpha]
    [first, second] = fixture_site.html(gamma_page).xpath(f"{RELATED}//li")
    assert first.xpath("string(a)").startswith("[HOAKS] ") and first.findtext("span") == "Literasi Digital"
    assert second.findtext("span") == "Kesehatan"  # a brief of another programme, in the same region
    # A withdrawn brief's page points to current news of its programme, then its region.
    assert related_links(fixture_site, "berita/jadwal-vaksinasi-lama-yang-ditarik/index.html") == [alpha, gamma]
    assert doc.xpath(f"{RELATED}/h2/text()") == ["Berita terkait"]


def test_related_news_is_never_unlisted(any_site):
    listed = {entry.link for entry in any_site.feed("berita/atom.xml").entries}
    found = 0
    for page in sorted(any_site.output.glob("berita/*/index.html")):
        links = related_links(any_site, str(page.relative_to(any_site.output)))
        found += len(links)
        assert set(links) <= listed, page
        assert len(links) == len(set(links)) <= 3 and f"{SITEURL}/berita/{page.parent.name}/" not in links
    assert found
