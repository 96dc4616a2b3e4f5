import datetime as dt

from lxml import etree

from sitemap.urls import SITEMAP_NS, SitemapUrl, robots_txt, sitemap_xml
from tests.site import SITEURL

NS = {"s": SITEMAP_NS}


def locs(site) -> list[str]:
    return etree.fromstring(site.path("sitemap.xml").read_bytes()).xpath("//s:loc/text()", namespaces=NS)


def test_sitemap_lists_public_pages_only(fixture_site):
    urls = locs(fixture_site)
    for expected in (
        "",
        "berita/",
        "program/kesehatan/",
        "acara/",
        "arsip/",
        "tentang/",
        "berita/puskesmas-keliling-garut/",
    ):
        assert f"{SITEURL}/{expected}" in urls
    assert f"{SITEURL}/acara/lokakarya-kreator-yang-sudah-lewat/" in urls
    assert f"{SITEURL}/acara/program/kesehatan/" in urls
    assert f"{SITEURL}/untuk-blogger/" in urls
    assert not any("/embed/" in url for url in urls)
    for hidden in ("jadwal-vaksinasi-lama-yang-ditarik", "pendaftaran-pelatihan", "rahasia-draf", "embargo", "404"):
        assert not any(hidden in url for url in urls), hidden
    assert len(urls) == len(set(urls))


def test_every_sitemap_url_is_a_built_page(any_site):
    for url in locs(any_site):
        path = url.removeprefix(SITEURL + "/")
        assert any_site.path(path + "index.html" if path.endswith("/") or not path else path).is_file(), url


def test_robots_txt_points_to_the_sitemap(fixture_site):
    assert f"Sitemap: {SITEURL}/sitemap.xml" in fixture_site.text("robots.txt")
    assert robots_txt(SITEURL, preview=True) == "User-agent: *\nDisallow: /\n"


def test_sitemap_xml_serialises_lastmod_and_dedupes():
    when = dt.datetime(2026, 5, 10, 9, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    xml = sitemap_xml([SitemapUrl("https://s.test/a/", when), SitemapUrl("https://s.test/a/")])
    root = etree.fromstring(xml)
    assert root.xpath("//s:lastmod/text()", namespaces=NS) == ["2026-05-10T09:00:00+07:00"]
    assert len(root.xpath("//s:url", namespaces=NS)) == 1
